function Restore-RdpSelfSignedCertificate {
    # Removes the certificates created since the backup (the regenerated one) and stops there. It does NOT
    # re-import the old certificates: the listener's key container has a fixed name (MachineKeys\f686aace*),
    # so minting the new certificate most likely re-keyed it, and an old certificate put back would point to
    # a key that no longer matches it - worse than no certificate. Windows mints a fresh self-signed
    # certificate the next time SessionEnv starts. The .cer files in the backup are a record only.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Assigned before @(): Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one object.
    $json = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'certificates.json') -Raw | ConvertFrom-Json
    $savedThumbprints = @(@($json | ForEach-Object { $_ }) | ForEach-Object { $_.Thumbprint })
    $store = 'Cert:\LocalMachine\Remote Desktop'
    if (-not (Test-Path -LiteralPath $store)) { return }
    foreach ($certificate in @(Get-ChildItem -Path $store)) {
        if ($savedThumbprints -contains $certificate.Thumbprint) { continue }
        $thumbprint = $certificate.Thumbprint
        if ($PSCmdlet.ShouldProcess("$store\$thumbprint on $env:COMPUTERNAME", 'Delete certificate created after the backup')) {
            Get-ChildItem -Path $store | Where-Object { $_.Thumbprint -eq $thumbprint } | Remove-Item -Confirm:$false
            Write-RdpStatus -Level Change -Message "Deleted certificate $thumbprint (not in the backup). The old certificates are not re-imported: their key was most likely replaced. Windows creates a new self-signed certificate when SessionEnv next starts."
        }
    }
}
