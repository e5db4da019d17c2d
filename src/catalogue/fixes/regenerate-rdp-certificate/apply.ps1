function Repair-RdpSelfSignedCertificate {
    # Deletes only the certificates that cannot work (expired, or without a private key), matched as
    # objects by thumbprint: never a path built from a string, which would target the store itself when
    # it is empty. The runner then restarts SessionEnv, which creates a new self-signed certificate.
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $now = Get-Date
    $broken = @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop' | Where-Object { $_.NotAfter -lt $now -or -not $_.HasPrivateKey })
    foreach ($certificate in $broken) {
        $thumbprint = $certificate.Thumbprint
        if ($PSCmdlet.ShouldProcess("Cert:\LocalMachine\Remote Desktop\$thumbprint ($($certificate.Subject))", 'Delete certificate')) {
            Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop' | Where-Object { $_.Thumbprint -eq $thumbprint } | Remove-Item
            Write-RdpStatus -Level Change -Message "Deleted certificate $thumbprint from the Remote Desktop store."
        }
    }
    if ($broken.Count -eq 0) {
        Write-RdpStatus -Message 'No broken certificate to delete; restarting SessionEnv creates a missing one.'
    }
}
