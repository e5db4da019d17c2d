using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

/// <summary>Issue 14, renamed computer: a host renamed after Windows made its self-signed certificate. The certificate
/// is usable (in date, key in place), so SessionEnv keeps it (WindowsHost.Certificates.cs: a usable certificate stays)
/// and it still carries the old name: the first-hand report https://qiita.com/mtmana/items/424579c1b9738c7a18c1 saw
/// exactly that (0x904/0x7 after a rename, fixed by deleting the certificate so Windows made a new one).</summary>
public sealed partial class RegenerateRdpCertificate
{
    public const string NewName = "RDSH-01B";

    /// <summary>The computer is renamed; the baseline's self-signed certificate (CN=RDSH-01) stays as it was.</summary>
    public static void PlantRenamed(WindowsHost h) => h.ComputerName = NewName;

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("a host renamed after its self-signed certificate was made: diagnose names the old name, and Fix leaves a certificate for the new name", c =>
        {
            var m = c.Machine(PlantRenamed, plantFixture: false);
            var d = c.Run(m, "diagnose");
            if ((Ran(d, "diagnose") ?? Expect(d.Console.Contains("renamed", StringComparison.OrdinalIgnoreCase) && d.Console.Contains("CN=RDSH-01", StringComparison.Ordinal),
                    $"diagnose did not report that the certificate (CN=RDSH-01) carries the old name of {NewName}:\n{d.Describe()}")) is { } fail) return fail;
            var r = c.Run(m);
            var bound = m.Model.Certificates.Store(WindowsHost.RemoteDesktopStore).FirstOrDefault(x => x.Thumbprint == m.Model.ListenerCertificate);
            return Ran(r, "fix") ?? Expect(bound?.Subject == $"CN={NewName}", $"after Fix the listener certificate is {bound?.Subject ?? "none"}, not CN={NewName}:\n{r.Describe()}");
        }),
        new("a certificate issued to the computer's FQDN (CN=RDSH-01.corp.example) is not taken for a renamed host", c =>
        {
            var m = c.Machine(h =>
            {
                var store = h.Certificates.Store(WindowsHost.RemoteDesktopStore);
                var old = store.Single();
                store.Clear();
                var fqdn = new MockCertificate
                {
                    Thumbprint = old.Thumbprint, Subject = "CN=RDSH-01.corp.example", NotBefore = old.NotBefore, NotAfter = old.NotAfter,
                    HasPrivateKey = true, KeyFile = old.KeyFile, KeyId = old.KeyId,
                };
                h.Certificates.Add(WindowsHost.RemoteDesktopStore, fqdn);
            }, plantFixture: false);
            var before = m.Model.Snapshot();
            var r = c.Run(m);
            return Ran(r, "fix") ?? Expect(m.Model.Snapshot() == before, $"the fix changed a host whose certificate names its FQDN:\n{r.Describe()}");
        }),
    ];
}
