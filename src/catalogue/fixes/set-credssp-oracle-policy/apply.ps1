function Repair-RdpCredSspOracle {
    # Writes the level the diagnosis decided (TargetLevel): a raise, or a lowering the technician typed with
    # -AllowLowerSecurity Yes. High-risk: PowerShell asks before the change unless -Confirm:$false is given,
    # and the question names the computer and says whether it lowers the level.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory)][ValidateSet('ForceUpdatedClients', 'Mitigated', 'Vulnerable')][string]$OracleLevel,
        [Parameter(Mandatory)][ValidateSet('No', 'Yes')][string]$AllowLowerSecurity
    )
    $key = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters'
    $finding = Get-RdpCredSspOracleFinding -OracleLevel $OracleLevel -AllowLowerSecurity $AllowLowerSecurity
    if ($null -eq $finding.TargetLevel) { return }
    $verb = 'Raise'
    if ($finding.Lowers) { $verb = 'LOWER (less secure)' }
    if ($finding.TargetLevel -eq 2) {
        Write-Warning "INSECURE, TEMPORARY: Vulnerable lets $env:COMPUTERNAME use unpatched CredSSP (CVE-2018-0886). Patch both ends, then run the rollback.ps1 of this run or set Mitigated again."
    }
    if ($PSCmdlet.ShouldProcess("$env:COMPUTERNAME`: $key\AllowEncryptionOracle", "$verb the CredSSP level to $OracleLevel ($($finding.TargetLevel))")) {
        Set-RdpRegistryValue -Path $key -Name 'AllowEncryptionOracle' -Value ([int]$finding.TargetLevel) -Type 'DWord' -Confirm:$false
    }
}
