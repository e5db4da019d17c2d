using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

public sealed class EnableRdpFirewallRules : Fixture
{
    private static readonly string[] Rules = ["RemoteDesktop-UserMode-In-TCP", "RemoteDesktop-UserMode-In-UDP"];
    public override string FixId => "enable-rdp-firewall-rules";
    public override string Cause => "listener-firewall-port";
    public override string Planted => "both Remote Desktop User Mode inbound rules (TCP and UDP, open to Any) disabled and no GPO rule for the port; a shadowing rule of the same group stays disabled and must not be touched";

    public override void Plant(WindowsHost host)
    {
        foreach (var rule in host.FirewallRules.Where(r => Rules.Contains(r.Name) && !r.FromGroupPolicy)) rule.Enabled = "False";
        // The group also holds the shadowing rule: enabling the whole group (common advice) would turn it on.
        host.FirewallRules.Add(new FirewallRule { Name = "RemoteDesktop-Shadow-In-TCP", DisplayName = "Remote Desktop - Shadow (TCP-In)", Enabled = "False", LocalPort = "Any" });
    }

    /// <summary>The fault is that nothing in the effective (ActiveStore) policy lets RDP in.</summary>
    public override IEnumerable<string> Problems(WindowsHost host)
    {
        if (host.RdpExposure().Count == 0 && host.FirewallAllowLocalRules != false && !host.FirewallRules.Any(r => r.FromGroupPolicy))
            foreach (var rule in host.FirewallRules.Where(r => Rules.Contains(r.Name) && r.Enabled != "True")) yield return $"firewall rule {rule.Name} is disabled";
        if (host.FirewallRules.FirstOrDefault(r => r.Name == "RemoteDesktop-Shadow-In-TCP") is { Enabled: "True" }) yield return "the shadowing rule was enabled (only the two User Mode rules may be)";
    }

    private static bool LocalRulesOff(WindowsHost h) => h.FirewallRules.Where(r => Rules.Contains(r.Name)).All(r => r.Enabled == "False");

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("a GPO's scoped RDP rule is reported (name, Profile, RemoteAddress) and the local rule open to Any stays disabled", c =>
        {
            var m = c.Machine(h => h.FirewallRules.Add(SafetyRules.GpoRdpRule()));
            var r = c.Run(m);
            return Ran(r, "fix") ?? Expect(LocalRulesOff(m.Model), $"the local rules were enabled beside the GPO's scoped rule, opening RDP to {string.Join("; ", m.Model.RdpExposure())}:\n{r.Describe()}")
                ?? Expect(r.Console.Contains("RDP admins", StringComparison.Ordinal) && r.Console.Contains("10.0.10.0/24", StringComparison.Ordinal) && r.Console.Contains("Domain", StringComparison.Ordinal),
                    $"the run did not name the GPO rule with its Profile and RemoteAddress:\n{r.Describe()}");
        }),
        new("local rule merge off (GPO): the local rules are not enabled, and the run says the GPO must allow RDP", c =>
        {
            var m = c.Machine(h => h.FirewallAllowLocalRules = false);
            var r = c.Run(m);
            return Ran(r, "fix") ?? Expect(LocalRulesOff(m.Model), $"the local rules were enabled although Group Policy does not apply local rules (a false success):\n{r.Describe()}")
                ?? Expect(r.Console.Contains("AllowLocalFirewallRules", StringComparison.Ordinal), $"the run did not explain that local rules do not apply:\n{r.Describe()}");
        }),
        new("enabling a rule open to Any asks a High-impact question naming the computer, Profile and RemoteAddress; declining changes nothing", c =>
        {
            var m = c.Machine();
            var r = c.Run(m, answer: p => !p.Contains("RemoteDesktop-UserMode-In-", StringComparison.Ordinal));
            var prompt = r.Prompts.FirstOrDefault(p => p.Contains("RemoteDesktop-UserMode-In-TCP", StringComparison.Ordinal));
            return Expect(prompt is not null, $"no prompt named the rule before enabling it for Any:\n{r.Describe()}")
                ?? Expect(prompt!.Contains("RDSH-01", StringComparison.Ordinal) && prompt.Contains("RemoteAddress Any", StringComparison.Ordinal) && prompt.Contains("Profile Any", StringComparison.Ordinal),
                    $"the prompt does not name the computer, Profile and RemoteAddress: {prompt}")
                ?? Expect(LocalRulesOff(m.Model), "a rule was enabled although its prompt was declined");
        }),
    ];

    public override IEnumerable<Engine.FixtureProperty> ExtraChecks => [ConfirmChecks.For(this, rollback: true)];
}
