using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class EnableRdpFirewallRules : Fixture
{
    private static readonly string[] Rules = ["RemoteDesktop-UserMode-In-TCP", "RemoteDesktop-UserMode-In-UDP"];
    public override string FixId => "enable-rdp-firewall-rules";
    public override string Cause => "listener-firewall-port";
    public override string Planted => "both Remote Desktop User Mode inbound rules (TCP and UDP) disabled; a shadowing rule of the same group stays disabled and must not be touched";

    public override void Plant(WindowsHost host)
    {
        foreach (var rule in host.FirewallRules.Where(r => Rules.Contains(r.Name))) rule.Enabled = "False";
        // The group also holds the shadowing rule: enabling the whole group (common advice) would turn it on.
        host.FirewallRules.Add(new FirewallRule { Name = "RemoteDesktop-Shadow-In-TCP", DisplayName = "Remote Desktop - Shadow (TCP-In)", Enabled = "False", LocalPort = "Any" });
    }

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        foreach (var rule in host.FirewallRules.Where(r => Rules.Contains(r.Name) && r.Enabled != "True")) yield return $"firewall rule {rule.Name} is disabled";
        if (host.FirewallRules.FirstOrDefault(r => r.Name == "RemoteDesktop-Shadow-In-TCP") is { Enabled: "True" }) yield return "the shadowing rule was enabled (only the two User Mode rules may be)";
    }
}
