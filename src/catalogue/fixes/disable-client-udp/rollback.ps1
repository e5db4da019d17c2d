function Restore-RdpClientUdp {
    # Puts fClientDisableUDP back as saved; a value that did not exist is removed, so UDP is allowed again.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    Restore-RdpRegistryValue -File (Join-Path -Path $Path -ChildPath 'client-udp.json') -ExpectedPath 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services\Client'
}
