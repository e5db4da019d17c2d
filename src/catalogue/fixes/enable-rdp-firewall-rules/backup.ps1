function Backup-RdpFirewallRule {
    # Saves whether each of the two rules exists and is enabled: the only thing Repair- changes.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $saved = foreach ($ruleName in @('RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP')) {
        $rule = Get-NetFirewallRule -Name $ruleName -ErrorAction SilentlyContinue
        if ($null -eq $rule) { continue }
        [pscustomobject]@{ Name = $ruleName; Enabled = ("$($rule.Enabled)" -eq 'True') }
    }
    ConvertTo-Json -InputObject @($saved) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'firewall-rules.json') -Encoding UTF8
}
