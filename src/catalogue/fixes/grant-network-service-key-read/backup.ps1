function Backup-RdpCertificateKeyAccess {
    # Saves the ACL of the private key file of the certificate bound to the listener (the only one the repair
    # may change: a -CertificateThumbprint naming any other certificate changes nothing) in icacls' restorable
    # /save format, plus the DACL as SDDL so rollback restores only what differs. Read-only.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
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

    # Only the key file of the certificate the diagnosis works on (the one bound to the listener): opening every
    # certificate's key would touch HSM/TPM keys that have nothing to do with RDP, and one unreadable key file
    # of another certificate would stop the whole run.
    $records = [System.Collections.Generic.List[object]]::new()
    $finding = Get-RdpCertificateKeyAccessFinding
    $thumbprint = $finding.Thumbprint
    $certificate = $null
    if ($thumbprint) { $certificate = @(Get-ChildItem -Path 'Cert:\LocalMachine\My' | Where-Object { $_.Thumbprint -eq $thumbprint }) | Select-Object -First 1 }
    $keyFile = $null
    if ($null -ne $certificate) { $keyFile = & $findKeyFile $certificate }
    if ($keyFile) {
        $aclFile = "$thumbprint.acl"
        $output = & icacls $keyFile /save (Join-Path -Path $Path -ChildPath $aclFile)
        if ($LASTEXITCODE -ne 0) { throw "icacls /save failed for $keyFile on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' '). Nothing was changed." }
        $dacl = (Get-Acl -LiteralPath $keyFile).GetSecurityDescriptorSddlForm('Access')
        $records.Add([pscustomobject]@{ Thumbprint = $thumbprint; KeyFile = $keyFile; AclFile = $aclFile; Dacl = $dacl })
    }
    ConvertTo-Json -InputObject @($records.ToArray()) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'key-acls.json') -Encoding UTF8
}
