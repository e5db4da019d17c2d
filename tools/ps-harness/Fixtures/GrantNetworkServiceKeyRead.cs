using Microsoft.Win32;
using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class GrantNetworkServiceKeyRead : Fixture
{
    public static readonly string Thumbprint = MockCertificate.MakeThumbprint("rdsh-01.contoso.com-2026");
    private const string KeyName = "7a3c1e9f0b2d4c6e8f1a3b5c7d9e0f21_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11";
    public override string FixId => "grant-network-service-key-read";
    public override string Cause => "private-key-access";
    public override string Planted => "a custom certificate in LocalMachine\\My bound to RDP-Tcp (SSLCertificateSHA1Hash, type 3) whose CAPI key file in MachineKeys grants only SYSTEM and Administrators; Schannel event 36870 logged";

    public override void Plant(WindowsHost host)
    {
        var now = DateTime.Now;
        host.Certificates.Add("LocalMachine\\My", new MockCertificate
        {
            Thumbprint = Thumbprint, Subject = "CN=rdsh-01.contoso.com", NotBefore = now.Date.AddMonths(-2), NotAfter = now.Date.AddMonths(10),
            HasPrivateKey = true, KeyFile = KeyName,
        });
        Baseline.AddKeyFile(host, KeyName, "O:BAG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)");
        host.Registry.Set(WindowsHost.RdpTcp, "SSLCertificateSHA1Hash", RegistryValueKind.Binary, Convert.FromHexString(Thumbprint));
        host.Events.Add(new MockEvent("System", "Schannel", 36870, now.AddHours(-1), "A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D."));
    }

    public override IEnumerable<Engine.FixtureProperty> ExtraChecks => CertificateChecks.GrantKeyRead;

    public override IReadOnlyDictionary<string, string> ConflictsWith => new Dictionary<string, string>
    {
        ["regenerate-rdp-certificate"] = "with a custom binding (type 3) the self-signed certificate is not in use, so that check rightly does not apply",
        ["start-rdp-services"] = ClearStaleCertificateBinding.RestartAfterStart,
    };

    /// <summary>Judged from the ACL model: an allow entry granting read (0x120089, or GENERIC_ALL/READ) to NETWORK SERVICE,
    /// Everyone or Authenticated Users, no deny, and never more than Read added for NETWORK SERVICE.</summary>
    public override IEnumerable<string> Problems(WindowsHost host)
    {
        if (!host.Certificates.Store("LocalMachine\\My").Any(c => c.Thumbprint == Thumbprint)) yield break;
        var path = Baseline.MachineKeys + "\\" + KeyName;
        if (!host.Acls.TryGetValue(path, out var sddl)) { yield return $"the key file {path} is gone"; yield break; }
        var aces = SecurityDescriptor.Parse(sddl).Aces;
        var readers = new[] { "S-1-5-20", "S-1-1-0", "S-1-5-11" };
        bool Reads(Ace a) => (a.Rights & 0x120089) == 0x120089 || (a.Rights & 0x10000000) != 0 || (a.Rights & unchecked((int)0x80000000)) != 0;
        if (!aces.Any(a => a.Type == "A" && readers.Contains(a.Sid) && Reads(a))) yield return $"NETWORK SERVICE cannot read {path}: {sddl}";
        if (aces.Any(a => a.Sid == "S-1-5-20" && a.Type == "A" && (a.Rights & ~0x120089) != 0)) yield return $"NETWORK SERVICE got more than Read on {path}: {sddl}";
    }
}
