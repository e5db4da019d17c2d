function Backup-RdpSecurityLayer {
    # Saves the two listener values Repair- may write, including "did not exist", so Restore- can put
    # back exactly that state. One file per value: a one-record file reads back the same way in Windows
    # PowerShell 5.1 and PowerShell 7, whose ConvertFrom-Json differ in how they emit arrays.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    foreach ($name in @('SecurityLayer', 'UserAuthentication')) {
        Save-RdpRegistryValue -Path $listener -Name @($name) -File (Join-Path -Path $Path -ChildPath "listener-$name.json")
    }
}
