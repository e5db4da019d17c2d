using System.Globalization;
using System.Security.AccessControl;
using System.Text.RegularExpressions;

namespace PsHarness.Model;

/// <summary>One ACE as SDDL writes it: type (A allow, D deny), flags (OI CI NP IO ID), access mask, SID.</summary>
public sealed record Ace(string Type, string Flags, int Rights, string Sid)
{
    public bool Inherited => Flags.Contains("ID");
    public bool ObjectInherit => Flags.Contains("OI");
    public bool ContainerInherit => Flags.Contains("CI");
}

/// <summary>A security descriptor in the SDDL subset Windows writes for files and folders: owner, group,
/// DACL flags (P protected, AI auto-inherited) and ACEs. Well-known SIDs use their SDDL aliases, masks the
/// file aliases (FA, FR, FW, FX) or lowercase hex, as GetSecurityDescriptorSddlForm does.</summary>
public sealed partial class SecurityDescriptor
{
    public string Owner { get; set; } = "S-1-5-18";
    public string Group { get; set; } = "S-1-5-18";
    public string DaclFlags { get; set; } = "";
    public List<Ace> Aces { get; set; } = [];
    public bool Protected => DaclFlags.Contains('P');

    private static readonly Dictionary<string, string> SidAliases = new()
    {
        ["WD"] = "S-1-1-0", ["BA"] = "S-1-5-32-544", ["BU"] = "S-1-5-32-545", ["SY"] = "S-1-5-18", ["NS"] = "S-1-5-20",
        ["LS"] = "S-1-5-19", ["AU"] = "S-1-5-11", ["CO"] = "S-1-3-0", ["IU"] = "S-1-5-4",
    };
    private static readonly Dictionary<string, int> RightAliases = new()
    {
        ["FA"] = 0x1F01FF, ["FR"] = 0x120089, ["FW"] = 0x120116, ["FX"] = 0x1200A0,
        ["GA"] = 0x10000000, ["GX"] = 0x20000000, ["GW"] = 0x40000000, ["GR"] = unchecked((int)0x80000000),
    };

    [GeneratedRegex(@"^(?:O:(?<o>[^GD]+))?(?:G:(?<g>[^D]+))?D:(?<f>[A-Z]*)(?<aces>(\([^)]*\))*)$")]
    private static partial Regex SddlPattern();

    public static SecurityDescriptor Parse(string sddl)
    {
        var m = SddlPattern().Match(sddl);
        if (!m.Success) throw new FormatException($"The harness cannot parse the SDDL '{sddl}'.");
        var sd = new SecurityDescriptor { DaclFlags = m.Groups["f"].Value };
        if (m.Groups["o"].Success) sd.Owner = Sid(m.Groups["o"].Value);
        if (m.Groups["g"].Success) sd.Group = Sid(m.Groups["g"].Value);
        foreach (Match ace in Regex.Matches(m.Groups["aces"].Value, @"\(([^)]*)\)"))
        {
            var parts = ace.Groups[1].Value.Split(';');
            if (parts.Length != 6) throw new FormatException($"The harness cannot parse the ACE '{ace.Value}' in '{sddl}'.");
            sd.Aces.Add(new Ace(parts[0], parts[1], Mask(parts[2]), Sid(parts[5])));
        }
        return sd;
    }

    public static string Sid(string text) => SidAliases.TryGetValue(text, out var sid) ? sid : text;
    private static string SidText(string sid) => SidAliases.FirstOrDefault(a => a.Value == sid).Key ?? sid;

    private static int Mask(string text) =>
        RightAliases.TryGetValue(text, out var m) ? m
        : text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? unchecked((int)uint.Parse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture))
        : throw new FormatException($"The harness does not model the access right '{text}'.");

    private static string MaskText(int mask) =>
        RightAliases.Where(a => a.Key.StartsWith('F')).FirstOrDefault(a => a.Value == mask).Key ?? "0x" + ((uint)mask).ToString("x", CultureInfo.InvariantCulture);

    /// <summary>The DACL part only: what GetSecurityDescriptorSddlForm('Access') and icacls /save write.</summary>
    public string Dacl => "D:" + DaclFlags + string.Concat(Aces.Select(a => $"({a.Type};{a.Flags};{MaskText(a.Rights)};;;{SidText(a.Sid)})"));

    public override string ToString() => $"O:{SidText(Owner)}G:{SidText(Group)}{Dacl}";

    /// <summary>Windows keeps ACLs in canonical order: explicit deny, explicit allow, then inherited.</summary>
    public void Canonicalize() =>
        Aces = Aces.Where(a => !a.Inherited && a.Type == "D").Concat(Aces.Where(a => !a.Inherited && a.Type != "D")).Concat(Aces.Where(a => a.Inherited)).ToList();
}

/// <summary>What Get-Acl returns (System.Security.AccessControl.FileSecurity), as far as the scripts read it.</summary>
public sealed class AclView(string path, SecurityDescriptor sd)
{
    public string Path => "Microsoft.PowerShell.Core\\FileSystem::" + path;
    public string Sddl => sd.ToString();
    public bool AreAccessRulesProtected => sd.Protected;
    public SidView Owner => new(sd.Owner);
    public SidView GetOwner(Type _) => new(sd.Owner);
    public SidView GetGroup(Type _) => new(sd.Group);

    public string GetSecurityDescriptorSddlForm(object sections) =>
        sections.ToString() switch
        {
            "Access" => sd.Dacl,
            "All" => sd.ToString(),
            var s => throw new InvalidOperationException($"GetSecurityDescriptorSddlForm('{s}') is not simulated by the harness (only Access and All)."),
        };

    public AccessRuleView[] GetAccessRules(bool includeExplicit, bool includeInherited, Type _) =>
        sd.Aces.Where(a => a.Inherited ? includeInherited : includeExplicit).Select(a => new AccessRuleView(a)).ToArray();

    public AccessRuleView[] Access => GetAccessRules(true, true, typeof(object));
}

public sealed class SidView(string value)
{
    public string Value => value;
    public override string ToString() => value;
}

/// <summary>A FileSystemAccessRule with a SecurityIdentifier as IdentityReference.</summary>
public sealed class AccessRuleView(Ace ace)
{
    public FileSystemRights FileSystemRights => (FileSystemRights)ace.Rights;
    public AccessControlType AccessControlType => ace.Type == "D" ? AccessControlType.Deny : AccessControlType.Allow;
    public SidView IdentityReference => new(ace.Sid);
    public bool IsInherited => ace.Inherited;
    public InheritanceFlags InheritanceFlags =>
        (ace.ContainerInherit ? InheritanceFlags.ContainerInherit : 0) | (ace.ObjectInherit ? InheritanceFlags.ObjectInherit : 0);
    public PropagationFlags PropagationFlags =>
        (ace.Flags.Contains("NP") ? PropagationFlags.NoPropagateInherit : 0) | (ace.Flags.Contains("IO") ? PropagationFlags.InheritOnly : 0);
}
