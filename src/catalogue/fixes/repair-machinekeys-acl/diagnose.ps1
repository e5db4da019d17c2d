function Get-RdpMachineKeysAclFinding {
    # Read-only. The fault is the listener's KEY CONTAINER, not the folder: Microsoft's Azure team measured a
    # MachineKeys folder hardened to SYSTEM and Administrators with RDP still working, while NETWORK SERVICE
    # losing Read on the listener's container (MachineKeys\f686aace*, the hash of its fixed container name)
    # breaks every connection (Azure repair-script-library win-fix-rdp-certificate.ps1, measured on builds
    # 9600-26100). Measured container default: SYSTEM Full, NETWORK SERVICE Read, and Administrators Read up to
    # build 14393 or NT SERVICE\SessionEnv Full from 17763. The folder is compared with KB 278381
    # (Administrators Full Control, Everyone 0x12019F, this folder only, nothing inherited) and repaired only
    # alongside a broken container. A missing container is not a fault: Windows creates one.
    [CmdletBinding()]
    param()
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    $wanted = @{ 'S-1-5-32-544' = 0x1F01FF; 'S-1-1-0' = 0x12019F }
    $names = @{ 'S-1-5-32-544' = 'Administrators'; 'S-1-1-0' = 'Everyone'; 'S-1-5-18' = 'SYSTEM'; 'S-1-5-20' = 'NETWORK SERVICE' }
    $sessionEnv = 'S-1-5-80-4022436659-1090538466-1613889075-870485073-3428993833'
    $findings = [System.Collections.Generic.List[string]]::new()
    $broken = [System.Collections.Generic.List[string]]::new()
    $folderDeviates = $false
    $build = 0
    $result = { [pscustomobject]@{ NeedsFix = ($broken.Count -gt 0); Cause = 'machinekeys-permissions'; Findings = $findings.ToArray(); BrokenContainers = $broken.ToArray(); FolderDeviates = $folderDeviates; Build = $build } }
    if (-not (Test-Path -LiteralPath $folder -PathType Container)) {
        $findings.Add("$folder does not exist. This script does not create it: a new folder would not get the documented permissions, and machine keys stored elsewhere would be orphaned. Restore the folder from backup.")
        return & $result
    }
    $buildText = Get-RdpRegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' -Name 'CurrentBuildNumber'
    if ("$buildText" -match '^\d+$') { $build = [int]$buildText }

    # 1. The listener key container(s). Access is summed over the entries for the exact SID, minus any deny.
    foreach ($name in @(Get-ChildItem -LiteralPath $folder -File -Filter 'f686aace*' | ForEach-Object { $_.Name })) {
        $file = Join-Path -Path $folder -ChildPath $name
        try { $rules = @((Get-Acl -LiteralPath $file).GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier])) }
        catch {
            # An empty DACL (what removing inherited entries can leave) refuses even Administrators, for reading
            # and for changing it: this script cannot repair it without taking ownership, which it never does.
            $findings.Add("Listener key container ${file}: its permissions cannot be read ($($_.Exception.Message)); most likely an empty DACL, which leaves no one able to use the key. Not changed here: run rollback.ps1 of the run that changed it, or take ownership of that one file (takeown /F `"$file`") and run this fix again.")
            continue
        }
        foreach ($need in @(@{ Sid = 'S-1-5-18'; Mask = 0x1F01FF; Text = 'Full Control' }, @{ Sid = 'S-1-5-20'; Mask = 0x120089; Text = 'Read' })) {
            $allow = 0
            $denied = $false
            foreach ($rule in @($rules | Where-Object { $_.IdentityReference.Value -eq $need.Sid })) {
                # An entry may hold generic rights; Windows maps them for files (Microsoft, "File Security and
                # Access Rights" and "Generic Access Rights"): GENERIC_ALL 0x10000000 -> 0x1F01FF, GENERIC_READ
                # 0x80000000 -> 0x120089, GENERIC_WRITE 0x40000000 -> 0x120116, GENERIC_EXECUTE 0x20000000 -> 0x1200A0.
                $rights = [int]$rule.FileSystemRights
                if ($rights -band 0x10000000) { $rights = $rights -bor 0x1F01FF }
                if ($rights -band 0x80000000) { $rights = $rights -bor 0x120089 }
                if ($rights -band 0x40000000) { $rights = $rights -bor 0x120116 }
                if ($rights -band 0x20000000) { $rights = $rights -bor 0x1200A0 }
                if ($rule.AccessControlType -eq 'Allow') { $allow = $allow -bor $rights }
                elseif (($rights -band $need.Mask) -ne 0) { $denied = $true }
            }
            if ($denied -or ($allow -band $need.Mask) -ne $need.Mask) {
                if (-not $broken.Contains($file)) { $broken.Add($file) }
                $findings.Add("Listener key container $($file): $($names[$need.Sid]) ($($need.Sid)) does not have $($need.Text)$(if ($denied) { ' (a deny entry blocks it)' }). Without it the listener cannot use its key.")
            }
        }
        if (-not $broken.Contains($file)) { $findings.Add("Listener key container $($file): SYSTEM Full Control and NETWORK SERVICE Read are in place.") }
    }
    if (@(Get-ChildItem -LiteralPath $folder -File -Filter 'f686aace*').Count -eq 0) {
        $findings.Add("No listener key container (f686aace*) in ${folder}: not a fault, Windows creates one with the next self-signed certificate.")
    }
    if ($broken.Count -gt 0) {
        $third = 'Administrators Read (build 14393 and earlier)'
        if ($build -ge 17763) { $third = "NT SERVICE\SessionEnv ($sessionEnv) Full Control (build 17763 and later)" }
        if ($build -eq 0) { $findings.Add('The Windows build number could not be read: the repair sets SYSTEM Full Control and NETWORK SERVICE Read only.') }
        else { $findings.Add("Build ${build}: the repair sets SYSTEM Full Control, NETWORK SERVICE Read and $third, the measured default.") }
    }

    # 2. The folder, against KB 278381.
    $acl = Get-Acl -LiteralPath $folder
    $findings.Add("Owner of ${folder}: $($acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value) (not changed by this fix).")
    if (-not $acl.AreAccessRulesProtected) {
        $folderDeviates = $true
        $findings.Add('The folder inherits permissions from its parent; the documented default inherits nothing.')
    }
    $rules = @($acl.GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier]))
    foreach ($rule in $rules) {
        $sid = $rule.IdentityReference.Value
        $label = $sid
        if ($names.ContainsKey($sid)) { $label = "$($names[$sid]) ($sid)" }
        $mask = '0x{0:X}' -f [int]$rule.FileSystemRights
        $scope = "inheritance $($rule.InheritanceFlags), propagation $($rule.PropagationFlags)"
        if ($rule.IsInherited) {
            $folderDeviates = $true
            $findings.Add("Inherited $($rule.AccessControlType) entry for $label, rights $mask.")
        }
        elseif ($rule.AccessControlType -ne 'Allow') {
            $folderDeviates = $true
            $findings.Add("Deny entry for $label, rights $mask (not in the documented default).")
        }
        elseif ($wanted.ContainsKey($sid)) {
            if ([int]$rule.FileSystemRights -ne $wanted[$sid] -or $rule.InheritanceFlags -ne 'None' -or $rule.PropagationFlags -ne 'None') {
                $folderDeviates = $true
                $findings.Add(('{0} has rights {1} ({2}); the default is 0x{3:X}, this folder only.' -f $label, $mask, $scope, $wanted[$sid]))
            }
        }
        elseif ($sid -eq 'S-1-5-18') {
            $findings.Add("Explicit entry for $label, rights $mask ($scope): kept.")
        }
        else {
            $folderDeviates = $true
            $findings.Add("Extra entry for $label, rights $mask ($scope): not in the documented default.")
        }
    }
    foreach ($sid in $wanted.Keys) {
        if (@($rules | Where-Object { -not $_.IsInherited -and $_.AccessControlType -eq 'Allow' -and $_.IdentityReference.Value -eq $sid }).Count -eq 0) {
            $folderDeviates = $true
            $findings.Add(('{0} ({1}) has no explicit entry; the default is 0x{2:X}, this folder only.' -f $names[$sid], $sid, $wanted[$sid]))
        }
    }
    if ($folderDeviates -and $broken.Count -eq 0) {
        $findings.Add("The folder differs from the KB 278381 default, but no listener key container is broken: not a fault on its own (RDP was measured working with a hardened folder). Nothing will be changed.")
    }
    elseif ($folderDeviates) {
        $findings.Add('The folder will be set back to the KB 278381 default together with the container, so the next key Windows creates is not shaped by the wrong folder ACL. Key files that inherit from the folder first get their inherited entries copied as their own (with the icacls option /inheritance:d), so none loses access.')
    }
    elseif ($broken.Count -eq 0) { $findings.Add("The permissions of $folder match the documented default.") }

    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Id = 1057, 1058; StartTime = (Get-Date).AddDays(-7) } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        $findings.Add("Event $($logged.Id) at $($logged.TimeCreated.ToString('u')): the self-signed RDP certificate could not be created or replaced ($($logged.Message)).")
    }
    & $result
}
