namespace PsHarness.Model;

/// <summary>How Windows propagates inheritable ACEs from a folder to what is below it, and what an ACL grants.
/// Sources: "Automatic Propagation of Inheritable ACEs"
/// (https://learn.microsoft.com/en-us/windows/win32/secauthz/automatic-propagation-of-inheritable-aces): when an
/// inheritable ACE is removed from a parent, automatic inheritance removes its inherited copies from the children,
/// and a child left with no ACE has an EMPTY DACL (no access for anyone), not a missing one; SE_DACL_PROTECTED
/// children are not affected. "ACE Inheritance Rules"
/// (https://learn.microsoft.com/en-us/windows/win32/secauthz/ace-inheritance-rules): which flags a file or a
/// subfolder receives for OI / CI / NP / IO. CREATOR OWNER (S-1-3-0) is a placeholder replaced by the child's owner
/// when inherited as an effective ACE ("Well-known SIDs").</summary>
public static class AclInheritance
{
    public const string CreatorOwner = "S-1-3-0";

    /// <summary>The inherited ACEs a child gets from its parent's DACL (flags ID; explicit ACEs of the child are not included).</summary>
    public static List<Ace> InheritedFrom(SecurityDescriptor parent, bool childIsFile, string childOwner)
    {
        var result = new List<Ace>();
        foreach (var a in parent.Aces)
        {
            var np = a.Flags.Contains("NP");
            if (childIsFile)
            {
                // Files take OI entries as effective entries only.
                if (!a.ObjectInherit) continue;
                result.Add(new Ace(a.Type, "ID", a.Rights, a.Sid == CreatorOwner ? childOwner : a.Sid));
                continue;
            }
            if (a.ContainerInherit)
            {
                // Effective on the subfolder; still inheritable below it unless NP. CREATOR OWNER: an effective entry for
                // the owner plus the inherit-only placeholder for what is created below.
                var sid = a.Sid == CreatorOwner ? childOwner : a.Sid;
                result.Add(new Ace(a.Type, "ID", a.Rights, sid));
                if (!np) result.Add(new Ace(a.Type, (a.ObjectInherit ? "OI" : "") + "CIIOID", a.Rights, a.Sid));
            }
            else if (a.ObjectInherit && !np)
            {
                // OI only: the subfolder holds it as inherit-only, for its files.
                result.Add(new Ace(a.Type, "OIIOID", a.Rights, a.Sid));
            }
        }
        // Merge the effective + inheritable pair of one SID into one entry, as Windows writes it when nothing differs.
        return result.GroupBy(a => (a.Type, a.Rights, a.Sid)).SelectMany(g =>
            g.Count() == 2 && g.Any(x => x.Flags == "ID") && g.Any(x => x.Flags.Contains("IO"))
                ? [new Ace(g.Key.Type, g.First(x => x.Flags.Contains("IO")).Flags.Replace("IO", ""), g.Key.Rights, g.Key.Sid)]
                : g.ToList()).ToList();
    }

    /// <summary>Re-computes the inherited entries of everything below <paramref name="folder"/> (recursively), as
    /// SetNamedSecurityInfo does after a folder's DACL changes. Protected children keep their DACL and stop the walk.
    /// Returns the paths whose ACL changed.</summary>
    public static List<string> Propagate(WindowsHost host, string folder)
    {
        var changed = new List<string>();
        var parent = SecurityDescriptor.Parse(host.Acls[folder]);
        foreach (var child in host.Acls.Keys.Where(k => k.StartsWith(folder + "\\", StringComparison.OrdinalIgnoreCase) && !k[(folder.Length + 1)..].Contains('\\')).ToList())
        {
            var c = SecurityDescriptor.Parse(host.Acls[child]);
            if (c.Protected) continue;
            var isFile = host.Files.Contains(child);
            c.Aces = c.Aces.Where(a => !a.Inherited).Concat(InheritedFrom(parent, isFile, c.Owner)).ToList();
            if (!c.DaclFlags.Contains("AI")) c.DaclFlags += "AI";
            c.Canonicalize();
            if (host.Acls[child] != c.ToString()) { host.Acls[child] = c.ToString(); changed.Add(child); }
            if (!isFile) changed.AddRange(Propagate(host, child));
        }
        return changed;
    }

    /// <summary>The access mask an ACL grants to a token holding <paramref name="sids"/>: the union of matching allows,
    /// minus the bits any matching deny names (a deny wins whatever its position, for the bits it names). An empty DACL
    /// grants nothing; the owner's implicit READ_CONTROL / WRITE_DAC is not included.</summary>
    public static int Granted(SecurityDescriptor sd, IReadOnlyCollection<string> sids)
    {
        var allow = 0;
        var deny = 0;
        foreach (var a in sd.Aces.Where(a => !a.Flags.Contains("IO") && sids.Contains(a.Sid)))
        {
            var rights = Expand(a.Rights);
            if (a.Type == "D") deny |= rights; else allow |= rights;
        }
        return allow & ~deny;
    }

    /// <summary>Generic rights mapped to the file-specific ones (FILE_GENERIC_READ etc.).</summary>
    private static int Expand(int mask)
    {
        var m = mask & 0x0FFFFFFF;
        if ((mask & 0x10000000) != 0) m |= 0x1F01FF;
        if ((mask & unchecked((int)0x80000000)) != 0) m |= 0x120089;
        if ((mask & 0x40000000) != 0) m |= 0x120116;
        if ((mask & 0x20000000) != 0) m |= 0x1200A0;
        return m;
    }

    public const int FileRead = 0x120089;
    public const int FullControl = 0x1F01FF;
    public const int ReadControl = 0x20000;

    /// <summary>Groups in a token, as far as key-file access needs them. NETWORK SERVICE: its own SID, Everyone,
    /// Authenticated Users (BUILTIN\Users is left out: whether a service token counts is not settled here, so the
    /// model errs towards "cannot read"). SYSTEM is also a member of Administrators. An elevated administrator
    /// holds Administrators, Everyone, Authenticated Users and Users.</summary>
    public static readonly string[] NetworkService = ["S-1-5-20", "S-1-1-0", "S-1-5-11"];
    public static readonly string[] LocalSystem = ["S-1-5-18", "S-1-5-32-544", "S-1-1-0", "S-1-5-11"];
    public static readonly string[] ElevatedAdmin = ["S-1-5-32-544", "S-1-1-0", "S-1-5-11", "S-1-5-32-545"];

    public static bool Can(string sddl, IReadOnlyCollection<string> token, int rights) => (Granted(SecurityDescriptor.Parse(sddl), token) & rights) == rights;

    /// <summary>Whether an elevated administrator is refused reading the DACL (icacls /save, Get-Acl). Modelled only
    /// for the case that is certain: an EMPTY DACL grants no one anything, and the owner's implicit READ_CONTROL does
    /// not help an administrator when SYSTEM owns the file. Whether SeBackupPrivilege lets icacls read a non-empty DACL
    /// that names neither Administrators nor the owner is not settled, so such a DACL stays readable here.</summary>
    public static bool AdminRefused(string sddl)
    {
        var sd = SecurityDescriptor.Parse(sddl);
        return sd.Aces.Count == 0 && !ElevatedAdmin.Contains(sd.Owner);
    }
}
