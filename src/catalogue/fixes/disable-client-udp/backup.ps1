function Backup-RdpClientUdp {
    # Saves fClientDisableUDP, including "did not exist", the only value Repair- writes.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    Save-RdpRegistryValue -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services\Client' -Name @('fClientDisableUDP') -File (Join-Path -Path $Path -ChildPath 'client-udp.json')
}
