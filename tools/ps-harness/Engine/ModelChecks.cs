using PsHarness.Fixtures;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>The host model against the documented Windows behaviour, with no catalogue script involved: if one of
/// these fails, the simulator (not a fix) is wrong. Group "model".</summary>
public static class ModelChecks
{
    private const string Folder = "C:\\Data";
    private static string? Expect(bool ok, string message) => ok ? null : message;

    private static WindowsHost Tree(string folder, params (string Path, string Sddl)[] files)
    {
        var h = new WindowsHost();
        h.Acls[Folder] = folder;
        foreach (var (p, s) in files) { h.Files.Add(Folder + "\\" + p); h.Acls[Folder + "\\" + p] = s; }
        return h;
    }

    public static void Run(Report report)
    {
        const string g = "model";
        // Automatic Propagation of Inheritable ACEs: removing inheritable ACEs removes the inherited copies; a child left
        // with nothing has an EMPTY DACL; protected children are untouched; explicit entries stay.
        report.Check(g, "ACL: removing a folder's inheritable entries (icacls /inheritance:r) leaves an inherit-only file with an empty DACL", () =>
        {
            var h = Tree("O:SYG:SYD:AI(A;OICIID;FA;;;SY)", ("only-inherited", "O:SYG:SYD:AI(A;ID;FA;;;SY)"));
            var r = NativeTools.Icacls(h, new PathMap(Path.GetTempPath()), [Folder, "/inheritance:r", "/grant:r", "*S-1-5-32-544:F"]);
            var child = SecurityDescriptor.Parse(h.Acls[Folder + "\\only-inherited"]);
            return Expect(r.ExitCode == 0 && child.Aces.Count == 0 && !child.Protected, $"expected an empty, unprotected DACL, got {child}");
        });
        report.Check(g, "ACL: a protected child keeps its DACL and an unprotected child keeps its explicit entries", () =>
        {
            var h = Tree("O:SYG:SYD:AI(A;OICI;FA;;;SY)", ("protected", "O:SYG:SYD:PAI(A;;FR;;;NS)"), ("mixed", "O:SYG:SYD:AI(A;;FR;;;NS)(A;ID;FA;;;SY)"));
            NativeTools.Icacls(h, new PathMap(Path.GetTempPath()), [Folder, "/remove:g", "*S-1-5-18"]);
            return Expect(h.Acls[Folder + "\\protected"] == "O:SYG:SYD:PAI(A;;FR;;;NS)", $"protected child changed: {h.Acls[Folder + "\\protected"]}")
                ?? Expect(h.Acls[Folder + "\\mixed"] == "O:SYG:SYD:AI(A;;FR;;;NS)", $"mixed child: {h.Acls[Folder + "\\mixed"]}");
        });
        report.Check(g, "ACL: inheritance rules (OI file only, CI folder only, NP stops, IO dropped, CREATOR OWNER becomes the owner)", () =>
        {
            var parent = SecurityDescriptor.Parse("O:SYG:SYD:AI(A;OI;FR;;;BU)(A;CI;FA;;;BA)(A;OICINP;FA;;;SY)(A;OICIIO;FA;;;CO)");
            var file = string.Join("", AclInheritance.InheritedFrom(parent, true, "S-1-5-20").Select(a => $"({a.Type};{a.Flags};{a.Rights:x};{a.Sid})"));
            var sub = string.Join("", AclInheritance.InheritedFrom(parent, false, "S-1-5-20").Select(a => $"({a.Type};{a.Flags};{a.Rights:x};{a.Sid})"));
            return Expect(file == "(A;ID;120089;S-1-5-32-545)(A;ID;1f01ff;S-1-5-18)(A;ID;1f01ff;S-1-5-20)", $"file inherits {file}")
                ?? Expect(sub == "(A;OIIOID;120089;S-1-5-32-545)(A;CIID;1f01ff;S-1-5-32-544)(A;ID;1f01ff;S-1-5-18)(A;ID;1f01ff;S-1-5-20)(A;OICIIOID;1f01ff;S-1-3-0)", $"subfolder inherits {sub}");
        });
        report.Check(g, "ACL: an empty DACL owned by SYSTEM refuses icacls /save to an administrator (exit 5)", () =>
        {
            var h = Tree("O:SYG:SYD:PAI(A;;FA;;;SY)", ("empty", "O:SYG:SYD:AI"));
            var dir = Directory.CreateTempSubdirectory("model-");
            Directory.CreateDirectory(Path.Combine(dir.FullName, "X"));
            var r = NativeTools.Icacls(h, new PathMap(dir.FullName), [Folder + "\\empty", "/save", "X:\\saved.acl"]);
            dir.Delete(true);
            return Expect(r.ExitCode == 5, $"exit code {r.ExitCode}: {string.Join(" ", r.Output)}");
        });

        // The certificate ↔ key container link (Azure repair-script-library measurements, MS Event-ID article).
        report.Check(g, "certificate: with its key container gone a certificate is orphaned, and HasPrivateKey stays true", () =>
        {
            var h = Baseline.Healthy();
            var c = h.Certificates.Store(WindowsHost.RemoteDesktopStore)[0];
            if (h.KeyStateOf(c) != KeyState.Usable) return $"baseline certificate: {h.KeyStateOf(c)}";
            CertificateChecks.PlantOrphaned(h);
            return Expect(h.KeyStateOf(c) == KeyState.Missing && c.HasPrivateKey, $"state {h.KeyStateOf(c)}, HasPrivateKey {c.HasPrivateKey}");
        });
        report.Check(g, "certificate: SessionEnv does not create a certificate while an orphaned one is in the way (1058, Object already exists)", () =>
        {
            var h = Baseline.Healthy();
            CertificateChecks.PlantOrphaned(h);
            var before = h.Certificates.Store(WindowsHost.RemoteDesktopStore).Count;
            h.Events.Clear();
            h.StopService("SessionEnv", true);
            h.StartService("SessionEnv");
            return Expect(h.Certificates.Store(WindowsHost.RemoteDesktopStore).Count == before, "a certificate was minted")
                ?? Expect(h.Events.Any(e => e.Id == 1058 && e.Message.Contains("Object already exists")), "no 1058 'Object already exists' event");
        });
        report.Check(g, "certificate: with no usable certificate SessionEnv mints one, re-keying the fixed container (the old certificate's key is replaced)", () =>
        {
            var h = Baseline.Healthy();
            var old = h.Certificates.Store(WindowsHost.RemoteDesktopStore)[0];
            h.Certificates.Store(WindowsHost.RemoteDesktopStore).Clear();
            h.StopService("SessionEnv", true);
            h.StartService("SessionEnv");
            var now = h.Certificates.Store(WindowsHost.RemoteDesktopStore).SingleOrDefault();
            return Expect(now is not null && h.KeyStateOf(now) == KeyState.Usable && h.ListenerCertificate == now.Thumbprint, "no usable new certificate bound")
                ?? Expect(h.KeyStateOf(old) == KeyState.Replaced, $"the old certificate's key state is {h.KeyStateOf(old)}, expected Replaced");
        });
        report.Check(g, "certificate: a container SYSTEM cannot write blocks creation (1057, Keyset does not exist)", () =>
        {
            var h = Baseline.Healthy();
            h.Certificates.Store(WindowsHost.RemoteDesktopStore).Clear();
            h.Acls[h.RdpContainerPath] = "O:SYG:SYD:PAI(A;;FR;;;NS)";
            h.StopService("SessionEnv", true);
            h.StartService("SessionEnv");
            return Expect(h.Certificates.Store(WindowsHost.RemoteDesktopStore).Count == 0 && h.Events.Any(e => e.Id == 1057 && e.Message.Contains("Keyset does not exist")), "expected no certificate and event 1057");
        });
        report.Check(g, "certificate: the listener container's default DACL swaps Administrators Read (<= 14393) for SessionEnv Full (>= 17763)", () =>
            Expect(WindowsHost.RdpContainerSddl(14393).EndsWith("(A;;FR;;;BA)") && WindowsHost.RdpContainerSddl(17763).EndsWith($"(A;;FA;;;{WindowsHost.SessionEnvSid})"), "wrong defaults"));

        // Win32_TSGeneralSetting.SSLCertificateSHA1HashType: 1 self-signed, 2 Group Policy template, 3 custom.
        report.Check(g, "Win32_TSGeneralSetting: SSLCertificateSHA1HashType is 1 self-signed, 2 Group Policy template (no self-signed minted), 3 custom (registry binding)", () =>
        {
            int TypeOf(WindowsHost h) => Convert.ToInt32(((System.Management.Automation.PSObject)Views.Cim(h, "root/cimv2/TerminalServices", "Win32_TSGeneralSetting", null)![0]).Properties["SSLCertificateSHA1HashType"].Value);
            var self = Baseline.Healthy();
            var gpo = Baseline.Healthy();
            CertificateChecks.PlantTemplate(gpo);
            gpo.StopService("SessionEnv", true);
            gpo.StartService("SessionEnv");
            var custom = Baseline.Healthy();
            new GrantNetworkServiceKeyRead().Plant(custom);
            return Expect(TypeOf(self) == 1 && TypeOf(gpo) == 2 && TypeOf(custom) == 3, $"types {TypeOf(self)}, {TypeOf(gpo)}, {TypeOf(custom)}")
                ?? Expect(gpo.Certificates.Store(WindowsHost.RemoteDesktopStore).All(c => c.NotAfter < DateTime.Now), "SessionEnv minted a self-signed certificate under a Group Policy template binding");
        });
        report.Check(g, "certificate store: a host can lack the Remote Desktop store (Get-ChildItem reports it missing)", () =>
        {
            var h = Baseline.Healthy();
            h.Certificates.RemoveStore(WindowsHost.RemoteDesktopStore);
            return Expect(!h.Certificates.StoreExists(WindowsHost.RemoteDesktopStore), "the store still exists");
        });
    }
}
