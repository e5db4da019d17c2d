using System.Globalization;
using System.Text;
using System.Text.Json;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>Output lines and exit code of a simulated native command ($LASTEXITCODE).</summary>
public sealed record NativeResult(string[] Output, int ExitCode);

/// <summary>icacls, winmgmt and certutil over the host model, as far as the catalogue calls them. Native tools
/// know nothing of ShouldProcess; every change is recorded with the path (or "WMI repository") as its name.</summary>
public static class NativeTools
{
    private const int FileNotFound = 2;
    private const int AccessDenied = 5;

    // ---- icacls ---------------------------------------------------------------------------------
    private static readonly Dictionary<string, int> SimpleRights = new(StringComparer.OrdinalIgnoreCase)
    {
        ["N"] = 0, ["F"] = 0x1F01FF, ["M"] = 0x1301BF, ["RX"] = 0x1200A9, ["R"] = 0x120089, ["W"] = 0x120116, ["D"] = 0x110000,
    };
    private static readonly Dictionary<string, int> SpecificRights = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DE"] = 0x10000, ["RC"] = 0x20000, ["WDAC"] = 0x40000, ["WO"] = 0x80000, ["S"] = 0x100000, ["AS"] = 0x1000000,
        ["MA"] = 0x2000000, ["GR"] = unchecked((int)0x80000000), ["GW"] = 0x40000000, ["GE"] = 0x20000000, ["GA"] = 0x10000000,
        ["RD"] = 0x1, ["WD"] = 0x2, ["AD"] = 0x4, ["REA"] = 0x8, ["WEA"] = 0x10, ["X"] = 0x20, ["DC"] = 0x40, ["RA"] = 0x80, ["WA"] = 0x100,
    };
    private static readonly string[] InheritanceWords = ["OI", "CI", "IO", "NP", "I"];

    private static string Sid(string account) =>
        account.StartsWith('*') ? account[1..] : throw new InvalidOperationException($"icacls was given the account name '{account}'; the catalogue must use *SID (names are localized).");

    /// <summary>"(OI)(CI)(RD,WD)" or "F" or "(R)" → ACE flags and mask, as icacls parses a grant.</summary>
    private static (string Flags, int Mask) ParsePermission(string perm)
    {
        var flags = new StringBuilder();
        var mask = 0;
        var rest = perm;
        while (rest.StartsWith('('))
        {
            var end = rest.IndexOf(')');
            var items = rest[1..end].Split(',');
            rest = rest[(end + 1)..];
            if (items.All(i => InheritanceWords.Contains(i, StringComparer.OrdinalIgnoreCase))) { foreach (var i in items) flags.Append(i.ToUpperInvariant()); continue; }
            foreach (var i in items)
                mask |= SimpleRights.TryGetValue(i, out var s) ? s : SpecificRights.TryGetValue(i, out var r) ? r : throw new InvalidOperationException($"icacls: invalid right '{i}' in '{perm}'.");
        }
        if (rest.Length > 0) mask |= SimpleRights.TryGetValue(rest, out var simple) ? simple : throw new InvalidOperationException($"icacls: invalid permission '{perm}'.");
        return (flags.ToString(), mask);
    }

    public static NativeResult Icacls(WindowsHost host, PathMap paths, string[] args)
    {
        if (args.Length < 2) return new(["Invalid parameter \"\""], 87);
        // A path a script built from $PSScriptRoot is the simulated disk's real path: the same file on Windows.
        var target = args[0].StartsWith('/') ? paths.ToWindows(args[0]).TrimEnd('\\') : args[0].TrimEnd('\\');
        var options = args.Skip(1).ToList();
        bool Has(string o) => options.Any(x => x.Equals(o, StringComparison.OrdinalIgnoreCase));
        string? After(string o) { var i = options.FindIndex(x => x.Equals(o, StringComparison.OrdinalIgnoreCase)); return i >= 0 && i + 1 < options.Count ? options[i + 1] : null; }
        var processed = new List<string>();
        var failed = new List<string>();
        NativeResult Done() => new(processed.Select(p => $"processed file: {p}").Concat(failed)
            .Append($"Successfully processed {processed.Count} files; Failed processing {failed.Count} files").ToArray(),
            failed.Count == 0 ? 0 : failed.Any(f => f.EndsWith("Access is denied.", StringComparison.Ordinal)) ? AccessDenied : FileNotFound);

        if (Has("/restore"))
        {
            var file = After("/restore") ?? throw new InvalidOperationException("icacls /restore needs a file.");
            var lines = File.ReadAllText(paths.ToReal(file), Encoding.Unicode).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < lines.Length; i += 2)
            {
                var path = target + "\\" + lines[i];
                if (!host.Acls.TryGetValue(path, out var current)) { failed.Add($"{path}: The system cannot find the file specified."); if (!Has("/c")) break; continue; }
                var sd = SecurityDescriptor.Parse(current);
                var saved = SecurityDescriptor.Parse(lines[i + 1]);
                sd.DaclFlags = saved.DaclFlags; sd.Aces = saved.Aces;
                Write(host, path, sd, "restore");
                processed.Add(path);
            }
            return Done();
        }

        // A folder or file the scripts wrote themselves (a backup run folder): its ACL lives in WorkspaceAcls.
        if (!host.Acls.ContainsKey(target) && WorkspaceAcl(host, paths, target) is { } workspace)
        {
            if (Has("/save") || Has("/restore")) throw new InvalidOperationException($"icacls /save or /restore on the scripts' own folder '{target}' is not simulated.");
            return IcaclsWorkspace(host, paths, target, workspace, options);
        }
        if (!host.Acls.ContainsKey(target)) return new([$"{target}: The system cannot find the file specified.", "Successfully processed 0 files; Failed processing 1 files"], FileNotFound);

        if (Has("/save"))
        {
            var file = After("/save") ?? throw new InvalidOperationException("icacls /save needs a file.");
            var parent = target[..target.LastIndexOf('\\')];
            var entries = Has("/t") ? host.Acls.Keys.Where(k => k.Equals(target, StringComparison.OrdinalIgnoreCase) || k.StartsWith(target + "\\", StringComparison.OrdinalIgnoreCase)).ToList() : [target];
            var text = new StringBuilder();
            foreach (var e in entries)
            {
                if (AclInheritance.AdminRefused(host.Acls[e])) { failed.Add($"{e}: Access is denied."); if (!Has("/c")) break; continue; }
                text.Append(e[(parent.Length + 1)..]).Append("\r\n").Append(SecurityDescriptor.Parse(host.Acls[e]).Dacl).Append("\r\n");
                processed.Add(e);
            }
            File.WriteAllText(paths.ToReal(file), text.ToString(), Encoding.Unicode);
            return Done();
        }

        // Changing a DACL needs WRITE_DAC: an empty DACL owned by someone else refuses an administrator too.
        if (AclInheritance.AdminRefused(host.Acls[target])) return new([$"{target}: Access is denied.", "Successfully processed 0 files; Failed processing 1 files"], AccessDenied);
        var acl = Edit(SecurityDescriptor.Parse(host.Acls[target]), options);
        Write(host, target, acl, string.Join(' ', options));
        processed.Add(target);
        return Done();
    }

    private static NativeResult IcaclsWorkspace(WindowsHost host, PathMap paths, string target, SecurityDescriptor acl, List<string> options)
    {
        host.WorkspaceAcls[target] = Edit(acl, options).ToString();
        var done = new List<string> { target };
        // /t: the same options on every file and folder below, parents first (so a child inherits the parent's new ACL).
        if (options.Any(o => o.Equals("/t", StringComparison.OrdinalIgnoreCase)) && Directory.Exists(paths.ToReal(target)))
            foreach (var child in Directory.GetFileSystemEntries(paths.ToReal(target), "*", SearchOption.AllDirectories).OrderBy(c => c.Length))
            {
                var path = paths.ToWindows(child);
                host.WorkspaceAcls[path] = Edit(WorkspaceAcl(host, paths, path)!, options).ToString();
                done.Add(path);
            }
        return new(done.Select(d => $"processed file: {d}").Append($"Successfully processed {done.Count} files; Failed processing 0 files").ToArray(), 0);
    }

    /// <summary>Applies icacls' ACL-editing options (grant, remove, inheritance, setowner) in order.</summary>
    private static SecurityDescriptor Edit(SecurityDescriptor acl, List<string> options)
    {
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i].ToLowerInvariant();
            string Next() => ++i < options.Count ? options[i] : throw new InvalidOperationException($"icacls {option} needs a value.");
            switch (option)
            {
                case "/grant" or "/grant:r":
                    // One or more Sid:perm pairs follow, as in icacls x /grant:r *S-1-5-18:F *S-1-5-32-544:F.
                    do
                    {
                        var spec = Next();
                        var colon = spec.IndexOf(':');
                        var sid = Sid(spec[..colon]);
                        var (flags, mask) = ParsePermission(spec[(colon + 1)..]);
                        if (option == "/grant:r") acl.Aces.RemoveAll(a => !a.Inherited && a.Type == "A" && a.Sid == sid);
                        var same = acl.Aces.FindIndex(a => !a.Inherited && a.Type == "A" && a.Sid == sid && a.Flags == flags);
                        if (same >= 0) acl.Aces[same] = acl.Aces[same] with { Rights = acl.Aces[same].Rights | mask };
                        else acl.Aces.Add(new Ace("A", flags, mask, sid));
                    } while (i + 1 < options.Count && !options[i + 1].StartsWith('/'));
                    break;
                case "/remove" or "/remove:g" or "/remove:d":
                    var removed = Sid(Next());
                    acl.Aces.RemoveAll(a => !a.Inherited && a.Sid == removed && (option == "/remove" || (option == "/remove:g" ? a.Type == "A" : a.Type == "D")));
                    break;
                case "/inheritance:r":
                    acl.DaclFlags = "P" + acl.DaclFlags.Replace("P", "");
                    acl.Aces.RemoveAll(a => a.Inherited);
                    break;
                case "/inheritance:d":
                    acl.DaclFlags = "P" + acl.DaclFlags.Replace("P", "");
                    acl.Aces = acl.Aces.Select(a => a with { Flags = a.Flags.Replace("ID", "") }).ToList();
                    break;
                case "/setowner":
                    acl.Owner = Sid(Next());
                    break;
                case "/c" or "/q" or "/t" or "/l":
                    break;
                default:
                    throw new InvalidOperationException($"icacls {option} is not simulated by the harness.");
            }
        }
        acl.Canonicalize();
        return acl;
    }

    /// <summary>Sets an ACL; on a folder, Windows re-computes the inherited entries of everything below it
    /// (<see cref="AclInheritance.Propagate"/>: removed inheritable entries disappear from the children, and a child
    /// left with nothing has an empty DACL).</summary>
    private static void Write(WindowsHost host, string path, SecurityDescriptor sd, string what)
    {
        var text = sd.ToString();
        if (host.Acls[path] == text) return;
        host.Acls[path] = text;
        host.Change($"icacls {what}: ACL of {path} = {text}", path);
        if (host.Files.Contains(path)) return;
        foreach (var child in AclInheritance.Propagate(host, path)) host.Change($"ACL of {child} re-inherited from {path}: {host.Acls[child]}", null);
    }

    public static AclView GetAcl(WindowsHost host, PathMap paths, string path)
    {
        var key = (path.StartsWith('/') ? paths.ToWindows(path) : path).TrimEnd('\\');
        if (host.Acls.TryGetValue(key, out var sddl))
            return AclInheritance.AdminRefused(sddl) ? throw new UnauthorizedAccessException($"Attempted to perform an unauthorized operation. ({key}: its DACL is empty)")
                : new AclView(key, SecurityDescriptor.Parse(sddl));
        return WorkspaceAcl(host, paths, key) is { } workspace ? new AclView(key, workspace)
            : throw new System.Management.Automation.ItemNotFoundException($"Cannot find path '{path}' because it does not exist.");
    }

    /// <summary>The default DACL of %ProgramData% (and so of a new folder in it): SYSTEM and Administrators full
    /// control, CREATOR OWNER full control of what it creates, and Users read plus create files and folders
    /// in every subfolder — why a backup folder must be protected before anything is written into it.</summary>
    public const string ProgramDataAcl = "O:SYG:SYD:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIIOID;GA;;;CO)(A;OICIID;0x1200a9;;;BU)(A;CIID;0x116;;;BU)";

    /// <summary>The ACL of a file or folder the scripts wrote (it exists on the simulated disk but is not host
    /// state): its own entry if icacls set one, else what it inherits from its folder, owned by Administrators
    /// (what an elevated administrator's new files get). Null when the path does not exist.</summary>
    public static SecurityDescriptor? WorkspaceAcl(WindowsHost host, PathMap paths, string path)
    {
        if (host.WorkspaceAcls.TryGetValue(path, out var own)) return SecurityDescriptor.Parse(own);
        var real = paths.ToReal(path);
        var isFile = File.Exists(real);
        if (!isFile && !Directory.Exists(real)) return null;
        var cut = path.LastIndexOf('\\');
        var parentPath = cut > 2 ? path[..cut] : null;
        var parent = parentPath is null ? null
            : host.Acls.TryGetValue(parentPath, out var hostAcl) ? SecurityDescriptor.Parse(hostAcl) : WorkspaceAcl(host, paths, parentPath);
        if (parent is null) return SecurityDescriptor.Parse(ProgramDataAcl);
        return new SecurityDescriptor
        {
            Owner = host.CreatedObjectOwner,
            Group = "S-1-5-18",
            DaclFlags = "AI",
            Aces = parent.Aces.Where(a => isFile ? a.ObjectInherit : a.ContainerInherit)
                .Select(a => a with { Flags = (isFile || a.Flags.Contains("NP") ? "" : a.Flags.Replace("IO", "").Replace("ID", "")) + "ID" }).ToList(),
        };
    }

    // ---- winmgmt --------------------------------------------------------------------------------
    private sealed record WmiBackup(bool Consistent);

    public static NativeResult Winmgmt(WindowsHost host, PathMap paths, string[] args)
    {
        var verb = args.FirstOrDefault()?.ToLowerInvariant() ?? "";
        switch (verb)
        {
            case "/verifyrepository":
                return host.WmiRepositoryConsistent ? new(["WMI repository is consistent"], 0) : new(["WMI repository is inconsistent"], 1358);
            case "/salvagerepository":
                // Model/WindowsHost.Wmi.cs: 1358 may come back from the salvage itself, whether or not it worked.
                if (!host.WmiRepositoryConsistent)
                {
                    if (host.WmiSalvageFails) return new(["WMI repository is inconsistent"], 1358);
                    host.WmiRepositoryConsistent = true;
                    host.Change("winmgmt /salvagerepository rebuilt the WMI repository", "WMI repository");
                    return host.WmiSalvageReports1358 ? new(["WMI repository is inconsistent"], 1358) : new(["WMI repository has been salvaged"], 0);
                }
                return new(["WMI repository is consistent"], 0);
            case "/backup" when args.Length >= 2:
                File.WriteAllText(paths.ToReal(args[1]), JsonSerializer.Serialize(new WmiBackup(host.WmiRepositoryConsistent)));
                return new(["WMI repository has been backed up"], 0);
            case "/restore" when args.Length >= 3:
                var real = paths.ToReal(args[1]);
                if (!File.Exists(real)) return new([$"WMI repository restore failed: the system cannot find the file specified ({args[1]})."], FileNotFound);
                if (args[2] is not ("0" or "1")) return new(["Invalid restore flag: use 0 or 1."], 87);
                var saved = JsonSerializer.Deserialize<WmiBackup>(File.ReadAllText(real))!;
                // Flag 1 stops WMI and force-disconnects its clients, whatever the outcome.
                if (args[2] == "1") host.WmiForcedDisconnects++;
                if (host.WmiRepositoryConsistent != saved.Consistent)
                {
                    host.WmiRepositoryConsistent = saved.Consistent;
                    host.Change($"winmgmt /restore {args[1]} put the saved repository back", "WMI repository");
                }
                return new(["WMI repository has been restored"], 0);
            default:
                throw new InvalidOperationException($"winmgmt {string.Join(' ', args)} is not simulated by the harness (only /verifyrepository, /salvagerepository, /backup <file>, /restore <file> <flag>).");
        }
    }

    // ---- certutil -------------------------------------------------------------------------------
    public static NativeResult Certutil(WindowsHost host, string[] args)
    {
        if (args.Length != 3 || !args[0].Equals("-store", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"certutil {string.Join(' ', args)} is not simulated by the harness (only -store <store> <thumbprint>).");
        var store = "LocalMachine\\" + args[1];
        var wanted = args[2].Replace(" ", "").ToUpperInvariant();
        var c = host.Certificates.Store(store).FirstOrDefault(x => x.Thumbprint == wanted);
        if (c is null) return new(["CertUtil: -store command FAILED: 0x80092004 (-2146885628 CRYPT_E_NOT_FOUND)", "CertUtil: Cannot find object or property."], -2146885628);
        var lines = new List<string>
        {
            $"{args[1]} \"Personal\"", "================ Certificate 0 ================", "Serial Number: 1a2b3c", $"Issuer: {c.Issuer}",
            $" NotBefore: {c.NotBefore.ToString("M/d/yyyy h:mm tt", CultureInfo.InvariantCulture)}", $" NotAfter: {c.NotAfter.ToString("M/d/yyyy h:mm tt", CultureInfo.InvariantCulture)}",
            $"Subject: {c.Subject}", $"Cert Hash(sha1): {c.Thumbprint.ToLowerInvariant()}",
        };
        // The unique container name is read from the opened key: with the container file gone certutil can only
        // say the keyset is missing (the certificate still carries its key-provider property).
        var container = c.KeyFile is not null && c.KeyFile.StartsWith(WindowsHost.RdpContainerHash, StringComparison.Ordinal) ? "TSSecKeySet1" : "te-RdpCustom-1234";
        // A CNG key names its key storage provider instead of a CryptoAPI CSP; the unique name is the file in Crypto\Keys.
        var provider = c.KeyFolder is null ? "Microsoft RSA SChannel Cryptographic Provider" : "Microsoft Software Key Storage Provider";
        if (c.HasPrivateKey && c.KeyFile is not null && host.Files.Contains(WindowsHost.KeyPathOf(c)))
            lines.AddRange([$"  Key Container = {container}", $"  Unique container name: {c.KeyFile}", $"  Provider = {provider}", "Encryption test passed"]);
        else if (c.HasPrivateKey) lines.AddRange([$"  Key Container = {container}", $"  Provider = {provider}", "Missing stored keyset"]);
        else lines.Add("No key provider information");
        lines.Add("CertUtil: -store command completed successfully.");
        return new(lines.ToArray(), 0);
    }
}
