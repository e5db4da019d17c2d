using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

/// <summary>The client check: the host's name resolves and the VPN routes it, but TCP 3389 gets no answer (a host that
/// is off, or a filter that drops). Its own properties plant the other answers the check must tell apart.</summary>
public sealed class TestRdpReachability : Fixture
{
    public override string FixId => "test-rdp-reachability";
    public override string Cause => "host-unreachable";
    public override string Planted => $"{ClientNetwork.HostName} resolves to {ClientNetwork.HostAddress} through the VPN route, but TCP 3389 is silently dropped";
    public override IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object> { ["TargetHost"] = ClientNetwork.HostName, ["RdpPort"] = 3389 };
    public override string Evidence => "did not answer within 5 seconds";
    public override string? HealthyCause => "host-unreachable";

    public override void Plant(WindowsHost host) => host.TcpPaths[$"{ClientNetwork.HostAddress}:3389"] = "drop";

    /// <summary>A check repairs nothing: the planted state is what it must report.</summary>
    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.TcpPaths.GetValueOrDefault($"{ClientNetwork.HostAddress}:3389") == "open" ? [] : ["TCP 3389 does not answer (reported, never repaired)"];

    private static string? Says(CheckContext c, Action<WindowsHost> plant, string cause, string text, IReadOnlyDictionary<string, object>? extra = null)
    {
        var m = c.Machine(plant, plantFixture: false);
        var r = c.Run(m, "diagnose", extra);
        return Ran(r, "diagnose") ?? Expect(r.Console.Contains(text, StringComparison.Ordinal), $"the check did not say \"{text}\" ({cause}):\n{r.Describe()}");
    }

    /// <summary>The evidence decision for the cause the check reports, on the planted variant.</summary>
    private static string? Decides(CheckContext c, Action<WindowsHost> plant, string cause, string state, IReadOnlyDictionary<string, object>? extra = null)
    {
        var m = c.Machine(plant, plantFixture: false);
        var r = c.Run(m, "diagnose", extra);
        return Ran(r, "diagnose") ?? EvidenceDecision.Expect(r, m.Model.ComputerName, "test-rdp-reachability", cause, state, cause == "name-resolution" ? "dns.resolved" : state == "unknown" ? "target.host" : "tcp.result");
    }

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("evidence: each answer decides the cause it reports (refused proves listener-firewall-port, ICMP unreachable network-path, no name name-resolution, open rules out host-unreachable, no host decides nothing)", c =>
            Decides(c, h => h.TcpPaths[$"{ClientNetwork.HostAddress}:3389"] = "refused", "listener-firewall-port", "proven")
            ?? Decides(c, h => h.TcpPaths[$"{ClientNetwork.HostAddress}:3389"] = "unreachable", "network-path", "proven")
            ?? Decides(c, h => h.DnsRecords.Remove(ClientNetwork.HostName), "name-resolution", "proven")
            ?? Decides(c, _ => { }, "host-unreachable", "ruled-out")
            ?? Decides(c, _ => { }, "host-unreachable", "unknown", new Dictionary<string, object> { ["TargetHost"] = "" })),
        new("a name that does not resolve is named as the cause (name-resolution), and no connection is tried", c =>
            Says(c, h => h.DnsRecords.Remove(ClientNetwork.HostName), "name-resolution", "does not resolve to an address from this computer")),
        new("a refused connection (RST) is told apart from a silent drop: the host is up, the port is closed", c =>
            Says(c, h => h.TcpPaths[$"{ClientNetwork.HostAddress}:3389"] = "refused", "listener-firewall-port", "was refused")),
        new("traffic that leaves through the Ethernet adapter instead of the VPN is reported with the interface", c =>
            Says(c, h => h.Routes.RemoveAll(r => r.InterfaceAlias == "Corp VPN"), "network-path", "leaves through interface 'Ethernet'")),
        new("an IP address is tested without DNS", c =>
            Says(c, _ => { }, "host-unreachable", "is an IP address: no name to resolve", new Dictionary<string, object> { ["TargetHost"] = ClientNetwork.HostAddress })),
        new("no host given: the check says what to pass and tests nothing", c =>
            Says(c, _ => { }, "host-unreachable", "No host to test", new Dictionary<string, object> { ["TargetHost"] = "" })),
        new("a host name with PowerShell in it is refused by the script's ValidatePattern before anything runs", c =>
        {
            var m = c.Machine(plantFixture: false);
            var r = c.Run(m, "diagnose", new Dictionary<string, object> { ["TargetHost"] = "rdsh-01'; Remove-Item -Path C:\\ -Recurse; '" });
            var refused = (r.Exception ?? "") + string.Join('\n', r.Errors);
            return Expect(refused.Contains("TargetHost", StringComparison.Ordinal) && !r.Console.Contains("resolves to", StringComparison.Ordinal),
                $"the hostile TargetHost was not refused at parameter binding:\n{r.Describe()}");
        }),
    ];
}
