function Repair-RdpCertificateBinding {
    # Deletes SSLCertificateSHA1Hash only when Get-RdpCertificateBindingFinding found it stale: Microsoft's
    # documented remedy, after which the listener falls back to the self-signed certificate. A binding to a
    # certificate that exists is never touched. The runner restarts TermService so the listener reloads it.
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $finding = Get-RdpCertificateBindingFinding
    if (-not $finding.NeedsFix) {
        Write-RdpStatus -Level Ok -Message 'The certificate binding is not stale; nothing changed.'
        return
    }
    if ($PSCmdlet.ShouldProcess((Format-RdpTarget "$listener\SSLCertificateSHA1Hash"), 'Delete the stale certificate binding')) {
        Remove-ItemProperty -LiteralPath $listener -Name 'SSLCertificateSHA1Hash' -Confirm:$false
        Write-RdpStatus -Level Change -Message "Deleted $listener\SSLCertificateSHA1Hash; the listener falls back to the self-signed certificate."
    }
}
