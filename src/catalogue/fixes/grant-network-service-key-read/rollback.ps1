function Restore-RdpCertificateKeyAccess {
    # Puts back the saved ACL of each private key file whose DACL now differs from the backup (in practice
    # the one the repair changed), with icacls /restore run on the file's folder. Files that still match
    # are left alone, so a second run changes nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Assigned first: Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one object.
    $records = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'key-acls.json') -Raw | ConvertFrom-Json
    # Only key files in the two key folders, named by a plain file name: a backup naming any other path was
    # not written by this fix, and icacls /restore would rewrite that path's ACL.
    $keyFolders = @('Microsoft\Crypto\RSA\MachineKeys', 'Microsoft\Crypto\Keys') | ForEach-Object { Join-Path -Path $env:ProgramData -ChildPath $_ }
    foreach ($record in @($records)) {
        $name = Split-Path -Path $record.KeyFile -Leaf
        if ($keyFolders -notcontains (Split-Path -Path $record.KeyFile -Parent) -or $name -notmatch '^[0-9A-Za-z_-]+$' -or $record.AclFile -notmatch '^[0-9A-Za-z_.-]+$') {
            throw "Backup file '$(Join-Path -Path $Path -ChildPath 'key-acls.json')' names '$($record.KeyFile)', which is not a private key file this fix backs up; refusing to restore from it."
        }
        if (-not (Test-Path -LiteralPath $record.KeyFile -PathType Leaf)) {
            Write-RdpStatus -Level Warn -Message "$($record.KeyFile) (certificate $($record.Thumbprint)) no longer exists; nothing to restore."
            continue
        }
        if ((Get-Acl -LiteralPath $record.KeyFile).GetSecurityDescriptorSddlForm('Access') -eq $record.Dacl) { continue }
        if ($PSCmdlet.ShouldProcess((Format-RdpTarget $record.KeyFile), 'Restore the saved ACL of the private key file')) {
            $output = & icacls (Split-Path -Path $record.KeyFile -Parent) /restore (Join-Path -Path $Path -ChildPath $record.AclFile)
            if ($LASTEXITCODE -ne 0) { throw "icacls /restore failed for $($record.KeyFile) (exit code $LASTEXITCODE): $($output -join ' ')" }
            Write-RdpStatus -Level Change -Message "Restored the ACL of $($record.KeyFile) (certificate $($record.Thumbprint))."
        }
    }
}
