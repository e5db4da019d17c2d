using Microsoft.Win32;
using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

/// <summary>The SSL Cipher Suite Order policy hardened to ECDSA-only TLS 1.2 suites plus TLS 1.3 (no suite the
/// listener's RSA certificate can use with a TLS 1.2 client), and Schannel 36874 logged: the cipher-suite cause
/// of Microsoft's "An internal error has occurred" article, distinct from disabled TLS versions.</summary>
public sealed class CheckTlsCipherSuites : Fixture
{
    public const string PolicyKey = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002";
    private const string Hardened = "TLS_AES_256_GCM_SHA384,TLS_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256";
    public override string FixId => "check-tls-cipher-suites";
    public override string Cause => "cipher-suite-mismatch";
    public override string Planted => "SSL Cipher Suite Order policy with ECDSA-only TLS 1.2 suites (no RSA suite) and Schannel event 36874 an hour ago";
    public override string Evidence => "None of them is a TLS 1.2 suite for an RSA certificate";
    public override string? HealthyCause => "cipher-suite-mismatch";

    private static void Policy(WindowsHost host, string list)
    {
        host.Registry.CreateKey(PolicyKey);
        host.Registry.Set(PolicyKey, "Functions", RegistryValueKind.String, list);
    }

    public override void Plant(WindowsHost host)
    {
        Policy(host, Hardened);
        host.EnabledCipherSuites.RemoveAll(s => s.Contains("_RSA_", StringComparison.Ordinal));
        host.Events.Add(new MockEvent("System", "Schannel", 36874, DateTime.Now.AddHours(-1), "An TLS 1.2 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server."));
    }

    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.Registry.Get(PolicyKey, "Functions")?.Data is string list && !list.Split(',').Any(s => s.Contains("_WITH_", StringComparison.Ordinal) && s.Contains("_RSA_", StringComparison.Ordinal))
            ? ["cipher suite policy without a TLS 1.2 RSA suite (reported, never changed)"] : [];

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("a hardened policy that keeps a TLS 1.2 RSA suite is not blamed", c =>
        {
            var r = c.Run(c.Machine(h => Policy(h, "TLS_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"), plantFixture: false), "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("policy is set", StringComparison.Ordinal) && !r.Console.Contains("-> cipher-suite-mismatch", StringComparison.Ordinal), $"a policy with an RSA suite was blamed:\n{r.Describe()}");
        }),
    ];
}
