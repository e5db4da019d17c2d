using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed partial class RegenerateRdpCertificate : Fixture
{
    public override string FixId => "regenerate-rdp-certificate";
    public override string Cause => "self-signed-certificate";
    public override string Planted => "the self-signed certificate in the Remote Desktop store expired 10 days ago (the listener is bound to it); RemoteConnectionManager event 1057 logged";

    public override void Plant(WindowsHost host)
    {
        var store = host.Certificates.Store(WindowsHost.RemoteDesktopStore);
        store.Clear();
        var now = DateTime.Now;
        // Its key is in the listener's fixed container (the one the baseline holds), which the next certificate re-keys.
        var expired = new MockCertificate
        {
            Thumbprint = MockCertificate.MakeThumbprint("RDSH-01-expired"), Subject = "CN=RDSH-01",
            NotBefore = now.Date.AddMonths(-6).AddDays(-10), NotAfter = now.Date.AddDays(-10), HasPrivateKey = true,
            KeyFile = host.RdpContainerFile, KeyId = "RDSH-01-rdp-key-expired",
        };
        host.KeyIds[host.RdpContainerPath] = expired.KeyId;
        host.Certificates.Add(WindowsHost.RemoteDesktopStore, expired);
        host.ListenerCertificate = expired.Thumbprint;
        host.Events.Add(new MockEvent("System", "Microsoft-Windows-TerminalServices-RemoteConnectionManager", 1057, now.AddHours(-2), "The RD Session Host Server has failed to create a new self signed certificate."));
    }

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        var store = host.Certificates.Store(WindowsHost.RemoteDesktopStore);
        var bound = store.FirstOrDefault(c => c.Thumbprint == host.ListenerCertificate);
        if (bound is null) yield return $"the listener is bound to {host.ListenerCertificate}, which is not in the Remote Desktop store";
        else if (!host.UsableSelfSigned(bound)) yield return $"the bound certificate is unusable ({host.KeyStateOf(bound)}): {bound.Describe()}";
        foreach (var c in store.Where(c => !host.UsableSelfSigned(c))) yield return $"unusable certificate in the store ({host.KeyStateOf(c)}): {c.Describe()}";
    }

    public override IReadOnlyDictionary<string, string> RollbackIgnores => new Dictionary<string, string>
    {
        ["listenerCertificate"] = "SessionEnv binds the self-signed certificate itself when it starts; the binding follows the store on the next SessionEnv start",
        ["keyContainers"] = "SessionEnv re-keys the listener's fixed container when it mints the new certificate; no backup can put the old key back, which is why the rollback does not re-import the old certificate",
        ["certificates"] = "the rollback deliberately does not re-import the old self-signed certificate: its key was replaced, so it could never work again (audit #15); Windows mints a new one",
    };

    public override IEnumerable<Engine.FixtureProperty> ExtraChecks => CertificateChecks.Regenerate.Concat(CngKeyChecks.Regenerate).Append(ConfirmChecks.For(this, rollback: true));
}
