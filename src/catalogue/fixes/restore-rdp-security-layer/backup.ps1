function Backup-RdpSecurityLayer {
    # Saves the two listener values Repair- may write, including "did not exist", so Restore- can put
    # back exactly that state. Policy values are never written, so they are not saved.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    Save-RdpRegistryValue -Path $listener -Name @('SecurityLayer', 'UserAuthentication') -File (Join-Path -Path $Path -ChildPath 'listener.json')
}
