function Backup-RdpCredSspOracle {
    # Saves AllowEncryptionOracle, including "did not exist", the only value Repair- writes.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $key = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters'
    Save-RdpRegistryValue -Path $key -Name @('AllowEncryptionOracle') -File (Join-Path -Path $Path -ChildPath 'credssp.json')
}
