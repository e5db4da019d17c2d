function Repair-RdpSelfSignedCertificate {
    # Deletes only the certificates Get-RdpSelfSignedCertificateFinding found broken (expired, key-less or
    # orphaned), matched as objects by thumbprint: never a path built from a string, which would target the
    # store itself when it is empty. The runner then restarts SessionEnv, which creates a new self-signed
    # certificate. Does nothing unless the listener is on the self-signed certificate (type 1).
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $finding = Get-RdpSelfSignedCertificateFinding
    if (-not $finding.NeedsFix) {
        Write-RdpStatus -Level Ok -Message "No broken self-signed certificate on $env:COMPUTERNAME; nothing changed."
        return
    }
    $store = 'Cert:\LocalMachine\Remote Desktop'
    $broken = @($finding.Broken)
    if ($broken.Count -gt 0 -and (Test-Path -LiteralPath $store)) {
        foreach ($certificate in @(Get-ChildItem -Path $store | Where-Object { $broken -contains $_.Thumbprint })) {
            $thumbprint = $certificate.Thumbprint
            if ($PSCmdlet.ShouldProcess("$store\$thumbprint ($($certificate.Subject)) on $env:COMPUTERNAME", 'Delete certificate')) {
                Get-ChildItem -Path $store | Where-Object { $_.Thumbprint -eq $thumbprint } | Remove-Item -Confirm:$false
                Write-RdpStatus -Level Change -Message "Deleted certificate $thumbprint from the Remote Desktop store."
            }
        }
    }
    else {
        Write-RdpStatus -Message 'No broken certificate to delete; restarting SessionEnv creates a missing one.'
    }
}
