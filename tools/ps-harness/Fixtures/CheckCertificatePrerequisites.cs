using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

/// <summary>Cryptographic Services disabled and stopped: one of the services Microsoft's "An internal error has
/// occurred" article lists as needed to create the RDP self-signed certificate.</summary>
public sealed class CheckCertificatePrerequisites : Fixture
{
    public override string FixId => "check-certificate-prerequisites";
    public override string Cause => "certificate-creation-prerequisites";
    public override string Planted => "CryptSvc (Cryptographic Services) disabled and stopped";
    public override string Evidence => "Service CryptSvc is Stopped";
    public override string? HealthyCause => "certificate-creation-prerequisites";

    public override void Plant(WindowsHost host)
    {
        host.Services["CryptSvc"].Status = "Stopped";
        host.Services["CryptSvc"].StartType = "Disabled";
    }

    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.Services["CryptSvc"].Status == "Running" ? [] : ["CryptSvc not running (reported, never started by a check)"];

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("a changed SelfSignedCertStore is reported with the value Microsoft expects", c =>
        {
            var r = c.Run(c.Machine(h => { h.Registry.CreateKey("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations"); h.Registry.Set("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations", "SelfSignedCertStore", Microsoft.Win32.RegistryValueKind.String, "My"); }, plantFixture: false), "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("SelfSignedCertStore is 'My'", StringComparison.Ordinal), $"the changed store was not reported:\n{r.Describe()}");
        }),
    ];
}
