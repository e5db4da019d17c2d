function Backup-RdpMachineKeysAcl {
    # Saves the folder's DACL in icacls' restorable /save format (a text listing cannot be restored), plus
    # owner and DACL as SDDL so rollback can tell whether anything differs. The key files' DACLs are saved
    # too (/t, read-only): if the folder had inheritable entries, removing them also removes what the key
    # files inherited from them, and rollback must put that back exactly.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    $folderFile = Join-Path -Path $Path -ChildPath 'machinekeys-folder.acl'
    $treeFile = Join-Path -Path $Path -ChildPath 'machinekeys-tree.acl'
    $output = & icacls $folder /save $folderFile /c
    if ($LASTEXITCODE -ne 0) { throw "icacls /save failed for $folder (exit code $LASTEXITCODE): $($output -join ' '). Nothing was changed." }
    $output = & icacls $folder /save $treeFile /t /c
    if ($LASTEXITCODE -ne 0) { Write-RdpStatus -Level Warn -Message "icacls /save /t could not read every key file under $folder (exit code $LASTEXITCODE); the folder's own ACL is saved." }
    $acl = Get-Acl -LiteralPath $folder
    $inheritable = @($acl.GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier]) | Where-Object { $_.InheritanceFlags -ne 'None' })
    $record = [pscustomobject]@{
        Folder           = $folder
        Owner            = $acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value
        Dacl             = $acl.GetSecurityDescriptorSddlForm('Access')
        PropagatesToKeys = (-not $acl.AreAccessRulesProtected) -or ($inheritable.Count -gt 0)
    }
    ConvertTo-Json -InputObject $record | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'machinekeys.json') -Encoding UTF8
}
