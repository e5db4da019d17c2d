function Backup-RdpSelfSignedCertificate {
    # Saves every certificate in the Remote Desktop store as a serialized store (.sst), which keeps the
    # certificate's link to its private key; Remove-Item without -DeleteKey leaves the key file in place.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $saved = foreach ($certificate in @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop')) {
        $file = Join-Path -Path $Path -ChildPath "$($certificate.Thumbprint).sst"
        $null = Export-Certificate -Cert $certificate -FilePath $file -Type SST
        [pscustomobject]@{ Thumbprint = $certificate.Thumbprint; Subject = $certificate.Subject; NotAfter = $certificate.NotAfter.ToString('o'); File = "$($certificate.Thumbprint).sst" }
    }
    ConvertTo-Json -InputObject @($saved) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'certificates.json') -Encoding UTF8
}
