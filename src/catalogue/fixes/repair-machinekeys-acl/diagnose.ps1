function Get-RdpMachineKeysAclFinding {
    # Read-only. Compares the permissions of the CryptoAPI machine key folder with the defaults of
    # KB 278381: Administrators (S-1-5-32-544) Full Control and Everyone (S-1-1-0) the special rights
    # 0x12019F (read/write data, attributes and extended attributes, read permissions, synchronize),
    # both "this folder only", nothing inherited. Explicit SYSTEM (S-1-5-18) entries are kept: see apply.ps1.
    [CmdletBinding()]
    param()
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    $wanted = @{ 'S-1-5-32-544' = 0x1F01FF; 'S-1-1-0' = 0x12019F }
    $names = @{ 'S-1-5-32-544' = 'Administrators'; 'S-1-1-0' = 'Everyone'; 'S-1-5-18' = 'SYSTEM' }
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    if (-not (Test-Path -LiteralPath $folder -PathType Container)) {
        $findings.Add("$folder does not exist. This script does not create it: a new folder would not get the documented permissions, and machine keys stored elsewhere would be orphaned. Restore the folder from backup.")
        return [pscustomobject]@{ NeedsFix = $false; Cause = 'machinekeys-permissions'; Findings = $findings.ToArray() }
    }
    $acl = Get-Acl -LiteralPath $folder
    $findings.Add("Owner of ${folder}: $($acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value) (not changed by this fix).")
    if (-not $acl.AreAccessRulesProtected) {
        $needsFix = $true
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
            $needsFix = $true
            $findings.Add("Inherited $($rule.AccessControlType) entry for $label, rights $mask (will be removed).")
        }
        elseif ($rule.AccessControlType -ne 'Allow') {
            $needsFix = $true
            $findings.Add("Deny entry for $label, rights $mask (not in the documented default; will be removed).")
        }
        elseif ($wanted.ContainsKey($sid)) {
            if ([int]$rule.FileSystemRights -ne $wanted[$sid] -or $rule.InheritanceFlags -ne 'None' -or $rule.PropagationFlags -ne 'None') {
                $needsFix = $true
                $findings.Add(('{0} has rights {1} ({2}); the default is 0x{3:X}, this folder only.' -f $label, $mask, $scope, $wanted[$sid]))
            }
        }
        elseif ($sid -eq 'S-1-5-18') {
            $findings.Add("Explicit entry for $label, rights $mask ($scope): kept.")
        }
        else {
            $needsFix = $true
            $findings.Add("Extra entry for $label, rights $mask ($scope): not in the documented default; will be removed.")
        }
    }
    foreach ($sid in $wanted.Keys) {
        $present = @($rules | Where-Object { -not $_.IsInherited -and $_.AccessControlType -eq 'Allow' -and $_.IdentityReference.Value -eq $sid })
        if ($present.Count -eq 0) {
            $needsFix = $true
            $findings.Add(('{0} ({1}) has no explicit entry; the default is 0x{2:X}, this folder only.' -f $names[$sid], $sid, $wanted[$sid]))
        }
    }
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Id = 1057, 1058; StartTime = (Get-Date).AddDays(-7) } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        $findings.Add("Event $($logged.Id) at $($logged.TimeCreated.ToString('u')): the self-signed RDP certificate could not be created or replaced, which wrong MachineKeys permissions can cause.")
    }
    if (-not $needsFix) { $findings.Add("The permissions of $folder match the documented default.") }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'machinekeys-permissions'; Findings = $findings.ToArray() }
}
