using PsHarness.Fixtures;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>Model side of the lab-only plants (LabMocks/lab-plants.ps1): what Windows does for commands the lab uses to
/// plant faults but the generated scripts never run.</summary>
public static class LabPlants
{
    /// <summary>New-SelfSignedCertificate -CertStoreLocation Cert:\LocalMachine\My with a CAPI provider: a certificate
    /// with a private key whose container file lands in MachineKeys with the creator's explicit, protected ACL (SYSTEM
    /// and Administrators full control; NETWORK SERVICE gets nothing, which is why a custom RDP certificate needs the
    /// grant-network-service-key-read fix). Returns the certificate (the cmdlet outputs it).</summary>
    public static MockCertificate NewSelfSignedCertificate(WindowsHost host, PathMap paths, string dnsName, DateTime? notAfter)
    {
        var now = DateTime.Now;
        var keyFile = MockCertificate.MakeThumbprint("key " + dnsName + now.Ticks)[..32].ToLowerInvariant() + "_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11";
        var certificate = new MockCertificate
        {
            Thumbprint = MockCertificate.MakeThumbprint(dnsName + now.Ticks), Subject = "CN=" + dnsName,
            NotBefore = now.AddMinutes(-10), NotAfter = notAfter ?? now.AddYears(1), HasPrivateKey = true, KeyFile = keyFile,
        };
        host.Certificates.Add("LocalMachine\\My", certificate);
        var path = Baseline.AddKeyFile(host, keyFile, "O:BAG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)");
        var real = paths.ToReal(path);
        Directory.CreateDirectory(Path.GetDirectoryName(real)!);
        File.WriteAllText(real, "simulated key container");
        host.Change($"certificate {certificate.Thumbprint} created in LocalMachine\\My (lab plant)", null);
        return certificate;
    }
}
