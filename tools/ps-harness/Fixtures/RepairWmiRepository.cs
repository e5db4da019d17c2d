using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class RepairWmiRepository : Fixture
{
    public override string FixId => "repair-wmi-repository";
    public override string Cause => "wmi-repository";
    public override string Planted => "winmgmt /verifyrepository reports the repository inconsistent (exit code 1358)";

    public override void Plant(WindowsHost host) => host.WmiRepositoryConsistent = false;

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        if (!host.WmiRepositoryConsistent) yield return "the WMI repository is inconsistent";
    }
}
