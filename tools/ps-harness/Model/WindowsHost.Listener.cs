namespace PsHarness.Model;

public sealed partial class WindowsHost
{
    public const string TerminalServerKey = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server";
    public const string TerminalServicesPolicyKey = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services";

    /// <summary>Whether the RDP-Tcp listener accepts connections, given TermService runs. Microsoft, "Remote Desktop
    /// can't connect to the remote computer" (https://learn.microsoft.com/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer):
    /// when qwinsta does not list rdp-tcp as Listen, fEnableWinStation (WinStations\RDP-Tcp) must be 1 and
    /// fDenyTSConnections 0 under Terminal Server and, if configured, under the policy key ("Policies override default
    /// configurations"). A missing RDP-Tcp key means no listener. A missing fEnableWinStation counts as enabled here
    /// (Windows ships it as 1; the sources say nothing about it being absent).</summary>
    public bool RdpListenerUp()
    {
        if (!Registry.KeyExists(RdpTcp)) return false;
        if (Registry.Get(RdpTcp, "fEnableWinStation")?.Data is int enabled && enabled != 1) return false;
        var deny = Registry.Get(TerminalServicesPolicyKey, "fDenyTSConnections")?.Data ?? Registry.Get(TerminalServerKey, "fDenyTSConnections")?.Data;
        return deny is not int d || d == 0;
    }
}
