function Restore-RdpCertificateKeyAccess {
    # Puts back the saved ACL of each private key file whose DACL now differs from the backup (in practice
    # the one the repair changed), with icacls /restore run on the file's folder. Files that still match
    # are left alone, so a second run changes nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Assigned first: Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one object.
    $records = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'key-acls.json') -Raw | ConvertFrom-Json
    foreach ($record in @($records)) {
        if (-not (Test-Path -LiteralPath $record.KeyFile -PathType Leaf)) {
            Write-RdpStatus -Level Warn -Message "$($record.KeyFile) (certificate $($record.Thumbprint)) no longer exists; nothing to restore."
            continue
        }
        if ((Get-Acl -LiteralPath $record.KeyFile).GetSecurityDescriptorSddlForm('Access') -eq $record.Dacl) { continue }
        if ($PSCmdlet.ShouldProcess($record.KeyFile, 'Restore the saved ACL of the private key file')) {
            $output = & icacls (Split-Path -Path $record.KeyFile -Parent) /restore (Join-Path -Path $Path -ChildPath $record.AclFile)
            if ($LASTEXITCODE -ne 0) { throw "icacls /restore failed for $($record.KeyFile) (exit code $LASTEXITCODE): $($output -join ' ')" }
            Write-RdpStatus -Level Change -Message "Restored the ACL of $($record.KeyFile) (certificate $($record.Thumbprint))."
        }
    }
}
