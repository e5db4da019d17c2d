using Microsoft.Win32;
using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class RestoreRdpSecurityLayer : Fixture
{
    public override string FixId => "restore-rdp-security-layer";
    public override string Cause => "security-layer-mismatch";
    public override string Planted => "RDP-Tcp SecurityLayer = 0 (RDP) and UserAuthentication = 0 (NLA off)";

    public override void Plant(WindowsHost host)
    {
        host.Registry.Set(WindowsHost.RdpTcp, "SecurityLayer", RegistryValueKind.DWord, 0);
        host.Registry.Set(WindowsHost.RdpTcp, "UserAuthentication", RegistryValueKind.DWord, 0);
    }

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        var layer = host.Registry.Get(WindowsHost.RdpTcp, "SecurityLayer")?.Data as int?;
        if (layer is not (1 or 2)) yield return $"SecurityLayer is {layer?.ToString() ?? "missing"}, not Negotiate (1) or TLS (2)";
        var nla = host.Registry.Get(WindowsHost.RdpTcp, "UserAuthentication")?.Data as int?;
        if (nla == 0) yield return "UserAuthentication (NLA) is 0";
    }
}
