function Restore-RdpSelfSignedCertificate {
    # Puts the Remote Desktop store back as it was: re-imports the saved certificates and deletes the
    # ones created since (the regenerated certificate). Running it twice changes nothing the second time.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Assigned before @(): Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one object.
    $json = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'certificates.json') -Raw | ConvertFrom-Json
    $saved = @($json | ForEach-Object { $_ })
    $savedThumbprints = @($saved | ForEach-Object { $_.Thumbprint })
    foreach ($certificate in @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop')) {
        if ($savedThumbprints -notcontains $certificate.Thumbprint) {
            $thumbprint = $certificate.Thumbprint
            if ($PSCmdlet.ShouldProcess("Cert:\LocalMachine\Remote Desktop\$thumbprint", 'Delete certificate created after the backup')) {
                Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop' | Where-Object { $_.Thumbprint -eq $thumbprint } | Remove-Item
                Write-RdpStatus -Level Change -Message "Deleted certificate $thumbprint (not in the backup)."
            }
        }
    }
    $present = @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop' | ForEach-Object { $_.Thumbprint })
    foreach ($entry in $saved) {
        if ($present -contains $entry.Thumbprint) { continue }
        if ($PSCmdlet.ShouldProcess("Cert:\LocalMachine\Remote Desktop\$($entry.Thumbprint)", 'Re-import certificate from backup')) {
            $null = Import-Certificate -FilePath (Join-Path -Path $Path -ChildPath $entry.File) -CertStoreLocation 'Cert:\LocalMachine\Remote Desktop'
            Write-RdpStatus -Level Change -Message "Re-imported certificate $($entry.Thumbprint)."
        }
    }
}
