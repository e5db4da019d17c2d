using Microsoft.Win32;

namespace PsHarness.Model;

/// <summary>What a key container state is, for a certificate that claims a private key (HasPrivateKey stays true in
/// every state: Windows reports the key-provider property attached to the certificate, it does not open the key).</summary>
public enum KeyState { Usable, NoKeyFile, Missing, Replaced, EmptyDacl, NotReadableByNetworkService }

/// <summary>The certificate ↔ key container link and what SessionEnv does with the self-signed RDP certificate.
/// Sources: Azure repair-script-library win-fix-rdp-certificate.ps1 (measured on 9600-26100): every listener key
/// container in MachineKeys starts with f686aace (the hash of the fixed container name TSSecKeySet1); the container
/// grants SYSTEM Full and NETWORK SERVICE Read, plus Administrators Read up to 14393 or NT SERVICE\SessionEnv
/// (S-1-5-80-4022436659-1090538466-1613889075-870485073-3428993833) Full from 17763; with no certificate Windows mints a
/// new one and its container within seconds; an ORPHANED certificate (no container behind it) is the state behind
/// events 1057/1058 "Object already exists": Windows does not create one while the old entry is in its way.
/// Event texts and status codes: Microsoft, "Troubleshoot RDP connection issues by Event ID"
/// (https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/event-id-troubleshoot-vm-rdp-connecton):
/// 1057 failed to create a new self-signed certificate ("Keyset does not exist"), 1058 failed to replace the expired
/// one ("Access is denied") or to create it ("Object already exists").</summary>
public sealed partial class WindowsHost
{
    public const string MachineKeysPath = "C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys";
    /// <summary>Machine CNG keys (Microsoft, "Key Storage and Retrieval").</summary>
    public const string CngKeysPath = "C:\\ProgramData\\Microsoft\\Crypto\\Keys";
    public const string RdpContainerHash = "f686aace6942fb7f7ceb231212eef4a4";
    public const string SessionEnvSid = "S-1-5-80-4022436659-1090538466-1613889075-870485073-3428993833";
    public const string CurrentVersionKey = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    public const string CryptographyKey = "HKLM\\SOFTWARE\\Microsoft\\Cryptography";
    private const string Rcm = "Microsoft-Windows-TerminalServices-RemoteConnectionManager";

    /// <summary>Which key material each container file holds (changes when Windows re-keys the fixed RDP container).</summary>
    public SortedDictionary<string, string> KeyIds { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Set by the simulator: a key file appeared on (or left) the simulated disk, so Test-Path sees it.</summary>
    public Action<string, bool>? FileExistenceChanged { get; set; }
    private int keyGeneration;
    /// <summary>Local mode under pwsh 7 on a host whose PKI module loads through the WinPSCompat session: a live
    /// certificate object passed to Export-/Import-Certificate is serialized and may fail to bind (audit #22, unverified:
    /// modelled as failing, so a script that passes is safe either way).</summary>
    public bool PkiThroughWinPSCompat { get; set; }

    public int BuildNumber => Registry.Get(CurrentVersionKey, "CurrentBuildNumber")?.Data is string b && int.TryParse(b, out var n) ? n : 0;
    public string MachineGuid => Registry.Get(CryptographyKey, "MachineGuid")?.Data as string ?? "00000000-0000-0000-0000-000000000000";
    public string RdpContainerFile => RdpContainerHash + "_" + MachineGuid;
    public string RdpContainerPath => MachineKeysPath + "\\" + RdpContainerFile;

    /// <summary>The measured DACL of a listener key container for a build (third entry swaps at 17763).</summary>
    public static string RdpContainerSddl(int build) => build >= 17763
        ? $"O:SYG:SYD:PAI(A;;FA;;;SY)(A;;FR;;;NS)(A;;FA;;;{SessionEnvSid})"
        : "O:SYG:SYD:PAI(A;;FA;;;SY)(A;;FR;;;NS)(A;;FR;;;BA)";

    public void AddKeyFile(string path, string sddl, string? keyId = null)
    {
        var isNew = Files.Add(path);
        Acls[path] = sddl;
        if (keyId is not null) KeyIds[path] = keyId;
        if (isNew) FileExistenceChanged?.Invoke(path, true);
    }

    public KeyState KeyStateOf(MockCertificate c)
    {
        if (c.KeyFile is null) return KeyState.NoKeyFile;
        var path = KeyPathOf(c);
        if (!Files.Contains(path)) return KeyState.Missing;
        if (c.KeyId is not null && KeyIds.TryGetValue(path, out var held) && held != c.KeyId) return KeyState.Replaced;
        var sd = SecurityDescriptor.Parse(Acls[path]);
        if (sd.Aces.Count == 0) return KeyState.EmptyDacl;
        return AclInheritance.Can(Acls[path], AclInheritance.NetworkService, AclInheritance.FileRead) ? KeyState.Usable : KeyState.NotReadableByNetworkService;
    }

    /// <summary>Where a certificate's key file is: MachineKeys (CryptoAPI) or Crypto\Keys (CNG).</summary>
    public static string KeyPathOf(MockCertificate c) => (c.KeyFolder ?? MachineKeysPath) + "\\" + c.KeyFile;

    /// <summary>A self-signed certificate the listener can use: in date and its key container there and its own.</summary>
    public bool UsableSelfSigned(MockCertificate c) => c.NotAfter > DateTime.Now && c.HasPrivateKey && KeyStateOf(c) is KeyState.Usable or KeyState.NotReadableByNetworkService;

    /// <summary>SessionEnv starting. A GPO template binding (type 2) is enrolled by SessionEnv from the CA, never
    /// self-signed: nothing is minted here. Otherwise: a usable certificate stays; an in-date ORPHANED one blocks creation
    /// (event 1058, "Object already exists"); a container SYSTEM cannot write blocks it too (1057, "Keyset does not
    /// exist"); else a new certificate is minted in the fixed container, re-keying it (the old certificate's key is gone),
    /// and the listener is bound to it.</summary>
    private void OnSessionEnvStarted()
    {
        if (ListenerCertificateType == 2) return;
        var store = Certificates.Store(RemoteDesktopStore);
        if (store.Any(c => UsableSelfSigned(c))) return;
        var now = DateTime.Now;
        if (store.FirstOrDefault(c => c.NotAfter > now && c.HasPrivateKey && KeyStateOf(c) == KeyState.Missing) is { } orphan)
        {
            Events.Add(new MockEvent("System", Rcm, 1058, now, $"The RD Session Host Server has failed to create a new self signed certificate to be used for RD Session Host Server authentication on SSL connections. The relevant status code was Object already exists. (certificate {orphan.Thumbprint} has no key container)"));
            return;
        }
        var container = RdpContainerPath;
        if (Files.Contains(container) && !AclInheritance.Can(Acls[container], AclInheritance.LocalSystem, 0x2 /* FILE_WRITE_DATA */))
        {
            Events.Add(new MockEvent("System", Rcm, 1057, now, "The RD Session Host Server has failed to create a new self signed certificate to be used for RD Session Host Server authentication on SSL connections. The relevant status code was Keyset does not exist."));
            return;
        }
        generated++;
        var keyId = $"{ComputerName}-rdp-key-{++keyGeneration}";
        if (Files.Contains(container)) { KeyIds[container] = keyId; Change($"SessionEnv re-keyed {container}", null); }
        else { AddKeyFile(container, RdpContainerSddl(BuildNumber), keyId); Change($"SessionEnv created key container {container}", null); }
        var certificate = new MockCertificate
        {
            Thumbprint = MockCertificate.MakeThumbprint($"{ComputerName}-self-signed-{generated}"),
            Subject = $"CN={ComputerName}",
            NotBefore = now.Date,
            NotAfter = now.Date.AddMonths(6),
            HasPrivateKey = true,
            KeyFile = RdpContainerFile,
            KeyId = keyId,
        };
        Certificates.Add(RemoteDesktopStore, certificate);
        ListenerCertificate = certificate.Thumbprint;
        ListenerCertificateType = 1;
        Change($"SessionEnv created self-signed certificate {certificate.Thumbprint}", null);
    }

    /// <summary>Sets the Windows version and machine GUID the key container name and its default DACL depend on.</summary>
    public void SetBuild(int build, string machineGuid)
    {
        Registry.CreateKey(CurrentVersionKey);
        Registry.Set(CurrentVersionKey, "CurrentBuildNumber", RegistryValueKind.String, build.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Registry.CreateKey(CryptographyKey);
        Registry.Set(CryptographyKey, "MachineGuid", RegistryValueKind.String, machineGuid);
    }
}
