function Restore-RdpCertificateBinding {
    # Writes back the saved binding (binary data included) or removes a value that did not exist; the
    # helper compares first, so a second run changes nothing. TermService reloads it at its next restart.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    Restore-RdpRegistryValue -File (Join-Path -Path $Path -ChildPath 'registry.json') -ExpectedPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    Write-RdpStatus -Level Warn -Message 'If the binding was restored, restart Remote Desktop Services (Restart-Service -Name TermService -Force, which ends every RDP session) for the listener to use the restored binding.'
}
