using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class CollectRdpEvidence : Fixture
{
    public override string FixId => "collect-rdp-evidence";
    public override string Cause => "tls-protocol-mismatch";
    public override string Planted => "Schannel event 36874 (no protocol in common) and RdpCoreTS event 131 (TCP connections reached the listener) in the last hours";
    public override string Evidence => "Schannel 36871/36874 event(s) in the last 7 days";
    public override string? HealthyCause => "";

    public override void Plant(WindowsHost host)
    {
        var now = DateTime.Now;
        host.Events.Add(new MockEvent("System", "Schannel", 36874, now.AddHours(-1), "An TLS 1.2 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server."));
        host.Events.Add(new MockEvent("Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational", "Microsoft-Windows-RemoteDesktopServices-RdpCoreTS", 131, now.AddHours(-1), "The server accepted a new TCP connection from client 10.0.0.5:50123."));
    }

    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.Events.Any(e => e.Id == 36874) ? ["Schannel 36874 logged (reported, never repaired)"] : [];
}
