function Backup-RdpMachineKeysAcl {
    # Saves, in icacls' restorable /save format, only the ACLs the repair will change: the folder, each broken
    # listener key container, and (when the folder is repaired too) each key file that inherits from the
    # folder. Never a /t save of the whole tree: a bloated MachineKeys folder (tens of thousands of orphaned
    # keys) makes that, and its /restore, take very long. Also records each saved ACL as SDDL, so rollback
    # can tell what differs. Read-only.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    $finding = Get-RdpMachineKeysAclFinding
    # Windows PowerShell 5.1 (remoting in particular) turns each stderr line of a native command into an error
    # record, which under $ErrorActionPreference 'Stop' ends the step before $LASTEXITCODE is read. icacls
    # therefore runs in a child scope with 'Continue' and stderr merged: the exit code decides, the text explains.
    $native = { param([string[]]$Arguments) $ErrorActionPreference = 'Continue'; @(& icacls @Arguments 2>&1 | ForEach-Object { "$_" }) }
    $output = & $native @($folder, '/save', (Join-Path -Path $Path -ChildPath 'machinekeys-folder.acl'), '/c')
    if ($LASTEXITCODE -ne 0) { throw "icacls /save failed for $folder on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' '). Nothing was changed." }
    $files = [System.Collections.Generic.List[string]]::new()
    foreach ($container in @($finding.BrokenContainers)) { $files.Add($container) }
    if ($finding.FolderDeviates) {
        foreach ($file in @(Get-ChildItem -LiteralPath $folder -File | ForEach-Object { Join-Path -Path $folder -ChildPath $_.Name })) {
            if ($files.Contains($file)) { continue }
            try { $fileAcl = Get-Acl -LiteralPath $file } catch { continue }
            if (-not $fileAcl.AreAccessRulesProtected -and @($fileAcl.GetAccessRules($false, $true, [System.Security.Principal.SecurityIdentifier])).Count -gt 0) { $files.Add($file) }
        }
    }
    $keys = [System.Collections.Generic.List[object]]::new()
    $keyFolder = Join-Path -Path $Path -ChildPath 'keys'
    if ($files.Count -gt 0) { $null = New-Item -ItemType Directory -Path $keyFolder -WhatIf:$false -Confirm:$false }
    foreach ($file in $files) {
        $name = Split-Path -Path $file -Leaf
        $output = & $native @($file, '/save', (Join-Path -Path $keyFolder -ChildPath "$name.acl"))
        if ($LASTEXITCODE -ne 0) {
            # An empty DACL cannot be read or saved; the repair replaces it and rollback cannot put it back.
            Write-RdpStatus -Level Warn -Message "icacls /save could not read $file on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' '). Its ACL is not in the backup."
            continue
        }
        $keys.Add([pscustomobject]@{ Name = $name; Dacl = (Get-Acl -LiteralPath $file).GetSecurityDescriptorSddlForm('Access') })
    }
    $acl = Get-Acl -LiteralPath $folder
    $record = [pscustomobject]@{
        Folder = $folder
        Owner  = $acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value
        Dacl   = $acl.GetSecurityDescriptorSddlForm('Access')
        Keys   = $keys.ToArray()
    }
    ConvertTo-Json -InputObject $record -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'machinekeys.json') -Encoding UTF8
}
