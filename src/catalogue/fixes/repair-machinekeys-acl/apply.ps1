function Repair-RdpMachineKeysAcl {
    # Sets the folder's own DACL to the KB 278381 default and touches nothing else: no /t, no /reset, no
    # takeown, no rename, and no inheritance flags, so nothing propagates to the key files (granting
    # Everyone read/write with inheritance would expose every machine private key).
    # SYSTEM (S-1-5-18): KB 278381 lists only Administrators and Everyone, and says nothing about removing
    # other entries. An explicit SYSTEM entry is kept as it is: SYSTEM is the OS itself (and is already
    # covered by Everyone), Microsoft's own Azure repair script grants it Full Control, so removing it
    # would gain no protection and could undo a deliberate repair. It is never added when absent.
    # High-risk: PowerShell asks before the change unless -Confirm:$false is given.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    if (-not (Test-Path -LiteralPath $folder -PathType Container)) {
        throw "$folder does not exist on $env:COMPUTERNAME. Nothing was changed; restore the folder from backup instead of creating it."
    }
    # icacls specific rights for 0x12019F: RD WD AD REA WEA RA WA = 0x19F, RC = READ_CONTROL, S = SYNCHRONIZE.
    $wanted = @{
        'S-1-5-32-544' = @{ Mask = 0x1F01FF; Grant = '*S-1-5-32-544:F' }
        'S-1-1-0'      = @{ Mask = 0x12019F; Grant = '*S-1-1-0:(RD,WD,AD,REA,WEA,RA,WA,RC,S)' }
    }
    $invokeIcacls = {
        param([string]$Action, [string[]]$Arguments)
        if ($PSCmdlet.ShouldProcess($folder, $Action)) {
            $output = & icacls $folder @Arguments
            if ($LASTEXITCODE -ne 0) {
                throw "icacls $($Arguments -join ' ') failed on $folder (exit code $LASTEXITCODE): $($output -join ' '). Run rollback.ps1 from the backup folder to restore the previous ACL."
            }
            Write-RdpStatus -Level Change -Message "$Action on $folder"
        }
    }
    $acl = Get-Acl -LiteralPath $folder
    $explicit = @($acl.GetAccessRules($true, $false, [System.Security.Principal.SecurityIdentifier]))
    $inherited = @($acl.GetAccessRules($false, $true, [System.Security.Principal.SecurityIdentifier]))

    # 1. Grant first, so Administrators and Everyone keep access while the rest is cleaned up.
    foreach ($sid in $wanted.Keys) {
        $allow = @($explicit | Where-Object { $_.IdentityReference.Value -eq $sid -and $_.AccessControlType -eq 'Allow' })
        $exact = @($allow | Where-Object { [int]$_.FileSystemRights -eq $wanted[$sid].Mask -and $_.InheritanceFlags -eq 'None' -and $_.PropagationFlags -eq 'None' })
        if ($allow.Count -ne 1 -or $exact.Count -ne 1) {
            # /grant:r replaces the SID's explicit grants; without (OI)(CI) the entry applies to this folder only.
            & $invokeIcacls ('Set the default entry for {0}' -f $sid) @('/grant:r', $wanted[$sid].Grant)
        }
    }
    # 2. Deny entries are not part of the default (a deny on Everyone stops services from creating keys).
    foreach ($sid in @($explicit | Where-Object { $_.AccessControlType -ne 'Allow' } | ForEach-Object { $_.IdentityReference.Value } | Select-Object -Unique)) {
        & $invokeIcacls "Remove deny entries for $sid" @('/remove:d', "*$sid")
    }
    # 3. Explicit grants for anyone else (SYSTEM excepted, see above).
    $keep = @('S-1-5-32-544', 'S-1-1-0', 'S-1-5-18')
    foreach ($sid in @($explicit | Where-Object { $_.AccessControlType -eq 'Allow' -and $keep -notcontains $_.IdentityReference.Value } | ForEach-Object { $_.IdentityReference.Value } | Select-Object -Unique)) {
        & $invokeIcacls "Remove extra entries for $sid" @('/remove:g', "*$sid")
    }
    # 4. Stop inheriting from ProgramData and drop the inherited entries (the default inherits nothing).
    if (-not $acl.AreAccessRulesProtected -or $inherited.Count -gt 0) {
        & $invokeIcacls 'Disable inheritance and remove inherited entries' @('/inheritance:r')
    }
}
