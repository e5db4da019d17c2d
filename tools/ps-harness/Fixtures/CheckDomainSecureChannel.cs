using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

/// <summary>A domain member whose secure channel is broken (Test-ComputerSecureChannel returns False), the first
/// cause Microsoft lists for "your Windows domain controller cannot be contacted to perform NLA".</summary>
public sealed class CheckDomainSecureChannel : Fixture
{
    public override string FixId => "check-domain-secure-channel";
    public override string Cause => "nla-domain-controller-unreachable";
    public override string Planted => "domain member of corp.example whose secure channel is broken (Test-ComputerSecureChannel returns False)";
    public override string Evidence => "The secure channel to corp.example is broken";
    public override string? HealthyCause => "nla-domain-controller-unreachable";

    public override void Plant(WindowsHost host) => host.SecureChannelHealthy = false;

    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.SecureChannelHealthy ? [] : ["secure channel broken (reported, never repaired: it needs domain credentials)"];

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("no domain controller in DNS is reported, with the SRV record it looked up", c =>
        {
            var r = c.Run(c.Machine(h => h.DomainControllers.Clear(), plantFixture: false), "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("DNS returns no _ldap._tcp.dc._msdcs.corp.example SRV record", StringComparison.Ordinal), $"the missing SRV record was not reported:\n{r.Describe()}");
        }),
        new("a workgroup computer rules the domain controller out and tests no secure channel", c =>
        {
            var r = c.Run(c.Machine(h => h.DomainJoined = false), "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("not joined to an Active Directory domain", StringComparison.Ordinal) && !r.Console.Contains("secure channel to", StringComparison.Ordinal), $"a workgroup host was not ruled out:\n{r.Describe()}");
        }),
        new("a Microsoft Entra joined host is named, from dsregcmd's AzureAdJoined field", c =>
        {
            var r = c.Run(c.Machine(h => h.EntraJoined = true, plantFixture: false), "diagnose");
            return Ran(r, "diagnose") ?? Expect(r.Console.Contains("-> entra-joined-host", StringComparison.Ordinal), $"the Entra join was not reported:\n{r.Describe()}");
        }),
    ];
}
