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

    public override IReadOnlyDictionary<string, string> ConflictsWith => new Dictionary<string, string>
    {
        ["grant-network-service-key-read"] = "the listener has one binding: stale here, a valid custom certificate there",
        ["regenerate-rdp-certificate"] = "with a custom binding (type 3) the self-signed certificate is not in use, so that check rightly does not apply",
        ["start-rdp-services"] = RestartAfterStart,
    };

    /// <summary>Shared reason: the runner restarts TermService after start-rdp-services has started it.</summary>
    public const string RestartAfterStart = "start-rdp-services starts a stopped TermService during Apply and the runner then restarts it for this fix, so TermService would start twice (harmless, but the at-most-once property would not hold)";

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        if (host.Registry.Get(WindowsHost.RdpTcp, "SSLCertificateSHA1Hash")?.Data is not byte[] bound) yield break;
        var thumbprint = Convert.ToHexString(bound);
        var stores = new[] { "LocalMachine\\My", WindowsHost.RemoteDesktopStore };
        if (!stores.Any(s => host.Certificates.Store(s).Any(c => c.Thumbprint == thumbprint))) yield return $"the listener is bound to {thumbprint}, which no store holds";
    }

    public override IEnumerable<Engine.FixtureProperty> ExtraChecks => [ConfirmChecks.For(this, rollback: false)];
}
