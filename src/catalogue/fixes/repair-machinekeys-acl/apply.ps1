function Repair-RdpMachineKeysAcl {
    # Works only when Get-RdpMachineKeysAclFinding found a broken listener key container:
    # 1. each broken f686aace* container gets the measured default for this build (SYSTEM Full, NETWORK
    #    SERVICE Read, plus Administrators Read up to 14393 or NT SERVICE\SessionEnv Full from 17763) as its
    #    own protected entries; deny entries for those accounts are removed, other explicit entries stay;
    # 2. only if the folder also differs from KB 278381, the folder is set back to it. Before its inheritable
    #    entries go, every key file that inherits from the folder gets those entries copied as its own
    #    (icacls /inheritance:d). Windows propagates a folder change to the files below it, and a file that
    #    held only inherited entries would be left with an EMPTY DACL: no access for anyone, SYSTEM included
    #    (Microsoft, "Automatic Propagation of Inheritable ACEs"). That is the state `icacls /reset /t` leaves.
    # No /t, /reset, takeown or rename; the folder's owner is not touched. SYSTEM's explicit folder entry is
    # kept (Microsoft's Azure repair grants it; removing it gains nothing).
    # High-risk: PowerShell asks before each change unless -Confirm:$false is given.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    $finding = Get-RdpMachineKeysAclFinding
    if (-not $finding.NeedsFix) {
        Write-RdpStatus -Level Ok -Message "No listener key container is broken on $env:COMPUTERNAME; nothing changed."
        return
    }
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    # Returns whether the change was made (declined, or -WhatIf: $false).
    $icacls = {
        param([string]$Target, [string]$Action, [string[]]$Arguments)
        if (-not $PSCmdlet.ShouldProcess("$Target on $env:COMPUTERNAME", $Action)) { return $false }
        $output = & icacls $Target @Arguments
        if ($LASTEXITCODE -ne 0) {
            throw "icacls $($Arguments -join ' ') failed on $Target on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' '). Run rollback.ps1 from the backup folder to restore the previous ACLs."
        }
        Write-RdpStatus -Level Change -Message "$Action on $Target"
        return $true
    }

    # 1. The containers. /grant:r replaces each account's explicit grants; /inheritance:r then drops what the
    # container inherited (after /reset /t: Users read on the listener key) so it holds exactly its own entries.
    $grants = @('*S-1-5-18:F', '*S-1-5-20:R')
    $third = 'no third entry (build unknown)'
    if ($finding.Build -ge 17763) { $grants += '*S-1-5-80-4022436659-1090538466-1613889075-870485073-3428993833:F'; $third = 'NT SERVICE\SessionEnv Full Control' }
    elseif ($finding.Build -gt 0) { $grants += '*S-1-5-32-544:R'; $third = 'Administrators Read' }
    foreach ($container in @($finding.BrokenContainers)) {
        $denied = @()
        try {
            $denied = @((Get-Acl -LiteralPath $container).GetAccessRules($true, $false, [System.Security.Principal.SecurityIdentifier]) |
                    Where-Object { $_.AccessControlType -ne 'Allow' -and @('S-1-5-18', 'S-1-5-20') -contains $_.IdentityReference.Value } | ForEach-Object { $_.IdentityReference.Value } | Select-Object -Unique)
        }
        catch { Write-Verbose "The ACL of $container cannot be read ($($_.Exception.Message)); granting replaces it." }
        foreach ($sid in $denied) { $null = & $icacls $container "Remove the deny entries for $sid from the listener key container" @('/remove:d', "*$sid") }
        if (& $icacls $container "Grant SYSTEM Full Control, NETWORK SERVICE Read and $third on the listener key container (build $($finding.Build) default)" (@('/grant:r') + $grants)) {
            $null = & $icacls $container 'Keep only the listener key container''s own entries (stop inheriting from MachineKeys)' @('/inheritance:r')
        }
    }

    if (-not $finding.FolderDeviates) { return }
    # 2a. Key files that inherit from the folder keep what they have, as their own entries. If one is
    # declined, the folder is left alone (its change would empty that file's DACL).
    $declined = $false
    foreach ($file in @(Get-ChildItem -LiteralPath $folder -File | ForEach-Object { Join-Path -Path $folder -ChildPath $_.Name })) {
        if (@($finding.BrokenContainers) -contains $file) { continue }
        try { $fileAcl = Get-Acl -LiteralPath $file } catch { continue }
        if ($fileAcl.AreAccessRulesProtected -or @($fileAcl.GetAccessRules($false, $true, [System.Security.Principal.SecurityIdentifier])).Count -eq 0) { continue }
        if (-not (& $icacls $file 'Copy the entries it inherits from MachineKeys into its own (icacls /inheritance:d), so the folder repair cannot empty its DACL' @('/inheritance:d'))) { $declined = $true }
    }
    if ($declined -and -not $WhatIfPreference) {
        Write-RdpStatus -Level Warn -Message "The MachineKeys folder on $env:COMPUTERNAME was left as it is: a key file that inherits from it was not protected first, and changing the folder would empty that file's DACL. The listener key container is repaired."
        return
    }
    # 2b. The folder, KB 278381. icacls specific rights for 0x12019F: RD WD AD REA WEA RA WA, RC, S.
    $wanted = @{
        'S-1-5-32-544' = @{ Mask = 0x1F01FF; Grant = '*S-1-5-32-544:F' }
        'S-1-1-0'      = @{ Mask = 0x12019F; Grant = '*S-1-1-0:(RD,WD,AD,REA,WEA,RA,WA,RC,S)' }
    }
    $acl = Get-Acl -LiteralPath $folder
    $explicit = @($acl.GetAccessRules($true, $false, [System.Security.Principal.SecurityIdentifier]))
    $inherited = @($acl.GetAccessRules($false, $true, [System.Security.Principal.SecurityIdentifier]))
    foreach ($sid in $wanted.Keys) {
        $allow = @($explicit | Where-Object { $_.IdentityReference.Value -eq $sid -and $_.AccessControlType -eq 'Allow' })
        $exact = @($allow | Where-Object { [int]$_.FileSystemRights -eq $wanted[$sid].Mask -and $_.InheritanceFlags -eq 'None' -and $_.PropagationFlags -eq 'None' })
        if ($allow.Count -ne 1 -or $exact.Count -ne 1) {
            # Without (OI)(CI) the entry applies to this folder only.
            $null = & $icacls $folder ('Set the default entry for {0}' -f $sid) @('/grant:r', $wanted[$sid].Grant)
        }
    }
    foreach ($sid in @($explicit | Where-Object { $_.AccessControlType -ne 'Allow' } | ForEach-Object { $_.IdentityReference.Value } | Select-Object -Unique)) {
        $null = & $icacls $folder "Remove deny entries for $sid" @('/remove:d', "*$sid")
    }
    $keep = @('S-1-5-32-544', 'S-1-1-0', 'S-1-5-18')
    foreach ($sid in @($explicit | Where-Object { $_.AccessControlType -eq 'Allow' -and $keep -notcontains $_.IdentityReference.Value } | ForEach-Object { $_.IdentityReference.Value } | Select-Object -Unique)) {
        $null = & $icacls $folder "Remove extra entries for $sid" @('/remove:g', "*$sid")
    }
    if (-not $acl.AreAccessRulesProtected -or $inherited.Count -gt 0) {
        $null = & $icacls $folder 'Disable inheritance and remove inherited entries' @('/inheritance:r')
    }
}
