using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

/// <summary>The certificate-identity check on a renamed host (RegenerateRdpCertificate.PlantRenamed): the self-signed
/// certificate still names RDSH-01. Own properties: an expired certificate, and a CA-issued certificate for another
/// name (a name mismatch that is not a rename).</summary>
public sealed class CheckRdpCertificateIdentity : Fixture
{
    public override string FixId => "check-rdp-certificate-identity";
    public override string Cause => "computer-renamed-certificate";
    public override string Planted => $"the computer renamed to {RegenerateRdpCertificate.NewName}; its self-signed RDP certificate still names CN=RDSH-01";
    public override string Evidence => $"does not match this computer's name ({RegenerateRdpCertificate.NewName})";
    public override string? HealthyCause => "certificate-untrusted-or-expired";
    public override IReadOnlyDictionary<string, string> ConflictsWith => new Dictionary<string, string>
    {
        ["regenerate-rdp-certificate"] = "that fixture replaces the self-signed certificate with an expired one; the rename must keep the baseline's in-date certificate",
        ["grant-network-service-key-read"] = "the listener has one binding: a custom certificate there, the renamed host's self-signed one here",
        ["clear-stale-certificate-binding"] = "the listener has one binding: a stale thumbprint there, the renamed host's self-signed one here",
        ["collect-rdp-evidence"] = "the listener has one binding: a stale thumbprint there, the renamed host's self-signed one here",
    };

    /// <summary>On the all-host run regenerate-rdp-certificate replaces the renamed host's certificate (its own cause
    /// too), and its rollback deliberately does not put the old certificate back (audit #15).</summary>
    public override IReadOnlyDictionary<string, string> RollbackIgnores => new Dictionary<string, string>
    {
        ["listenerCertificate"] = "regenerate-rdp-certificate replaces the renamed host's certificate; SessionEnv binds the new one itself",
        ["keyContainers"] = "SessionEnv re-keys the listener's fixed container when it mints the certificate for the new name; no backup can put the old key back",
        ["certificates"] = "the regenerate rollback deliberately does not re-import the old-name certificate (audit #15)",
    };

    public override void Plant(WindowsHost host) => RegenerateRdpCertificate.PlantRenamed(host);

    /// <summary>The rename itself, which no fix undoes. (The stale certificate is regenerate-rdp-certificate's to
    /// replace; were it listed here, the safety rule would rightly see that fix change what this check owns.)</summary>
    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.ComputerName == RegenerateRdpCertificate.NewName ? [$"the computer was renamed to {RegenerateRdpCertificate.NewName} after its self-signed certificate was made (reported, never undone)"] : [];

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("an expired bound certificate is reported as expired, with the clock hint", c =>
        {
            var m = c.Machine(h =>
            {
                var store = h.Certificates.Store(WindowsHost.RemoteDesktopStore);
                var old = store.Single();
                store.Clear();
                h.Certificates.Add(WindowsHost.RemoteDesktopStore, new MockCertificate
                {
                    Thumbprint = old.Thumbprint, Subject = old.Subject, NotBefore = DateTime.Now.AddMonths(-7), NotAfter = DateTime.Now.AddDays(-3),
                    HasPrivateKey = true, KeyFile = old.KeyFile, KeyId = old.KeyId,
                });
            }, plantFixture: false);
            var r = c.Run(m, "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("is not valid now", StringComparison.Ordinal) && r.Console.Contains("clocks", StringComparison.Ordinal), $"the check did not report the expired certificate:\n{r.Describe()}");
        }),
        new("a custom certificate issued to another name is a name mismatch, not a rename", c =>
        {
            var m = c.Machine(h =>
            {
                var thumbprint = MockCertificate.MakeThumbprint("rdp.corp.example-custom");
                h.Certificates.Add("LocalMachine\\My", new MockCertificate
                {
                    Thumbprint = thumbprint, Subject = "CN=rdp.corp.example", NotBefore = DateTime.Now.AddMonths(-1), NotAfter = DateTime.Now.AddMonths(11), HasPrivateKey = true,
                });
                h.ListenerCertificate = thumbprint;
                h.ListenerCertificateType = 3;
            }, plantFixture: false);
            var r = c.Run(m, "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("get a name mismatch", StringComparison.Ordinal) && !r.Console.Contains("renamed", StringComparison.Ordinal), $"the check did not report a plain name mismatch:\n{r.Describe()}");
        }),
    ];
}
