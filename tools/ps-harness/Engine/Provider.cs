using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>The item verbs (Get-Item, Get-ChildItem, Remove-Item) across the three simulated providers.</summary>
public static class Provider
{
    private static (string Store, string? Thumbprint) SplitCertPath(string path)
    {
        var parts = path.Trim('\\').Split('\\');
        // LocalMachine\<store>\<thumbprint>
        if (parts.Length >= 3) return (string.Join('\\', parts.Take(2)), parts[2].ToUpperInvariant());
        return (path.Trim('\\'), null);
    }

    public static bool CertificateExists(WindowsHost host, string path)
    {
        var (store, thumbprint) = SplitCertPath(path);
        if (thumbprint is null) return host.Certificates.StoreExists(store);
        return host.Certificates.Store(store).Any(c => c.Thumbprint == thumbprint);
    }

    public static object? GetItem(WindowsHost host, PathMap paths, string path)
    {
        var m = paths.Map(path);
        switch (m.Kind)
        {
            case PathKind.Registry:
                return host.Registry.KeyExists(m.Path) ? new RegistryKeyView(host.Registry, m.Path) : null;
            case PathKind.Certificate:
                var (store, thumbprint) = SplitCertPath(m.Path);
                return thumbprint is null ? (host.Certificates.StoreExists(store) ? store : null)
                    : host.Certificates.Store(store).FirstOrDefault(c => c.Thumbprint == thumbprint);
            default:
                if (Directory.Exists(m.Path)) return new DirectoryInfo(m.Path);
                return File.Exists(m.Path) ? new FileInfo(m.Path) : null;
        }
    }

    public static object[]? GetChildItems(WindowsHost host, PathMap paths, string path, bool recurse)
    {
        var m = paths.Map(path);
        switch (m.Kind)
        {
            case PathKind.Registry:
                if (!host.Registry.KeyExists(m.Path)) return null;
                return host.Registry.SubKeys(m.Path).Select(k => (object)new RegistryKeyView(host.Registry, k)).ToArray();
            case PathKind.Certificate:
                var (store, thumbprint) = SplitCertPath(m.Path);
                if (thumbprint is not null) return host.Certificates.Store(store).Where(c => c.Thumbprint == thumbprint).Cast<object>().ToArray();
                if (!host.Certificates.StoreExists(store)) return null;
                return host.Certificates.Store(store).Cast<object>().ToArray();
            default:
                if (!Directory.Exists(m.Path)) return File.Exists(m.Path) ? [new FileInfo(m.Path)] : null;
                var option = recurse ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
                return new DirectoryInfo(m.Path).EnumerateFileSystemInfos("*", option).OrderBy(f => f.FullName).Cast<object>().ToArray();
        }
    }

    public static void RemoveItem(WindowsHost host, MappedPath m, bool recurse, bool deleteKey)
    {
        switch (m.Kind)
        {
            case PathKind.Registry:
                if (!host.Registry.KeyExists(m.Path)) throw new ItemNotFound(m.Path);
                if (host.Registry.SubKeys(m.Path).Any() && !recurse) throw new InvalidOperationException($"The key {m.Path} has subkeys and -Recurse was not given.");
                host.Registry.RemoveKey(m.Path);
                host.Change($"registry key {m.Path} removed", m.Path.Split('\\')[^1]);
                return;
            case PathKind.Certificate:
                var (store, thumbprint) = SplitCertPath(m.Path);
                if (thumbprint is null) throw new InvalidOperationException($"Remove-Item on the store {m.Path} itself: the scripts must only remove certificates.");
                var list = host.Certificates.Store(store);
                var certificate = list.FirstOrDefault(c => c.Thumbprint == thumbprint) ?? throw new ItemNotFound(m.Path);
                list.Remove(certificate);
                host.Change($"certificate {store}\\{thumbprint} removed{(deleteKey ? " with its private key" : "")}", thumbprint);
                return;
            default:
                if (Directory.Exists(m.Path)) Directory.Delete(m.Path, recurse);
                else if (File.Exists(m.Path)) File.Delete(m.Path);
                else throw new ItemNotFound(m.Path);
                return;
        }
    }
}

public sealed class ItemNotFound(string path) : System.Management.Automation.ItemNotFoundException($"Cannot find path '{path}' because it does not exist.");
