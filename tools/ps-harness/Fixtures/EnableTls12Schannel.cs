using Microsoft.Win32;
using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class EnableTls12Schannel : Fixture
{
    private const string Root = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2";
    public override string FixId => "enable-tls12-schannel";
    public override string Cause => "tls-protocol-mismatch";
    public override string Planted => "SCHANNEL TLS 1.2\\Server Enabled = 0 and TLS 1.2\\Client DisabledByDefault = 1";

    public override void Plant(WindowsHost host)
    {
        host.Registry.CreateKey(Root + "\\Server");
        host.Registry.Set(Root + "\\Server", "Enabled", RegistryValueKind.DWord, 0);
        host.Registry.CreateKey(Root + "\\Client");
        host.Registry.Set(Root + "\\Client", "DisabledByDefault", RegistryValueKind.DWord, 1);
    }

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        foreach (var role in new[] { "Server", "Client" })
        {
            if (host.Registry.Get($"{Root}\\{role}", "Enabled")?.Data is 0) yield return $"TLS 1.2 {role} Enabled = 0";
            if (host.Registry.Get($"{Root}\\{role}", "DisabledByDefault")?.Data is int d && d != 0) yield return $"TLS 1.2 {role} DisabledByDefault = {d}";
        }
    }
}
