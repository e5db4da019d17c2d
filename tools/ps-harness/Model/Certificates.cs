using System.Security.Cryptography;
using System.Text;

namespace PsHarness.Model;

/// <summary>The parts of an X509Certificate2 the catalogue reads.</summary>
public sealed class MockCertificate
{
    public required string Thumbprint { get; init; }
    public required string Subject { get; init; }
    public string Issuer => Subject;
    public required DateTime NotBefore { get; init; }
    public required DateTime NotAfter { get; init; }
    public required bool HasPrivateKey { get; set; }
    /// <summary>File name of the key in MachineKeys (CAPI/CNG container), for private-key ACL fixes.</summary>
    public string? KeyFile { get; init; }
    /// <summary>Folder of the key file: null for a CryptoAPI key (MachineKeys); <see cref="WindowsHost.CngKeysPath"/> for a
    /// CNG key (Microsoft, "Key Storage and Retrieval": machine CNG keys live in %ProgramData%\Microsoft\Crypto\Keys,
    /// https://learn.microsoft.com/en-us/windows/win32/seccng/key-storage-and-retrieval).</summary>
    public string? KeyFolder { get; init; }
    /// <summary>Which key material the certificate's public key matches (null: not tracked). When Windows re-keys the
    /// container the file now holds another key, so this certificate is no longer backed by it.</summary>
    public string? KeyId { get; init; }
    /// <summary>The DER bytes (X509Certificate2.RawData): here a stable stand-in derived from the thumbprint.</summary>
    public byte[] RawData => System.Text.Encoding.ASCII.GetBytes("MOCKDER:" + Thumbprint + ":" + Subject);
    public string[] EnhancedKeyUsageList { get; init; } = ["Server Authentication (1.3.6.1.5.5.7.3.1)"];
    public string Store { get; set; } = "";
    public string PSPath => $"Microsoft.PowerShell.Security\\Certificate::{Store}\\{Thumbprint}";
    public string PSParentPath => $"Microsoft.PowerShell.Security\\Certificate::{Store}";
    public override string ToString() => $"[Subject]\n  {Subject}\n[Thumbprint]\n  {Thumbprint}";

    public static string MakeThumbprint(string seed) => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(seed)));

    public string Describe() => $"{Thumbprint} {Subject} {NotAfter:u} key={HasPrivateKey}";
}

/// <summary>LocalMachine stores by name ("Remote Desktop", "My", ...).</summary>
public sealed class CertificateModel
{
    private readonly SortedDictionary<string, List<MockCertificate>> stores = new(StringComparer.OrdinalIgnoreCase);

    public List<MockCertificate> Store(string path)
    {
        var key = path.Trim('\\');
        if (!stores.TryGetValue(key, out var list)) stores[key] = list = [];
        return list;
    }

    /// <summary>A store that does not exist (the "Remote Desktop" store on a client where RDP was never enabled:
    /// Windows creates it on demand, Azure repair-script-library measurement).</summary>
    public void RemoveStore(string path) => stores.Remove(path.Trim('\\'));

    public bool StoreExists(string path) => stores.ContainsKey(path.Trim('\\')) || path.Trim('\\').Equals("LocalMachine", StringComparison.OrdinalIgnoreCase);

    public void Add(string store, MockCertificate certificate)
    {
        certificate.Store = store.Trim('\\');
        var list = Store(store);
        if (list.All(c => c.Thumbprint != certificate.Thumbprint)) list.Add(certificate);
    }

    public object Snapshot() => stores.ToDictionary(s => s.Key, s => (object)s.Value.OrderBy(c => c.Thumbprint).Select(c => c.Describe()).ToArray());
}
