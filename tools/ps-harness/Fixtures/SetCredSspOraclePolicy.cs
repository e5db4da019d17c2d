using Microsoft.Win32;
using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

public sealed class SetCredSspOraclePolicy : Fixture
{
    private const string Key = SecurityState.CredSspKey;
    public override string FixId => "set-credssp-oracle-policy";
    public override string Cause => "credssp-oracle-mismatch";
    public override string Planted => "CredSSP AllowEncryptionOracle = 2 (Vulnerable, left from a workaround) where Mitigated is chosen";

    private static void Set(WindowsHost host, int value)
    {
        host.Registry.CreateKey(Key);
        host.Registry.Set(Key, "AllowEncryptionOracle", RegistryValueKind.DWord, value);
    }

    private static int? Value(WindowsHost host) => host.Registry.Get(Key, "AllowEncryptionOracle")?.Data as int?;

    public override void Plant(WindowsHost host) => Set(host, 2);

    /// <summary>Weaker than the chosen Mitigated is the fault; Force Updated Clients (0) is stricter, not a fault
    /// (windows-audit.md #4; CredSSP matrix https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/credssp-encryption-oracle-remediation).</summary>
    public override IEnumerable<string> Problems(WindowsHost host)
    {
        if (Value(host) is 2) yield return "AllowEncryptionOracle = 2 (Vulnerable), weaker than Mitigated (1)";
    }

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("a server hardened to Force Updated Clients (0) is not lowered by the default Mitigated", c =>
        {
            var m = c.Machine(h => Set(h, 0), plantFixture: false);
            var r = c.Run(m);
            return Ran(r, "fix") ?? Expect(Value(m.Model) == 0, $"AllowEncryptionOracle is now {Value(m.Model)}, lowered from Force Updated Clients (0):\n{r.Describe()}")
                ?? Expect(r.Console.Contains("AllowLowerSecurity", StringComparison.Ordinal), $"the run did not say how to lower it on purpose:\n{r.Describe()}");
        }),
        new("lowering needs -AllowLowerSecurity Yes typed and a High-impact prompt naming the computer", c =>
        {
            var lower = new Dictionary<string, object> { ["OracleLevel"] = "Mitigated", ["AllowLowerSecurity"] = "Yes" };
            var m = c.Machine(h => Set(h, 0), plantFixture: false);
            var declined = c.Run(m, extra: lower, answer: p => !p.Contains("AllowEncryptionOracle", StringComparison.Ordinal));
            if ((Ran(declined, "fix, prompt declined") ?? Expect(Value(m.Model) == 0, $"lowered although the prompt was declined (or never asked):\n{declined.Describe()}")) is { } fail) return fail;
            m = c.Machine(h => Set(h, 0), plantFixture: false);
            var accepted = c.Run(m, extra: lower);
            var prompt = accepted.Prompts.FirstOrDefault(p => p.Contains("AllowEncryptionOracle", StringComparison.Ordinal));
            return Ran(accepted, "fix, prompt accepted") ?? Expect(Value(m.Model) == 1, $"typed and confirmed, yet AllowEncryptionOracle is {Value(m.Model)}")
                ?? Expect(prompt?.Contains("RDSH-01", StringComparison.Ordinal) == true, $"no prompt named AllowEncryptionOracle and the computer: {string.Join(" / ", accepted.Prompts)}");
        }),
    ];
}
