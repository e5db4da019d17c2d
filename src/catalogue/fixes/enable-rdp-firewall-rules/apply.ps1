function Repair-RdpFirewallRule {
    # Enables only the two User Mode rules, by Name: never the whole Remote Desktop group, which also
    # holds the shadowing rule. PortNumber and rule ports are reported by diagnose, never changed here;
    # RdpPort is declared because the runner passes every parameter of the fix to both functions.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][ValidateRange(1, 65535)][int]$RdpPort)
    foreach ($ruleName in @('RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP')) {
        $rule = Get-NetFirewallRule -Name $ruleName -ErrorAction SilentlyContinue
        if ($null -eq $rule -or "$($rule.Enabled)" -eq 'True') { continue }
        if ($PSCmdlet.ShouldProcess($ruleName, 'Enable firewall rule')) {
            Enable-NetFirewallRule -Name $ruleName
            Write-RdpStatus -Level Change -Message "Enabled firewall rule $ruleName."
        }
    }
}
