function Repair-RdpCertificateKeyAccess {
    # Grants NETWORK SERVICE (S-1-5-20) Read, and only Read, on the private key file of the certificate
    # that Get-RdpCertificateKeyAccessFinding checked, by SID so it works on every Windows language. Full
    # Control (common web advice) is more than Microsoft documents. The runner restarts TermService.
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$CertificateThumbprint = '')
    $finding = Get-RdpCertificateKeyAccessFinding -CertificateThumbprint $CertificateThumbprint
    if (-not $finding.NeedsFix) {
        Write-RdpStatus -Level Ok -Message 'NETWORK SERVICE can already read the key, or this fix does not apply; nothing changed.'
        return
    }
    # The same key file lookup as diagnose.ps1 (each file defines one function, so it is repeated here).
    $findKeyFile = {
        param($Certificate)
        $names = [System.Collections.Generic.List[string]]::new()
        try {
            $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($Certificate)
            if ($key -is [System.Security.Cryptography.RSACng]) { $names.Add($key.Key.UniqueName) }
            elseif ($key -is [System.Security.Cryptography.RSACryptoServiceProvider]) { $names.Add($key.CspKeyContainerInfo.UniqueKeyContainerName) }
        }
        catch { Write-Verbose "Could not open the private key of $($Certificate.Thumbprint) through .NET: $($_.Exception.Message)" }
        if ($names.Count -eq 0) {
            $output = & certutil -store My $Certificate.Thumbprint
            if ($LASTEXITCODE -eq 0) {
                foreach ($match in [regex]::Matches(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase')) { $names.Add($match.Value) }
            }
        }
        foreach ($name in $names) {
            foreach ($store in @('Microsoft\Crypto\RSA\MachineKeys', 'Microsoft\Crypto\Keys')) {
                $file = Join-Path -Path (Join-Path -Path $env:ProgramData -ChildPath $store) -ChildPath $name
                if (Test-Path -LiteralPath $file -PathType Leaf) { return $file }
            }
        }
        return $null
    }

    # The diagnosis above confirmed that this is the certificate bound to the listener.
    $thumbprint = $finding.Thumbprint
    $certificate = @(Get-ChildItem -Path 'Cert:\LocalMachine\My' | Where-Object { $_.Thumbprint -eq $thumbprint }) | Select-Object -First 1
    $keyFile = $null
    if ($null -ne $certificate) { $keyFile = & $findKeyFile $certificate }
    if (-not $keyFile) { throw "The private key file of certificate $thumbprint was not found on $env:COMPUTERNAME; nothing was changed. Use Manage Private Keys in the Certificates console." }
    if ($PSCmdlet.ShouldProcess((Format-RdpTarget $keyFile), 'Grant NETWORK SERVICE (S-1-5-20) Read')) {
        $output = & icacls $keyFile /grant '*S-1-5-20:(R)'
        if ($LASTEXITCODE -ne 0) { throw "icacls /grant failed on $keyFile (exit code $LASTEXITCODE): $($output -join ' '). Run rollback.ps1 from the backup folder if the ACL changed." }
        Write-RdpStatus -Level Change -Message "Granted NETWORK SERVICE (S-1-5-20) Read on $keyFile (certificate $thumbprint)."
    }
}
