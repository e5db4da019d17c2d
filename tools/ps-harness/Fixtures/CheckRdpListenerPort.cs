using Microsoft.Win32;
using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

/// <summary>The listener check: PortNumber moved to 3390 (the listener follows it, the built-in firewall rules still
/// cover 3389 only). Own properties: another program on 3389, and Remote Desktop turned off.</summary>
public sealed class CheckRdpListenerPort : Fixture
{
    public override string FixId => "check-rdp-listener-port";
    public override string Cause => "rdp-custom-port";
    public override string Planted => "RDP-Tcp PortNumber = 3390 (TermService listens there; the Remote Desktop firewall rules cover 3389)";
    public override IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object> { ["RdpPort"] = 3389 };
    public override string Evidence => "uses TCP port 3390 (PortNumber), not 3389";
    public override string? HealthyCause => "rdp-custom-port";

    public override void Plant(WindowsHost host) => host.Registry.Set(WindowsHost.RdpTcp, "PortNumber", RegistryValueKind.DWord, 3390);

    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.Registry.Get(WindowsHost.RdpTcp, "PortNumber")?.Data is 3390 ? ["PortNumber is 3390 (reported, never changed)"] : [];

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("another program holding 3389 while TermService is stopped is named, not taken for Remote Desktop", c =>
        {
            var m = c.Machine(h =>
            {
                foreach (var name in new[] { "TermService", "UmRdpService" }) h.Service(name).Status = "Stopped";
                h.TcpListeners.Add((3389, 4242, "rogue-agent"));
            }, plantFixture: false);
            var r = c.Run(m, "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("process 4242 (rogue-agent)", StringComparison.Ordinal) && r.Console.Contains("not by Remote Desktop Services", StringComparison.Ordinal),
                $"the check did not name the program holding 3389:\n{r.Describe()}");
        }),
        new("with Remote Desktop turned off (fDenyTSConnections 1) nothing listens, and the check says so", c =>
        {
            var m = c.Machine(h => h.Registry.Set(WindowsHost.TerminalServerKey, "fDenyTSConnections", RegistryValueKind.DWord, 1), plantFixture: false);
            var r = c.Run(m, "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("Nothing listens on TCP port 3389", StringComparison.Ordinal), $"the check did not report the missing listener:\n{r.Describe()}");
        }),
        new("a custom port without its own firewall rule is reported (the built-in rules cover 3389 only)", c =>
        {
            var m = c.Machine();
            var r = c.Run(m, "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("covers TCP 3390", StringComparison.Ordinal), $"the check did not report that no rule covers 3390:\n{r.Describe()}");
        }),
    ];
}
