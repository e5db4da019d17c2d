function Restore-RdpMachineKeysAcl {
    # Puts back exactly what the backup saved, with icacls /restore run on MachineKeys as icacls requires: the
    # folder's DACL first (so what the key files inherit is right again), then each saved key file whose DACL
    # differs. Does nothing for ACLs that already match, so a second run changes nothing. Owner last.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    $saved = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'machinekeys.json') -Raw | ConvertFrom-Json
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    # icacls /restore rewrites the ACL of whatever the backup names: only ever MachineKeys and plain key file names in it.
    if ($saved.Folder -ne $folder) {
        throw "Backup file '$(Join-Path -Path $Path -ChildPath 'machinekeys.json')' names '$($saved.Folder)', not $folder; refusing to restore from it."
    }
    $restore = {
        param([string]$Target, [string]$File, [string]$Dacl, [string]$What)
        if ((Get-Acl -LiteralPath $Target).GetSecurityDescriptorSddlForm('Access') -eq $Dacl) { return }
        if (-not $PSCmdlet.ShouldProcess("$Target on $env:COMPUTERNAME", $What)) { return }
        $output = & icacls $folder /restore $File /c
        if ($LASTEXITCODE -ne 0 -or (Get-Acl -LiteralPath $Target).GetSecurityDescriptorSddlForm('Access') -ne $Dacl) {
            throw "The ACL of $Target on $env:COMPUTERNAME still differs from the backup in $Path (icacls exit code $LASTEXITCODE): $($output -join ' '). Restore it by hand: icacls `"$folder`" /restore `"$File`" /c"
        }
        Write-RdpStatus -Level Change -Message "$What ($Target)."
    }
    $parent = Split-Path -Path $folder -Parent
    if ((Get-Acl -LiteralPath $folder).GetSecurityDescriptorSddlForm('Access') -ne $saved.Dacl) {
        if ($PSCmdlet.ShouldProcess("$folder on $env:COMPUTERNAME", 'Restore the saved ACL of the folder')) {
            $folderFile = Join-Path -Path $Path -ChildPath 'machinekeys-folder.acl'
            $output = & icacls $parent /restore $folderFile /c
            if ($LASTEXITCODE -ne 0 -or (Get-Acl -LiteralPath $folder).GetSecurityDescriptorSddlForm('Access') -ne $saved.Dacl) {
                throw "The ACL of $folder on $env:COMPUTERNAME still differs from the backup in $Path (icacls exit code $LASTEXITCODE): $($output -join ' '). Restore it by hand: icacls `"$parent`" /restore `"$folderFile`" /c"
            }
            Write-RdpStatus -Level Change -Message "Restored the saved ACL of $folder."
        }
    }
    else { Write-RdpStatus -Level Ok -Message "The ACL of $folder already matches the backup." }
    $keys = @()
    if ($saved.PSObject.Properties['Keys']) { $keys = @($saved.Keys | ForEach-Object { $_ }) }
    foreach ($key in $keys) {
        if ($key.Name -notmatch '^[0-9A-Za-z_-]+$') { throw "Backup file '$(Join-Path -Path $Path -ChildPath 'machinekeys.json')' names '$($key.Name)', which is not a key file name; refusing to restore from it." }
        $target = Join-Path -Path $folder -ChildPath $key.Name
        if (-not (Test-Path -LiteralPath $target -PathType Leaf)) { Write-RdpStatus -Level Warn -Message "$target no longer exists on $env:COMPUTERNAME; nothing to restore."; continue }
        & $restore $target (Join-Path -Path (Join-Path -Path $Path -ChildPath 'keys') -ChildPath "$($key.Name).acl") $key.Dacl 'Restore the saved ACL of the key file'
    }
    $owner = (Get-Acl -LiteralPath $folder).GetOwner([System.Security.Principal.SecurityIdentifier]).Value
    if ($owner -ne $saved.Owner -and $PSCmdlet.ShouldProcess("$folder on $env:COMPUTERNAME", "Set owner back to $($saved.Owner)")) {
        $output = & icacls $folder /setowner "*$($saved.Owner)"
        if ($LASTEXITCODE -ne 0) { throw "icacls /setowner failed on $folder on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' ')" }
        Write-RdpStatus -Level Change -Message "Set the owner of $folder back to $($saved.Owner)."
    }
}
