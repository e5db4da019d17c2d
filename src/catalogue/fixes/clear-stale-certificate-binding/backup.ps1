function Backup-RdpCertificateBinding {
    # Records SSLCertificateSHA1Hash (REG_BINARY, or "did not exist") so rollback can put back exactly that.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    Save-RdpRegistryValue -Path $listener -Name 'SSLCertificateSHA1Hash' -File (Join-Path -Path $Path -ChildPath 'registry.json')
}
