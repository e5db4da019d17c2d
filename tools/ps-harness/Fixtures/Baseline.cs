using Microsoft.Win32;
using PsHarness.Model;

namespace PsHarness.Fixtures;

/// <summary>A healthy Windows Server RD Session Host as the catalogue sees it. Every fixture starts from here.</summary>
public static class Baseline
{
    public const string MachineKeys = "C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys";
    /// <summary>KB 278381 defaults for the MachineKeys folder (this folder only): Everyone read/write (0x12019F), Administrators and SYSTEM full.</summary>
    public const string MachineKeysSddl = "O:SYG:SYD:PAI(A;;0x12019f;;;WD)(A;;FA;;;BA)(A;;FA;;;SY)";
    public const string PolicyKey = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services";
    public const string ClientPolicyKey = PolicyKey + "\\Client";
    /// <summary>The key material in the listener's key container on the healthy host.</summary>
    public const string RdpKeyId = "RDSH-01-rdp-key-0";

    /// <summary>A key container file in MachineKeys: on the simulated disk, with its ACL in the model.</summary>
    public static string AddKeyFile(WindowsHost host, string name, string sddl)
    {
        var path = MachineKeys + "\\" + name;
        host.Files.Add(path);
        host.Acls[path] = sddl;
        return path;
    }

    public static WindowsHost Healthy()
    {
        var host = new WindowsHost();
        host.Services["TermService"] = new MockService { Name = "TermService", DisplayName = "Remote Desktop Services", StartType = "Manual" };
        host.Services["UmRdpService"] = new MockService { Name = "UmRdpService", DisplayName = "Remote Desktop Services UserMode Port Redirector", StartType = "Manual", DependsOn = ["TermService"] };
        host.Services["SessionEnv"] = new MockService { Name = "SessionEnv", DisplayName = "Remote Desktop Configuration", StartType = "Manual" };
        host.Services["Winmgmt"] = new MockService { Name = "Winmgmt", DisplayName = "Windows Management Instrumentation" };
        // Services Windows needs to create the RDP self-signed certificate (Microsoft, "An internal error has
        // occurred" when connecting to a remote machine), and Windows Audio; running on a healthy host.
        host.Services["CertPropSvc"] = new MockService { Name = "CertPropSvc", DisplayName = "Certificate Propagation", StartType = "Manual" };
        host.Services["KeyIso"] = new MockService { Name = "KeyIso", DisplayName = "CNG Key Isolation", StartType = "Manual" };
        host.Services["CryptSvc"] = new MockService { Name = "CryptSvc", DisplayName = "Cryptographic Services" };
        host.Services["Audiosrv"] = new MockService { Name = "Audiosrv", DisplayName = "Windows Audio" };

        var r = host.Registry;
        void Dword(string key, string name, int value) { r.CreateKey(key); r.Set(key, name, RegistryValueKind.DWord, value); }
        Dword("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server", "fDenyTSConnections", 0);
        Dword(WindowsHost.RdpTcp, "PortNumber", 3389);
        // Windows ships the RDP-Tcp listener enabled (Microsoft documents fEnableWinStation = 1).
        Dword(WindowsHost.RdpTcp, "fEnableWinStation", 1);
        Dword(WindowsHost.RdpTcp, "SecurityLayer", 1);
        Dword(WindowsHost.RdpTcp, "UserAuthentication", 1);
        Dword(WindowsHost.RdpTcp, "MinEncryptionLevel", 2);
        Dword("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FIPSAlgorithmPolicy", "Enabled", 0);
        r.CreateKey("HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols");
        r.CreateKey("HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System");
        r.CreateKey("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT");
        // disable-client-udp is a workaround: its check passes only once "Turn Off UDP On Client" is set, so the
        // host on which every check passes has it (a default Windows has no such value).
        Dword(ClientPolicyKey, "fClientDisableUDP", 1);

        // Server 2022 (build 20348): the listener key container's DACL depends on the build (WindowsHost.Certificates.cs).
        host.SetBuild(20348, "c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11");
        var now = DateTime.Now;
        var certificate = new MockCertificate
        {
            Thumbprint = MockCertificate.MakeThumbprint("RDSH-01-self-signed-0"),
            Subject = "CN=RDSH-01", NotBefore = now.Date.AddMonths(-1), NotAfter = now.Date.AddMonths(5),
            HasPrivateKey = true, KeyFile = host.RdpContainerFile, KeyId = RdpKeyId,
        };
        host.Certificates.Add(WindowsHost.RemoteDesktopStore, certificate);
        host.Certificates.Store("LocalMachine\\My");
        host.ListenerCertificate = certificate.Thumbprint;

        host.FirewallRules.Add(new FirewallRule { Name = "RemoteDesktop-UserMode-In-TCP", DisplayName = "Remote Desktop - User Mode (TCP-In)" });
        host.FirewallRules.Add(new FirewallRule { Name = "RemoteDesktop-UserMode-In-UDP", DisplayName = "Remote Desktop - User Mode (UDP-In)", Protocol = "UDP" });
        host.Acls[MachineKeys] = MachineKeysSddl;
        // The self-signed certificate's key container, with the DACL measured on this build (SYSTEM Full, NETWORK
        // SERVICE Read, NT SERVICE\SessionEnv Full): explicit and protected, so a folder ACL change does not reach it.
        host.AddKeyFile(host.RdpContainerPath, WindowsHost.RdpContainerSddl(host.BuildNumber), RdpKeyId);
        ClientNetwork.Healthy(host);
        return host;
    }
}
