using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class CollectRdpEvidence : Fixture
{
    public override string FixId => "collect-rdp-evidence";
    // The stale binding outranks the Schannel event in the check's order (binding before TLS).
    public override string Cause => "certificate-binding-mismatch";
    public override string Planted => "a stale REG_BINARY SSLCertificateSHA1Hash (as clear-stale-certificate-binding plants), Schannel event 36874 (no protocol in common) and RdpCoreTS event 131 (TCP connections reached the listener)";
    public override string Evidence => "which is in neither the Personal nor the Remote Desktop store";
    public override string? HealthyCause => "";
    /// <summary>The collector only summarises: the fixes that own each cause decide it, so it states 'unknown'.</summary>
    public override string PlantedDecision => "unknown";

    public override void Plant(WindowsHost host)
    {
        new ClearStaleCertificateBinding().Plant(host);
        var now = DateTime.Now;
        host.Events.Add(new MockEvent("System", "Schannel", 36874, now.AddHours(-1), "An TLS 1.2 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server."));
        host.Events.Add(new MockEvent("Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational", "Microsoft-Windows-RemoteDesktopServices-RdpCoreTS", 131, now.AddHours(-1), "The server accepted a new TCP connection from client 10.0.0.5:50123."));
    }

    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.Events.Any(e => e.Id == 36874) ? ["Schannel 36874 logged (reported, never repaired)"] : [];

    public override IEnumerable<Engine.FixtureProperty> ExtraChecks => CertificateChecks.Evidence.Concat(CngKeyChecks.Evidence);

    public override IReadOnlyDictionary<string, string> ConflictsWith => new ClearStaleCertificateBinding().ConflictsWith;
}
