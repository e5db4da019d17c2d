function Backup-RdpRemoteConnections {
    # Saves the two values Repair- may write, including "did not exist", one file each.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    Save-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' -Name @('fDenyTSConnections') -File (Join-Path -Path $Path -ChildPath 'server-fDenyTSConnections.json')
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    if (Test-Path -LiteralPath $listener) {
        Save-RdpRegistryValue -Path $listener -Name @('fEnableWinStation') -File (Join-Path -Path $Path -ChildPath 'listener-fEnableWinStation.json')
    }
}
