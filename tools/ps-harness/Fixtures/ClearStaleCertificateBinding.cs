using Microsoft.Win32;
using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class ClearStaleCertificateBinding : Fixture
{
    /// <summary>A certificate that was bound, then deleted from Cert:\LocalMachine\My (e.g. replaced on renewal).</summary>
    public static readonly string Deleted = MockCertificate.MakeThumbprint("rdsh-01.contoso.com-2025-deleted");
    public override string FixId => "clear-stale-certificate-binding";
    public override string Cause => "certificate-binding-mismatch";
    public override string Planted => $"RDP-Tcp SSLCertificateSHA1Hash (REG_BINARY) = {Deleted}, a certificate in neither the Personal nor the Remote Desktop store";

    public override void Plant(WindowsHost host) =>
        host.Registry.Set(WindowsHost.RdpTcp, "SSLCertificateSHA1Hash", RegistryValueKind.Binary, Convert.FromHexString(Deleted));

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        if (host.Registry.Get(WindowsHost.RdpTcp, "SSLCertificateSHA1Hash")?.Data is not byte[] bound) yield break;
        var thumbprint = Convert.ToHexString(bound);
        var stores = new[] { "LocalMachine\\My", WindowsHost.RemoteDesktopStore };
        if (!stores.Any(s => host.Certificates.Store(s).Any(c => c.Thumbprint == thumbprint))) yield return $"the listener is bound to {thumbprint}, which no store holds";
    }
}
