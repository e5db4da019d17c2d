function Get-RdpCredSspOracleFinding {
    # Read-only. Reads the "Encryption Oracle Remediation" policy value (AllowEncryptionOracle:
    # 0 Force Updated Clients, 1 Mitigated, 2 Vulnerable) and compares it with the chosen level.
    [CmdletBinding()]
    param([Parameter(Mandatory)][ValidateSet('ForceUpdatedClients', 'Mitigated', 'Vulnerable')][string]$OracleLevel)
    $key = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters'
    # A hashtable, not an array index: its keys match case-insensitively, like ValidateSet.
    $codes = @{ ForceUpdatedClients = 0; Mitigated = 1; Vulnerable = 2 }
    $names = @{ 0 = 'Force Updated Clients (0)'; 1 = 'Mitigated (1)'; 2 = 'Vulnerable (2)' }
    $wanted = $codes[$OracleLevel]
    $findings = [System.Collections.Generic.List[string]]::new()
    $findings.Add('The real fix is to install the CVE-2018-0886 CredSSP updates on both the client and the host; this policy only decides whether an unpatched peer is accepted.')
    $current = Get-RdpRegistryValue -Path $key -Name 'AllowEncryptionOracle'
    $needsFix = $false
    if ($null -eq $current) {
        $findings.Add('AllowEncryptionOracle is not set: the built-in default applies (Mitigated on a system with the May 2018 or later updates).')
        # Writing 1 over the built-in default would change nothing, so only another level needs a write.
        $needsFix = ($wanted -ne 1)
    }
    else {
        $findings.Add("AllowEncryptionOracle is $($names[[int]$current]) in $key.")
        $needsFix = ($current -ne $wanted)
    }
    if ($current -eq 2) {
        $findings.Add('Vulnerable is insecure: it lets this computer use unpatched CredSSP. Set Mitigated again as soon as both ends are patched.')
    }
    if ($needsFix) {
        $findings.Add("It will be set to $($names[$wanted]). If a domain GPO sets Encryption Oracle Remediation, change the GPO instead: it rewrites this value at the next refresh.")
    }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'credssp-oracle-mismatch'; Findings = $findings.ToArray() }
}
