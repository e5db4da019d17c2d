using Microsoft.Win32;
using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

/// <summary>Remote Desktop turned off locally (fDenyTSConnections 1) and the RDP-Tcp listener disabled
/// (fEnableWinStation 0): nothing listens (WindowsHost.Listener.cs). Own property: a GPO that denies RDP is reported
/// and nothing is written.</summary>
public sealed class EnableRemoteDesktopConnections : Fixture
{
    public override string FixId => "enable-remote-desktop-connections";
    public override string Cause => "rdp-connections-disabled";
    public override string Planted => "fDenyTSConnections = 1 under Terminal Server and fEnableWinStation = 0 under WinStations\\RDP-Tcp (no Group Policy value)";

    public override void Plant(WindowsHost host)
    {
        host.Registry.Set(WindowsHost.TerminalServerKey, "fDenyTSConnections", RegistryValueKind.DWord, 1);
        host.Registry.Set(WindowsHost.RdpTcp, "fEnableWinStation", RegistryValueKind.DWord, 0);
    }

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        if (host.Registry.Get(WindowsHost.TerminalServerKey, "fDenyTSConnections")?.Data is int d && d != 0) yield return $"fDenyTSConnections = {d}";
        if (host.Registry.Get(WindowsHost.RdpTcp, "fEnableWinStation")?.Data is int e && e != 1) yield return $"fEnableWinStation = {e}";
    }

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("evidence: a Group Policy that denies Remote Desktop proves rdp-connections-disabled, though the fix writes nothing for it", c =>
        {
            var m = c.Machine(h =>
            {
                h.Registry.CreateKey(WindowsHost.TerminalServicesPolicyKey);
                h.Registry.Set(WindowsHost.TerminalServicesPolicyKey, "fDenyTSConnections", RegistryValueKind.DWord, 1);
            }, plantFixture: false);
            var r = c.Run(m, "diagnose");
            return Ran(r, "diagnose") ?? EvidenceDecision.Expect(r, m.Model.ComputerName, FixId, "rdp-connections-disabled", "proven", "rdp.connections.denied.policy");
        }),
        new("a Group Policy that denies Remote Desktop is reported and never overridden: nothing is written", c =>
        {
            var m = c.Machine(h =>
            {
                h.Registry.CreateKey(WindowsHost.TerminalServicesPolicyKey);
                h.Registry.Set(WindowsHost.TerminalServicesPolicyKey, "fDenyTSConnections", RegistryValueKind.DWord, 1);
                h.Registry.Set(WindowsHost.RdpTcp, "fEnableWinStation", RegistryValueKind.DWord, 1);
            });
            var before = m.Model.Snapshot();
            var r = c.Run(m);
            return Ran(r, "fix") ?? Expect(m.Model.Snapshot() == before, $"the fix changed the host although Group Policy denies Remote Desktop:\n{r.Describe()}")
                ?? Expect(r.Console.Contains("Group Policy denies Remote Desktop connections", StringComparison.Ordinal), $"the run did not report the GPO:\n{r.Describe()}");
        }),
        new("allowing Remote Desktop asks a High-impact question that names the computer; declining changes nothing", c =>
        {
            var m = c.Machine();
            var before = m.Model.Snapshot();
            var prompts = new List<string>();
            var r = c.Run(m, extra: new Dictionary<string, object> { ["Confirm"] = true }, answer: p => { prompts.Add(p); return !p.Contains("Allow Remote Desktop connections", StringComparison.Ordinal) && !p.Contains("Enable the RDP-Tcp listener", StringComparison.Ordinal); });
            var asked = prompts.Where(p => p.Contains("Allow Remote Desktop connections", StringComparison.Ordinal)).ToList();
            return Expect(asked.Count == 1 && asked[0].Contains(m.Model.ComputerName, StringComparison.Ordinal), $"expected one question about fDenyTSConnections naming {m.Model.ComputerName}, got:\n{string.Join('\n', prompts)}\n{r.Describe()}")
                ?? Expect(m.Model.Registry.Get(WindowsHost.TerminalServerKey, "fDenyTSConnections")?.Data is 1, $"fDenyTSConnections changed although the question was declined:\n{r.Describe()}");
        }),
        new("after the fix the listener accepts connections again (TermService listens on 3389)", c =>
        {
            var m = c.Machine();
            var r = c.Run(m);
            return Ran(r, "fix") ?? Expect(m.Model.Listening().Any(l => l.Port == 3389), $"nothing listens on 3389 after the fix:\n{r.Describe()}");
        }),
    ];
}
