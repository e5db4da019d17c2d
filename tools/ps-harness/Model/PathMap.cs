namespace PsHarness.Model;

/// <summary>Where a Windows path lives in the simulation: the registry model, the certificate model,
/// or a real folder under a temp root (drive letter X: maps to {root}/X).</summary>
public enum PathKind { Registry, Certificate, File }

public sealed record MappedPath(PathKind Kind, string Path);

public sealed class PathMap(string root)
{
    public string Root { get; } = root;

    public MappedPath Map(string path)
    {
        var p = path.Trim();
        foreach (var prefix in new[] { "Microsoft.PowerShell.Core\\Registry::", "Registry::" })
            if (p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) p = p[prefix.Length..];
        if (p.StartsWith("HKLM:", StringComparison.OrdinalIgnoreCase)) return new(PathKind.Registry, "HKLM" + Tail(p[5..]));
        if (p.StartsWith("HKEY_LOCAL_MACHINE", StringComparison.OrdinalIgnoreCase)) return new(PathKind.Registry, "HKLM" + Tail(p[18..]));
        foreach (var prefix in new[] { "Microsoft.PowerShell.Security\\Certificate::", "Cert:" })
            if (p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return new(PathKind.Certificate, Tail(p[prefix.Length..]).TrimStart('\\'));
        return new(PathKind.File, ToReal(p));
    }

    private static string Tail(string rest) => rest.Length == 0 ? "" : "\\" + rest.Replace('/', '\\').Trim('\\');

    /// <summary>C:\ProgramData\x → {root}/C/ProgramData/x. Linux paths (from $PSScriptRoot) pass through.</summary>
    public string ToReal(string path)
    {
        if (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':')
        {
            var rest = path[2..].Replace('\\', '/').Trim('/');
            return System.IO.Path.Combine(Root, char.ToUpperInvariant(path[0]).ToString(), rest).TrimEnd('/');
        }
        if (path.StartsWith('/')) return path.Replace('\\', '/').TrimEnd('/');
        throw new InvalidOperationException($"The simulation has no mapping for the path '{path}': use a drive-letter path (C:\\...) or a path under $PSScriptRoot.");
    }

    /// <summary>The Windows form of a real path under the root, for messages and $PSScriptRoot-free output.</summary>
    public string ToWindows(string real)
    {
        var rel = System.IO.Path.GetRelativePath(Root, real);
        if (rel.StartsWith("..")) return real;
        var parts = rel.Split('/');
        return parts[0] + ":\\" + string.Join('\\', parts.Skip(1));
    }
}
