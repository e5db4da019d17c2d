using Microsoft.Win32;
using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.FixtureContext;

namespace PsHarness.Fixtures;

/// <summary>Certificate fixes' own properties (audit #7, #8, #14, #15, #20, #22).</summary>
public static class CertificateChecks
{
    private const string Rcm = "Microsoft-Windows-TerminalServices-RemoteConnectionManager";

    /// <summary>An in-date self-signed certificate whose key container is gone (audit #7), with the 1058 SessionEnv logs.</summary>
    public static void PlantOrphaned(WindowsHost h)
    {
        var container = h.RdpContainerPath;
        h.Files.Remove(container);
        h.Acls.Remove(container);
        h.KeyIds.Remove(container);
        h.FileExistenceChanged?.Invoke(container, false);
        h.Events.Add(new MockEvent("System", Rcm, 1058, DateTime.Now.AddHours(-3), "The RD Session Host Server has failed to create a new self signed certificate to be used for RD Session Host Server authentication on SSL connections. The relevant status code was Object already exists."));
    }

    /// <summary>A listener bound by Group Policy to a template-enrolled certificate in LocalMachine\My (type 2), with an
    /// expired self-signed leftover in the Remote Desktop store (audit #8).</summary>
    public static readonly string Template = MockCertificate.MakeThumbprint("rdsh-01.contoso.com-RDP-template");
    public static void PlantTemplate(WindowsHost h)
    {
        var now = DateTime.Now;
        h.Certificates.Add("LocalMachine\\My", new MockCertificate
        {
            Thumbprint = Template, Subject = "CN=rdsh-01.contoso.com", NotBefore = now.Date.AddMonths(-1), NotAfter = now.Date.AddMonths(11),
            HasPrivateKey = true, KeyFile = "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11",
        });
        h.AddKeyFile(WindowsHost.MachineKeysPath + "\\5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11", "O:SYG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)(A;;FR;;;NS)");
        h.ListenerCertificate = Template;
        h.ListenerCertificateType = 2;
        h.Certificates.Store(WindowsHost.RemoteDesktopStore).Clear();
        h.Certificates.Add(WindowsHost.RemoteDesktopStore, new MockCertificate
        {
            Thumbprint = MockCertificate.MakeThumbprint("RDSH-01-old-self-signed"), Subject = "CN=RDSH-01",
            NotBefore = now.Date.AddYears(-1), NotAfter = now.Date.AddMonths(-6), HasPrivateKey = true, KeyFile = h.RdpContainerFile,
        });
    }

    public static IEnumerable<FixtureProperty> Regenerate =>
    [
        new("#7: an in-date self-signed certificate whose key container is gone (orphaned, events 1058) is found and replaced", ctx =>
        {
            var m = ctx.Machine(PlantOrphaned);
            var f = ctx.Fix(m);
            var left = new RegenerateRdpCertificate().Problems(m.Model).ToList();
            return Ran(f, "fix") ?? Expect(f.SummaryList("Found").Contains(ctx.FixId), $"the orphaned certificate was not found:\n{f.Describe()}")
                ?? Expect(left.Count == 0, "still broken after Fix: " + string.Join("; ", left));
        }),
        new("#8: a Group Policy template certificate (SSLCertificateSHA1HashType 2) is not this fix's: nothing changes, SessionEnv is not restarted", ctx =>
        {
            var m = ctx.Machine(PlantTemplate);
            var before = m.Model.Snapshot();
            var f = ctx.Fix(m);
            return Ran(f, "fix") ?? Expect(f.SummaryList("Found").Length == 0, $"Fix found a fault:\n{f.Describe()}")
                ?? Same(before, m.Model.Snapshot(), "Fix with a template-enrolled binding")
                ?? Expect(!m.Model.ServiceLog.Any(s => s.Service == "SessionEnv"), "SessionEnv was restarted (it would start a CA enrollment)")
                ?? Expect(f.Console.Contains("Group Policy", StringComparison.Ordinal), $"the run did not point to the Group Policy certificate template:\n{f.Describe()}");
        }),
        new("#15: after Fix and rollback.ps1 no certificate in the store points at a key that was replaced", ctx =>
        {
            var m = ctx.Machine(h => new RegenerateRdpCertificate().Plant(h));
            var f = ctx.Fix(m);
            if (Ran(f, "fix") is { } broken) return broken;
            var r = ctx.RollbackOf(m, f);
            var replaced = m.Model.Certificates.Store(WindowsHost.RemoteDesktopStore).Where(c => m.Model.KeyStateOf(c) == KeyState.Replaced).Select(c => c.Describe()).ToList();
            return Ran(r, "rollback.ps1") ?? Expect(replaced.Count == 0, "rollback re-imported a certificate whose key SessionEnv replaced: " + string.Join("; ", replaced));
        }),
        new("#22: the backup works when PKI cmdlets fail through the WinPSCompat session (pwsh 7)", ctx =>
        {
            var m = ctx.Machine(h => { new RegenerateRdpCertificate().Plant(h); h.PkiThroughWinPSCompat = true; });
            var f = ctx.Fix(m);
            return Ran(f, "fix") ?? Expect(f.SummaryList("Failed").Length == 0 && f.SummaryList("Changed").Length > 0, $"the run did not repair:\n{f.Describe()}");
        }),
    ];

    public static IEnumerable<FixtureProperty> GrantKeyRead =>
    [
        new("#14: another certificate's key file that cannot be read (empty DACL) does not stop the repair; only the bound key is backed up", ctx =>
        {
            const string other = "0a0b0c0d0e0f00112233445566778899_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11";
            var m = ctx.Machine(h =>
            {
                new GrantNetworkServiceKeyRead().Plant(h);
                h.Certificates.Add("LocalMachine\\My", new MockCertificate
                {
                    Thumbprint = MockCertificate.MakeThumbprint("sql01.contoso.com"), Subject = "CN=sql01.contoso.com", NotBefore = DateTime.Now.Date.AddYears(-1),
                    NotAfter = DateTime.Now.Date.AddYears(1), HasPrivateKey = true, KeyFile = other,
                });
                h.AddKeyFile(WindowsHost.MachineKeysPath + "\\" + other, "O:SYG:SYD:AI");
            });
            var f = ctx.Fix(m);
            var left = new GrantNetworkServiceKeyRead().Problems(m.Model).ToList();
            var backup = f.SummaryValue("Backup") is { } b ? Directory.EnumerateFiles(m.Paths.ToReal(b), "*.acl", SearchOption.AllDirectories).Select(Path.GetFileName).ToList() : [];
            return Ran(f, "fix") ?? Expect(left.Count == 0, "still broken after Fix: " + string.Join("; ", left) + "\n" + f.Describe())
                ?? Expect(backup.Count == 1 && backup[0] == GrantNetworkServiceKeyRead.Thumbprint + ".acl", $"the backup holds {string.Join(", ", backup)}; only the bound certificate's key ({GrantNetworkServiceKeyRead.Thumbprint}.acl) is needed");
        }),
    ];

    public static IEnumerable<FixtureProperty> Evidence =>
    [
        new("#20: a host without the Remote Desktop store is checked, and the store is reported absent", ctx =>
        {
            var m = ctx.Machine(h => h.Certificates.RemoveStore(WindowsHost.RemoteDesktopStore));
            var d = ctx.Diagnose(m);
            return Ran(d, "diagnose") ?? Expect(d.Console.Contains("store absent", StringComparison.Ordinal), $"the missing store was not reported:\n{d.Describe()}");
        }),
        new("#8: a Group Policy template binding (type 2) with an expired self-signed leftover does not blame the self-signed certificate", ctx =>
        {
            var m = ctx.Machine(PlantTemplate);
            var r = m.RunText(FindingCall(ctx));
            var cause = r.Output.LastOrDefault()?.Properties["Cause"]?.Value?.ToString();
            return Ran(r, "the evidence function") ?? Expect(cause != "self-signed-certificate", $"the evidence blames '{cause}' for a listener bound to a Group Policy template certificate");
        }),
        new("#7: an orphaned self-signed certificate is evidence for the self-signed-certificate cause", ctx =>
        {
            var m = ctx.Machine(PlantOrphaned);
            var r = m.RunText(FindingCall(ctx));
            var cause = r.Output.LastOrDefault()?.Properties["Cause"]?.Value?.ToString();
            return Ran(r, "the evidence function") ?? Expect(cause == "self-signed-certificate", $"the evidence names '{cause}' for an orphaned self-signed certificate");
        }),
    ];

    private static string FindingCall(FixtureContext ctx) =>
        $"Set-StrictMode -Version 3.0\n$ErrorActionPreference = 'Stop'\n{ctx.Fragment("common/helpers.ps1")}\n{ctx.Fragment($"fixes/{ctx.FixId}/diagnose.ps1")}\nGet-RdpEvidenceFinding";
}
