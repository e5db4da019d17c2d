function Restore-RdpMachineKeysAcl {
    # Puts the folder's DACL (and owner) back exactly as saved, with icacls /restore run on the parent
    # folder as icacls requires. Does nothing when the DACL and owner already match, so a second run
    # changes nothing. The key files' DACLs are restored only when the saved folder ACL had inheritable
    # entries, the only case in which the repair can have changed them.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    $saved = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'machinekeys.json') -Raw | ConvertFrom-Json
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    # icacls /restore rewrites the ACL of whatever the backup names: only ever MachineKeys.
    if ($saved.Folder -ne $folder) {
        throw "Backup file '$(Join-Path -Path $Path -ChildPath 'machinekeys.json')' names '$($saved.Folder)', not $folder; refusing to restore from it."
    }
    $parent = Split-Path -Path $folder -Parent
    $acl = Get-Acl -LiteralPath $folder
    if ($acl.GetSecurityDescriptorSddlForm('Access') -ne $saved.Dacl) {
        $restoreFile = Join-Path -Path $Path -ChildPath 'machinekeys-folder.acl'
        $what = 'Restore the saved ACL of the folder'
        if ($saved.PropagatesToKeys -and (Test-Path -LiteralPath (Join-Path -Path $Path -ChildPath 'machinekeys-tree.acl'))) {
            $restoreFile = Join-Path -Path $Path -ChildPath 'machinekeys-tree.acl'
            $what = 'Restore the saved ACLs of the folder and its key files'
        }
        if ($PSCmdlet.ShouldProcess($folder, $what)) {
            $output = & icacls $parent /restore $restoreFile /c
            if ($LASTEXITCODE -ne 0) { Write-RdpStatus -Level Warn -Message "icacls /restore reported errors (exit code $LASTEXITCODE), for example for key files deleted since the backup: $($output -join ' ')" }
            if ((Get-Acl -LiteralPath $folder).GetSecurityDescriptorSddlForm('Access') -ne $saved.Dacl) {
                throw "The ACL of $folder still differs from the backup in $Path. Restore it by hand: icacls `"$parent`" /restore `"$restoreFile`" /c"
            }
            Write-RdpStatus -Level Change -Message "$what ($folder)."
        }
    }
    else {
        Write-RdpStatus -Level Ok -Message "The ACL of $folder already matches the backup."
    }
    $owner = $acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value
    if ($owner -ne $saved.Owner -and $PSCmdlet.ShouldProcess($folder, "Set owner back to $($saved.Owner)")) {
        $output = & icacls $folder /setowner "*$($saved.Owner)"
        if ($LASTEXITCODE -ne 0) { throw "icacls /setowner failed on $folder (exit code $LASTEXITCODE): $($output -join ' ')" }
        Write-RdpStatus -Level Change -Message "Set the owner of $folder back to $($saved.Owner)."
    }
}
