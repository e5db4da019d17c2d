namespace PsHarness.Model;

/// <summary>Domain and Microsoft Entra membership, and the TLS cipher suites Windows has enabled, for the NLA
/// and cipher-suite checks (issue 14). Documented behaviour modelled:
/// - Win32_ComputerSystem.PartOfDomain / Domain say whether the computer is an AD domain member;
/// - DNS answers _ldap._tcp.dc._msdcs.&lt;domain&gt; with one SRV record per domain controller (MS-ADTS 6.3.6.1,
///   https://learn.microsoft.com/openspecs/windows_protocols/ms-adts/7fcdce70-5205-44d6-9c3a-260e616a2f04), and with
///   "DNS name does not exist" when there is none;
/// - Test-ComputerSecureChannel returns True or False (Windows PowerShell 5.1,
///   https://learn.microsoft.com/powershell/module/microsoft.powershell.management/test-computersecurechannel?view=powershell-5.1);
/// - dsregcmd /status prints "AzureAdJoined : YES|NO" under "Device State"
///   (https://learn.microsoft.com/entra/identity/devices/troubleshoot-device-dsregcmd).</summary>
public sealed partial class WindowsHost
{
    public bool DomainJoined { get; set; } = true;
    public string DomainName { get; set; } = "corp.example";
    public List<string> DomainControllers { get; } = ["DC01.corp.example", "DC02.corp.example"];
    public bool SecureChannelHealthy { get; set; } = true;
    public bool EntraJoined { get; set; }
    /// <summary>What Get-TlsCipherSuite lists (Windows' enabled suites, in order).</summary>
    public List<string> EnabledCipherSuites { get; } =
    [
        "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    ];
}
