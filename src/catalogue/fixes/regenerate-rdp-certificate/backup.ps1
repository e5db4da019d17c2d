function Backup-RdpSelfSignedCertificate {
    # A record of the certificates in the Remote Desktop store, each written as a Base64 .cer file from its
    # RawData (the public certificate only, for reference): no PKI cmdlet, so it works the same in Windows
    # PowerShell 5.1 and in PowerShell 7, where Export-Certificate can run through the WinPSCompat session and
    # fail to bind a live certificate. Rollback does not re-import these (see rollback.ps1). Read-only.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $store = 'Cert:\LocalMachine\Remote Desktop'
    $certificates = @()
    if (Test-Path -LiteralPath $store) { $certificates = @(Get-ChildItem -Path $store) }
    $saved = foreach ($certificate in $certificates) {
        $file = "$($certificate.Thumbprint).cer"
        $pem = "-----BEGIN CERTIFICATE-----`r`n$([Convert]::ToBase64String($certificate.RawData, 'InsertLineBreaks'))`r`n-----END CERTIFICATE-----"
        Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath $file) -Value $pem -Encoding Ascii -WhatIf:$false -Confirm:$false
        [pscustomobject]@{ Thumbprint = $certificate.Thumbprint; Subject = $certificate.Subject; NotAfter = $certificate.NotAfter.ToString('o'); File = $file }
    }
    ConvertTo-Json -InputObject @($saved) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'certificates.json') -Encoding UTF8
}
