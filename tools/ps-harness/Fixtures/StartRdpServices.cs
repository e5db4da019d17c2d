using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class StartRdpServices : Fixture
{
    public override string FixId => "start-rdp-services";
    public override string Cause => "rdp-services-stopped";
    public override string Planted => "TermService Disabled and stopped (so its dependent UmRdpService is stopped too), SessionEnv Disabled and stopped";

    public override void Plant(WindowsHost host)
    {
        foreach (var name in new[] { "TermService", "UmRdpService", "SessionEnv" }) host.Service(name).Status = "Stopped";
        host.Service("TermService").StartType = "Disabled";
        host.Service("SessionEnv").StartType = "Disabled";
    }

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        foreach (var s in new[] { "TermService", "UmRdpService", "SessionEnv" }.Select(host.Service))
            if (s.StartType == "Disabled") yield return $"{s.Name} is Disabled";
        foreach (var s in new[] { "TermService", "UmRdpService" }.Select(host.Service))
            if (s.Status != "Running") yield return $"{s.Name} is {s.Status}";
    }
}
