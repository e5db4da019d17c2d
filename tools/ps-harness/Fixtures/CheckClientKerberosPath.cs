using Microsoft.Win32;
using PsHarness.Model;

namespace PsHarness.Fixtures;

/// <summary>A client that denies outgoing NTLM (RestrictSendingNTLMTraffic = 2, "Network security: Restrict NTLM:
/// Outgoing NTLM traffic to remote servers"): connecting by IP address, which uses NTLM, fails.</summary>
public sealed class CheckClientKerberosPath : Fixture
{
    private const string Key = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0";
    public override string FixId => "check-client-kerberos-path";
    public override string Cause => "client-kerberos-name-path";
    public override string Planted => "client denies outgoing NTLM (RestrictSendingNTLMTraffic = 2)";
    public override string Evidence => "Outgoing NTLM traffic is denied";
    public override string? HealthyCause => "client-kerberos-name-path";

    public override void Plant(WindowsHost host)
    {
        host.Registry.CreateKey(Key);
        host.Registry.Set(Key, "RestrictSendingNTLMTraffic", RegistryValueKind.DWord, 2);
    }

    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.Registry.Get(Key, "RestrictSendingNTLMTraffic")?.Data is 2 ? ["outgoing NTLM denied (reported, never changed)"] : [];
}
