function Restore-RdpSecurityLayer {
    # Puts SecurityLayer and UserAuthentication back as saved (a value that did not exist is removed).
    # Set-RdpRegistryValue skips values that already match, so a second run changes nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    foreach ($name in @('SecurityLayer', 'UserAuthentication')) {
        Restore-RdpRegistryValue -File (Join-Path -Path $Path -ChildPath "listener-$name.json") -ExpectedPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    }
}
