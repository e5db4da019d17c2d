using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class DisableClientUdp : Fixture
{
    public override string FixId => "disable-client-udp";
    public override string Cause => "unstable-network-udp";
    public override string Planted => "no fClientDisableUDP value under the Terminal Services\\Client policy key (the Windows default: the client may use UDP)";

    public override void Plant(WindowsHost host) => host.Registry.Remove(Baseline.ClientPolicyKey, "fClientDisableUDP");

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        var value = host.Registry.Get(Baseline.ClientPolicyKey, "fClientDisableUDP")?.Data;
        if (value is not 1) yield return $"fClientDisableUDP is {value ?? "not set"}, not 1 (TCP only)";
    }
}
