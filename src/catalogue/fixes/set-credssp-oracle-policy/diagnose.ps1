function Get-RdpCredSspOracleFinding {
    # Read-only. Reads the "Encryption Oracle Remediation" policy value (AllowEncryptionOracle:
    # 0 Force Updated Clients, 1 Mitigated, 2 Vulnerable; not set = the built-in default, Mitigated) and
    # compares it with the chosen level. Never lowers on its own: a stricter level already in place (a server
    # hardened to Force Updated Clients, which blocks unpatched clients) is a decision, not a fault. Lowering
    # needs -AllowLowerSecurity Yes typed by the technician, and then a High-impact confirmation (Repair-).
    # Matrix: https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/credssp-encryption-oracle-remediation
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][ValidateSet('ForceUpdatedClients', 'Mitigated', 'Vulnerable')][string]$OracleLevel,
        [Parameter(Mandatory)][ValidateSet('No', 'Yes')][string]$AllowLowerSecurity
    )
    $key = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters'
    # A hashtable, not an array index: its keys match case-insensitively, like ValidateSet.
    $codes = @{ ForceUpdatedClients = 0; Mitigated = 1; Vulnerable = 2 }
    $names = @{ 0 = 'Force Updated Clients (0)'; 1 = 'Mitigated (1)'; 2 = 'Vulnerable (2)' }
    $wanted = $codes[$OracleLevel]
    $findings = [System.Collections.Generic.List[string]]::new()
    $findings.Add('The real fix is to install the CVE-2018-0886 CredSSP updates on both the client and the host; this policy only decides whether an unpatched peer is accepted.')
    $current = Get-RdpRegistryValue -Path $key -Name 'AllowEncryptionOracle'
    # Not set means the built-in default, Mitigated: writing 1 over it would change nothing.
    $effective = 1
    if ($null -eq $current) {
        $findings.Add('AllowEncryptionOracle is not set: the built-in default applies (Mitigated on a system with the May 2018 or later updates).')
    }
    elseif ($current -in @(0, 1, 2)) {
        $effective = [int]$current
        $findings.Add("AllowEncryptionOracle is $($names[$effective]) in $key.")
    }
    else {
        $findings.Add("AllowEncryptionOracle is $current in $key, which Windows does not document; not changed. Set 0, 1 or 2 by hand.")
        return [pscustomobject]@{ NeedsFix = $false; Cause = 'credssp-oracle-mismatch'; Findings = $findings.ToArray(); TargetLevel = $null; Lowers = $false }
    }
    if ($effective -eq 2) {
        $findings.Add('Vulnerable is insecure: it lets this computer use unpatched CredSSP. Set Mitigated again as soon as both ends are patched.')
    }
    $target = $null
    $lowers = $false
    if ($wanted -lt $effective) {
        $target = $wanted
        $findings.Add("It will be raised to $($names[$wanted]). If a domain GPO sets Encryption Oracle Remediation, change the GPO instead: it rewrites this value at the next refresh.")
    }
    elseif ($wanted -gt $effective -and $AllowLowerSecurity -eq 'Yes') {
        $target = $wanted
        $lowers = $true
        $findings.Add("It will be LOWERED to $($names[$wanted]), as you typed (-AllowLowerSecurity Yes), after a high-impact confirmation. Raise it again once both ends are patched.")
    }
    elseif ($wanted -gt $effective) {
        $findings.Add("$($names[$effective]) is stricter than the chosen $($names[$wanted]), so it is not lowered. To lower it on purpose (to let unpatched peers in), run with -OracleLevel $OracleLevel -AllowLowerSecurity Yes.")
    }
    [pscustomobject]@{ NeedsFix = ($null -ne $target); Cause = 'credssp-oracle-mismatch'; Findings = $findings.ToArray(); TargetLevel = $target; Lowers = $lowers }
}
