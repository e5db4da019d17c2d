using System.Collections;
using System.Management.Automation;
using System.Text.Json;
using System.Text.RegularExpressions;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>The objects the mocks return: shaped like the real ones, as far as the catalogue reads them
/// (Set-StrictMode 3 turns a missing property into an error, so a script reading something the real object
/// lacks fails here too, and a property the mock lacks shows up as a harness gap).</summary>
public static partial class Views
{
    public static PSObject Service(WindowsHost host, MockService s)
    {
        var o = new PSObject();
        o.Properties.Add(new PSNoteProperty("Name", s.Name));
        o.Properties.Add(new PSNoteProperty("ServiceName", s.Name));
        o.Properties.Add(new PSNoteProperty("DisplayName", s.DisplayName));
        o.Properties.Add(new PSNoteProperty("Status", s.Status));
        o.Properties.Add(new PSNoteProperty("StartType", s.StartType));
        o.Properties.Add(new PSNoteProperty("DependentServices", host.Dependents(s.Name).Select(d => d.Name).ToArray()));
        o.Properties.Add(new PSNoteProperty("ServicesDependedOn", s.DependsOn));
        o.TypeNames.Insert(0, "System.ServiceProcess.ServiceController");
        return o;
    }

    /// <summary>Get-NetFirewallRule: a CimInstance of MSFT_NetFirewallRule. Enabled is an enum (True/False) whose
    /// False is truthy, so scripts must compare its text, as they do on Windows.</summary>
    public static PSObject FirewallRule(FirewallRule r)
    {
        var o = Cim("ROOT/StandardCimv2:MSFT_NetFirewallRule", new Dictionary<string, object?>
        {
            ["Name"] = r.Name, ["InstanceID"] = r.Name, ["DisplayName"] = r.DisplayName, ["DisplayGroup"] = r.DisplayGroup, ["Group"] = r.Group,
            ["Enabled"] = r.Enabled, ["Direction"] = r.Direction, ["Action"] = r.Action, ["Profile"] = r.Profile,
        });
        return o;
    }

    /// <summary>Get-NetFirewallPortFilter: MSFT_NetProtocolPortFilter (LocalPort is a string array, "Any" or numbers).</summary>
    public static PSObject PortFilter(FirewallRule r) => Cim("ROOT/StandardCimv2:MSFT_NetProtocolPortFilter", new Dictionary<string, object?>
    {
        ["InstanceID"] = r.Name, ["Protocol"] = r.Protocol, ["LocalPort"] = new[] { r.LocalPort }, ["RemotePort"] = new[] { "Any" },
    });

    [GeneratedRegex(@"^\s*(\w+)\s*=\s*'([^']*)'\s*$")]
    private static partial Regex EqualityFilter();

    private static PSObject Cim(string cimClass, IDictionary<string, object?> properties)
    {
        var o = new PSObject();
        foreach (var p in properties) o.Properties.Add(new PSNoteProperty(p.Key, p.Value));
        o.Properties.Add(new PSNoteProperty("CimClass", cimClass));
        o.TypeNames.Insert(0, "Microsoft.Management.Infrastructure.CimInstance#" + cimClass);
        return o;
    }

    public static object[]? Cim(WindowsHost host, string ns, string className, string? filter)
    {
        ns = ns.Replace('\\', '/').ToLowerInvariant();
        var rdpTcp = host.Registry.Values(WindowsHost.RdpTcp);
        int Dword(string name, int fallback) => rdpTcp.TryGetValue(name, out var v) ? (int)v.Data : fallback;
        // A custom binding is the REG_BINARY SSLCertificateSHA1Hash under RDP-Tcp (Microsoft documents the WMI
        // method and the registry value as two ways to set the same thing); without it, the self-signed one.
        var custom = rdpTcp.TryGetValue("SSLCertificateSHA1Hash", out var hash) && hash.Data is byte[] bytes ? Convert.ToHexString(bytes) : null;
        List<PSObject>? all = (ns, className.ToLowerInvariant()) switch
        {
            ("root/cimv2/terminalservices", "win32_tsgeneralsetting") =>
            [
                Cim("root/cimv2/TerminalServices:Win32_TSGeneralSetting", new Dictionary<string, object?>
                {
                    ["TerminalName"] = "RDP-Tcp",
                    ["SSLCertificateSHA1Hash"] = custom ?? host.ListenerCertificate,
                    ["SSLCertificateSHA1HashType"] = custom is null ? host.ListenerCertificateType : 3,
                    ["SecurityLayer"] = Dword("SecurityLayer", 2),
                    ["UserAuthenticationRequired"] = Dword("UserAuthentication", 1),
                    ["MinEncryptionLevel"] = Dword("MinEncryptionLevel", 2),
                    ["PolicySourceSecurityLayer"] = 0,
                    ["PolicySourceUserAuthenticationRequired"] = 0,
                }),
            ],
            ("root/cimv2", "win32_service") => host.Services.Values.Select(s => Cim("root/cimv2:Win32_Service", new Dictionary<string, object?>
            {
                ["Name"] = s.Name, ["DisplayName"] = s.DisplayName, ["State"] = s.Status,
                ["StartMode"] = s.StartType == "Automatic" ? "Auto" : s.StartType, ["ProcessId"] = s.Status == "Running" ? WindowsHost.ServiceHostPid : 0,
            })).ToList(),
            ("root/cimv2", "win32_computersystem") =>
            [
                Cim("root/cimv2:Win32_ComputerSystem", new Dictionary<string, object?>
                {
                    ["Name"] = host.ComputerName, ["PartOfDomain"] = host.DomainJoined,
                    ["Domain"] = host.DomainJoined ? host.DomainName : "WORKGROUP",
                }),
            ],
            _ => null,
        };
        if (all is null) return null;
        if (string.IsNullOrWhiteSpace(filter)) return all.Cast<object>().ToArray();
        var match = EqualityFilter().Match(filter);
        if (!match.Success) throw new InvalidOperationException($"The harness only simulates WQL filters of the form Name='value', not: {filter}");
        return all.Where(o => string.Equals(o.Properties[match.Groups[1].Value]?.Value?.ToString(), match.Groups[2].Value, StringComparison.OrdinalIgnoreCase)).Cast<object>().ToArray();
    }

    public static PSObject InvokeCim(WindowsHost host, object? input, string method, IDictionary? arguments)
    {
        var args = arguments ?? new Hashtable();
        object Arg(string name) => (args[name] is PSObject p ? p.BaseObject : args[name]) ?? throw new InvalidOperationException($"{method} needs the argument {name}.");
        var cls = (input as PSObject)?.Properties["CimClass"]?.Value?.ToString() ?? "";
        if (!cls.EndsWith("Win32_TSGeneralSetting")) throw new InvalidOperationException($"Invoke-CimMethod {method} on '{cls}' is not simulated by the harness.");
        void SetDword(string name, object value)
        {
            host.Registry.Set(WindowsHost.RdpTcp, name, Microsoft.Win32.RegistryValueKind.DWord, value);
            host.Change($"registry {WindowsHost.RdpTcp}\\{name} = DWord {value} (WMI {method})", name);
        }
        switch (method)
        {
            case "SetSSLCertificateSHA1Hash":
                var thumbprint = Arg("SSLCertificateSHA1Hash").ToString()!.ToUpperInvariant();
                host.Registry.Set(WindowsHost.RdpTcp, "SSLCertificateSHA1Hash", Microsoft.Win32.RegistryValueKind.Binary, Convert.FromHexString(thumbprint));
                host.Change($"listener certificate = {thumbprint} (custom, registry SSLCertificateSHA1Hash)", thumbprint);
                break;
            case "SetSecurityLayer": SetDword("SecurityLayer", Arg("SecurityLayer")); break;
            case "SetUserAuthenticationRequired": SetDword("UserAuthentication", Arg("UserAuthenticationRequired")); break;
            case "SetEncryptionLevel": SetDword("MinEncryptionLevel", Arg("MinEncryptionLevel")); break;
            default: throw new InvalidOperationException($"Win32_TSGeneralSetting.{method} is not simulated by the harness.");
        }
        var result = new PSObject();
        result.Properties.Add(new PSNoteProperty("ReturnValue", 0u));
        return result;
    }

    private sealed record ExportedCertificate(string Thumbprint, string Subject, DateTime NotBefore, DateTime NotAfter, string? KeyFile, bool KeyLinked, string? KeyId = null);

    public static string ExportCertificate(object cert)
    {
        var c = (cert is PSObject p ? p.BaseObject : cert) as MockCertificate ?? throw new InvalidOperationException("Export-Certificate -Cert needs a certificate object from Cert:\\.");
        return JsonSerializer.Serialize(new ExportedCertificate(c.Thumbprint, c.Subject, c.NotBefore, c.NotAfter, c.KeyFile, c.HasPrivateKey, c.KeyId));
    }

    /// <summary>Import-Certificate: the certificate comes back; its private key only if the key file still exists
    /// (Remove-Item without -DeleteKey leaves it), which the model tracks as the certificate's key link.</summary>
    public static MockCertificate ImportCertificate(WindowsHost host, string store, string text)
    {
        var e = JsonSerializer.Deserialize<ExportedCertificate>(text) ?? throw new InvalidOperationException("Unreadable certificate file.");
        var certificate = new MockCertificate { Thumbprint = e.Thumbprint, Subject = e.Subject, NotBefore = e.NotBefore, NotAfter = e.NotAfter, KeyFile = e.KeyFile, KeyId = e.KeyId, HasPrivateKey = e.KeyLinked };
        host.Certificates.Add(store, certificate);
        host.Change($"certificate {store}\\{e.Thumbprint} imported", e.Thumbprint);
        return certificate;
    }
}
