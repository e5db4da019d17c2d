function Restore-RdpRemoteConnections {
    # Puts fDenyTSConnections and fEnableWinStation back as saved: Remote Desktop is turned off again if it was.
    # Set-RdpRegistryValue skips values that already match, so a second run changes nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    Restore-RdpRegistryValue -File (Join-Path -Path $Path -ChildPath 'server-fDenyTSConnections.json') -ExpectedPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server'
    $saved = Join-Path -Path $Path -ChildPath 'listener-fEnableWinStation.json'
    if (Test-Path -LiteralPath $saved) {
        Restore-RdpRegistryValue -File $saved -ExpectedPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    }
}
