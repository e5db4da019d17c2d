namespace PsHarness.Model;

/// <summary>Where a firewall rule lives, and who may reach it. Windows keeps rules in several policy stores:
/// the local PersistentStore (what Get-NetFirewallRule returns by default), the stores of the GPOs that apply, and
/// the ActiveStore, "the sum of all policy stores that apply to the computer". Sources:
/// https://learn.microsoft.com/powershell/module/netsecurity/get-netfirewallrule (-PolicyStore: "The default value is
/// PersistentStore"; ActiveStore; -TracePolicyStore fills PolicyStoreSource) and MSFT_NetFirewallRule
/// (PolicyStoreSource / PolicyStoreSourceType "If this object is retrieved from the ActiveStore, with the
/// TracePolicyStoreSource option set") https://learn.microsoft.com/windows/win32/fwp/wmi/wfascimprov/msft-netfirewallrule</summary>
public sealed partial class FirewallRule
{
    /// <summary>"Local" (the PersistentStore) or "GroupPolicy" (a GPO; read-only on the computer).</summary>
    public string PolicyStoreSourceType { get; init; } = "Local";
    /// <summary>The GPO's name for a GroupPolicy rule (what -TracePolicyStore reports), else PersistentStore.</summary>
    public string PolicyStoreSource { get; init; } = "PersistentStore";
    /// <summary>Get-NetFirewallAddressFilter RemoteAddress: "Any", or addresses and subnets, comma-separated.</summary>
    public string RemoteAddress { get; set; } = "Any";

    public bool FromGroupPolicy => PolicyStoreSourceType == "GroupPolicy";
}

public sealed partial class WindowsHost
{
    /// <summary>The GPO setting "Apply local firewall rules" (AllowLocalFirewallRules in Get-NetFirewallProfile):
    /// null = NotConfigured (local rules merge, the default), false = a GPO turned local rule merge off, so local
    /// rules exist in the PersistentStore but are not in the ActiveStore and do not apply. Source:
    /// https://learn.microsoft.com/powershell/module/netsecurity/set-netfirewallprofile (-AllowLocalFirewallRules:
    /// "Specifies that the local firewall rules should be merged into the effective policy along with Group Policy
    /// settings").</summary>
    public bool? FirewallAllowLocalRules { get; set; }

    /// <summary>Get-NetFirewallRule without -PolicyStore: the local rules only, never the GPO's.</summary>
    public IEnumerable<FirewallRule> FirewallPersistentStore() => FirewallRules.Where(r => !r.FromGroupPolicy);

    /// <summary>Get-NetFirewallRule -PolicyStore ActiveStore: the GPO rules, plus the local ones unless merge is off.</summary>
    public IEnumerable<FirewallRule> FirewallActiveStore() =>
        FirewallRules.Where(r => r.FromGroupPolicy || FirewallAllowLocalRules != false);

    private static bool Covers(string ports, int port) =>
        ports == "Any" || ports.Split(',').Any(p => p.Trim() == port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Who may reach TCP <paramref name="port"/> inbound: "Profile from RemoteAddress" for every enabled
    /// allow rule in the ActiveStore that covers it. Empty when an enabled block rule covers it (block wins).</summary>
    public SortedSet<string> RdpExposure(int port = 3389)
    {
        var active = FirewallActiveStore().Where(r => r.Enabled == "True" && r.Direction == "Inbound" && r.Protocol == "TCP" && Covers(r.LocalPort, port)).ToList();
        if (active.Any(r => r.Action == "Block")) return [];
        return new SortedSet<string>(active.Where(r => r.Action == "Allow").Select(r => $"{r.Profile} from {r.RemoteAddress}"));
    }

    private SortedDictionary<string, string> FirewallSnapshot() => new(
        FirewallRules.ToDictionary(r => $"{r.PolicyStoreSource}:{r.Name}",
            r => $"Enabled={r.Enabled} LocalPort={r.LocalPort} Profile={r.Profile} RemoteAddress={r.RemoteAddress}"),
        StringComparer.Ordinal)
    {
        ["(AllowLocalFirewallRules)"] = FirewallAllowLocalRules?.ToString() ?? "NotConfigured",
    };
}
