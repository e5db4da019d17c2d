using Microsoft.Win32;
using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

public sealed class RestoreRdpSecurityLayer : Fixture
{
    public override string FixId => "restore-rdp-security-layer";
    public override string Cause => "security-layer-mismatch";
    public override string Planted => "RDP-Tcp SecurityLayer = 0 (RDP) and UserAuthentication = 0 (NLA off, reported only by default)";

    public override void Plant(WindowsHost host)
    {
        host.Registry.Set(WindowsHost.RdpTcp, "SecurityLayer", RegistryValueKind.DWord, 0);
        host.Registry.Set(WindowsHost.RdpTcp, "UserAuthentication", RegistryValueKind.DWord, 0);
    }

    private static int? Value(WindowsHost host, string name) => host.Registry.Get(WindowsHost.RdpTcp, name)?.Data as int?;

    /// <summary>Only the RDP layer (0) or a missing value is the fault (windows-audit.md #2). NLA off is reported, not
    /// a fault this fix repairs by default (#3): hosts turn it off on purpose, and it is no documented cause of 0x904.</summary>
    public override IEnumerable<string> Problems(WindowsHost host)
    {
        var layer = Value(host, "SecurityLayer");
        if (layer is not (1 or 2)) yield return $"SecurityLayer is {layer?.ToString() ?? "missing"}, not Negotiate (1) or TLS (2)";
    }

    private static void Layer(WindowsHost h, int value) => h.Registry.Set(WindowsHost.RdpTcp, "SecurityLayer", RegistryValueKind.DWord, value);

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("a host hardened to TLS (SecurityLayer 2) keeps it: the default Negotiate never lowers it", c =>
        {
            var m = c.Machine(h => Layer(h, 2), plantFixture: false);
            var r = c.Run(m);
            return Ran(r, "fix") ?? Expect(Value(m.Model, "SecurityLayer") == 2, $"SecurityLayer is now {Value(m.Model, "SecurityLayer")}, lowered from TLS (2):\n{r.Describe()}")
                ?? Expect(r.Console.Contains("stricter", StringComparison.Ordinal), $"the run did not say TLS (2) is stricter than Negotiate and stays:\n{r.Describe()}");
        }),
        new("Negotiate (1) becomes TLS (2) only when TLS is chosen", c =>
        {
            var m = c.Machine(plantFixture: false);
            var r = c.Run(m);
            if ((Ran(r, "fix") ?? Expect(Value(m.Model, "SecurityLayer") == 1, "the default Negotiate changed SecurityLayer 1")) is { } fail) return fail;
            var t = c.Run(m, extra: new Dictionary<string, object> { ["SecurityLayer"] = "TLS" });
            return Ran(t, "fix with TLS") ?? Expect(Value(m.Model, "SecurityLayer") == 2, $"TLS was chosen but SecurityLayer is {Value(m.Model, "SecurityLayer")}:\n{t.Describe()}");
        }),
        new("with TLS chosen and an ORPHANED bound certificate (HasPrivateKey true, key container gone), SecurityLayer is not raised and the run says why", c =>
        {
            var m = c.Machine(CertificateChecks.PlantOrphaned, plantFixture: false);
            var t = c.Run(m, extra: new Dictionary<string, object> { ["SecurityLayer"] = "TLS" });
            return Ran(t, "fix with TLS") ?? Expect(Value(m.Model, "SecurityLayer") == 1, $"SecurityLayer was raised to {Value(m.Model, "SecurityLayer")} although the bound certificate has no key container (every client would be turned away):\n{t.Describe()}")
                ?? Expect(t.Console.Contains("ORPHANED", StringComparison.Ordinal), $"the run did not say the bound certificate is orphaned:\n{t.Describe()}");
        }),
        new("NLA off (UserAuthentication 0) is reported, not changed, by default", c =>
        {
            var m = c.Machine();
            var r = c.Run(m);
            return Ran(r, "fix") ?? Expect(Value(m.Model, "UserAuthentication") == 0, $"NLA was switched on without being asked for:\n{r.Describe()}")
                ?? Expect(r.Console.Contains("UserAuthentication = 0", StringComparison.Ordinal), $"the run did not report NLA off:\n{r.Describe()}");
        }),
        new("-NetworkLevelAuthentication Require turns NLA on only after a High-impact prompt naming the computer", c =>
        {
            var require = new Dictionary<string, object> { ["NetworkLevelAuthentication"] = "Require" };
            var m = c.Machine();
            var declined = c.Run(m, extra: require, answer: p => !p.Contains("UserAuthentication", StringComparison.Ordinal));
            if ((Ran(declined, "fix, NLA prompt declined") ?? Expect(Value(m.Model, "UserAuthentication") == 0, $"NLA was switched on although its prompt was declined (or never asked):\n{declined.Describe()}")) is { } fail) return fail;
            var accepted = c.Run(c.Machine(), extra: require);
            var prompt = accepted.Prompts.FirstOrDefault(p => p.Contains("UserAuthentication", StringComparison.Ordinal));
            return Ran(accepted, "fix, NLA prompt accepted") ?? Expect(prompt is not null, $"no prompt named UserAuthentication:\n{accepted.Describe()}")
                ?? Expect(prompt!.Contains("RDSH-01", StringComparison.Ordinal), $"the NLA prompt does not name the computer: {prompt}");
        }),
    ];
}
