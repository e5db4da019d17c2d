function Repair-RdpCredSspOracle {
    # Writes the chosen AllowEncryptionOracle level. Vulnerable is an insecure, temporary workaround for
    # an updated client that must reach an unpatched host; it is announced loudly and must be rolled back.
    # High-risk: PowerShell asks before the change unless -Confirm:$false is given.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([Parameter(Mandatory)][ValidateSet('ForceUpdatedClients', 'Mitigated', 'Vulnerable')][string]$OracleLevel)
    $key = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters'
    $codes = @{ ForceUpdatedClients = 0; Mitigated = 1; Vulnerable = 2 }
    $wanted = $codes[$OracleLevel]
    $current = Get-RdpRegistryValue -Path $key -Name 'AllowEncryptionOracle'
    if ($null -eq $current -and $wanted -eq 1) {
        Write-RdpStatus -Level Ok -Message 'AllowEncryptionOracle is not set, so the built-in default (Mitigated) already applies.'
        return
    }
    if ($wanted -eq 2) {
        Write-Warning 'INSECURE, TEMPORARY: Vulnerable lets this computer use unpatched CredSSP (CVE-2018-0886). Patch both ends, then run the rollback.ps1 of this run or set Mitigated again.'
    }
    Set-RdpRegistryValue -Path $key -Name 'AllowEncryptionOracle' -Value $wanted -Type 'DWord'
}
