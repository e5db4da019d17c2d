using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.FixtureContext;

namespace PsHarness.Fixtures;

/// <summary>A healthy certificate whose private key is a CNG key: its key file is in %ProgramData%\Microsoft\Crypto\Keys,
/// not in RSA\MachineKeys (Microsoft, "Key Storage and Retrieval", Key directories and files:
/// https://learn.microsoft.com/en-us/windows/win32/seccng/key-storage-and-retrieval). A certificate placed in the Remote
/// Desktop store by hand (or by a tool that creates CNG keys) is such a certificate; it is not orphaned.</summary>
public static class CngKeyChecks
{
    private const string CngFile = "7a1c3e5f9b2d4f6a8c0e1b3d5f7a9c2e_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11";
    public static readonly string Thumbprint = MockCertificate.MakeThumbprint("RDSH-01-cng-self-signed");

    /// <summary>The Remote Desktop store holds one in-date certificate with a CNG key (the listener is bound to it); the
    /// listener container f686aace* in MachineKeys stays, as on the baseline.</summary>
    public static void PlantCngCertificate(WindowsHost h)
    {
        var now = DateTime.Now;
        var store = h.Certificates.Store(WindowsHost.RemoteDesktopStore);
        store.Clear();
        h.AddKeyFile(WindowsHost.CngKeysPath + "\\" + CngFile, "O:SYG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)(A;;FR;;;NS)");
        h.Certificates.Add(WindowsHost.RemoteDesktopStore, new MockCertificate
        {
            Thumbprint = Thumbprint, Subject = "CN=RDSH-01", NotBefore = now.Date.AddMonths(-1), NotAfter = now.Date.AddMonths(5),
            HasPrivateKey = true, KeyFile = CngFile, KeyFolder = WindowsHost.CngKeysPath,
        });
        h.ListenerCertificate = Thumbprint;
        h.ListenerCertificateType = 1;
    }

    public static IEnumerable<FixtureProperty> Regenerate =>
    [
        new("a healthy certificate with a CNG key (in Crypto\\Keys, not MachineKeys) is not orphaned: nothing is deleted, nothing changes", ctx =>
        {
            var m = ctx.Machine(PlantCngCertificate);
            var before = m.Model.Snapshot();
            var f = ctx.Fix(m);
            return Ran(f, "fix") ?? Expect(f.SummaryList("Found").Length == 0, $"Fix found a fault in a healthy CNG-keyed certificate:\n{f.Describe()}")
                ?? Same(before, m.Model.Snapshot(), "Fix with a healthy CNG-keyed certificate");
        }),
    ];

    public static IEnumerable<FixtureProperty> Evidence =>
    [
        new("a healthy certificate with a CNG key (in Crypto\\Keys) is not reported ORPHANED", ctx =>
        {
            var m = ctx.Machine(PlantCngCertificate);
            var d = ctx.Diagnose(m);
            return Ran(d, "diagnose") ?? Expect(!d.Console.Contains("ORPHANED", StringComparison.Ordinal), $"the evidence calls a healthy CNG-keyed certificate orphaned:\n{d.Describe()}");
        }),
    ];
}
