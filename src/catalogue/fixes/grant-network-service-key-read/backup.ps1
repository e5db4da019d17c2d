function Backup-RdpCertificateKeyAccess {
    # Backup gets no parameters, so it cannot know which certificate -CertificateThumbprint names: it saves
    # the ACL of the private key file of every certificate in Cert:\LocalMachine\My, each in icacls'
    # restorable /save format, plus the DACL as SDDL so rollback restores only what differs. Read-only.
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

    $records = [System.Collections.Generic.List[object]]::new()
    foreach ($certificate in @(Get-ChildItem -Path 'Cert:\LocalMachine\My' | Where-Object { $_.HasPrivateKey })) {
        $keyFile = & $findKeyFile $certificate
        if (-not $keyFile) { continue }
        $aclFile = "$($certificate.Thumbprint).acl"
        $output = & icacls $keyFile /save (Join-Path -Path $Path -ChildPath $aclFile)
        if ($LASTEXITCODE -ne 0) { throw "icacls /save failed for $keyFile (exit code $LASTEXITCODE): $($output -join ' '). Nothing was changed." }
        $dacl = (Get-Acl -LiteralPath $keyFile).GetSecurityDescriptorSddlForm('Access')
        $records.Add([pscustomobject]@{ Thumbprint = $certificate.Thumbprint; KeyFile = $keyFile; AclFile = $aclFile; Dacl = $dacl })
    }
    ConvertTo-Json -InputObject @($records.ToArray()) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'key-acls.json') -Encoding UTF8
}
