function Repair-RdpFirewallRule {
    # Enables only the User Mode rules the diagnosis listed (RulesToEnable), by Name: never the whole Remote
    # Desktop group, which also holds the shadowing rule, and never while Group Policy decides (see Get-).
    # Enabling a rule open to any address, or on Public networks, is High impact: PowerShell asks first unless
    # -Confirm:$false is given, and the question names the computer, the Profile and the RemoteAddress.
    # RdpPort is declared because the runner passes every parameter of the fix to both functions.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][ValidateRange(1, 65535)][int]$RdpPort)
    $finding = Get-RdpFirewallRuleFinding -RdpPort $RdpPort
    # A script block with its own ConfirmImpact High (the contract allows one function per file).
    $enableWide = {
        [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
        param([Parameter(Mandatory)][string]$Target, [Parameter(Mandatory)][string]$Name)
        if ($PSCmdlet.ShouldProcess($Target, 'Enable firewall rule: RDP becomes reachable from any address or on Public networks')) {
            Enable-NetFirewallRule -Name $Name -Confirm:$false
            Write-RdpStatus -Level Change -Message "Enabled firewall rule $Name on $env:COMPUTERNAME."
        }
    }
    foreach ($entry in @($finding.RulesToEnable)) {
        $target = "$env:COMPUTERNAME`: firewall rule $($entry.Name) (Profile $($entry.Profile), RemoteAddress $(@($entry.RemoteAddress) -join ', '))"
        $wide = (@($entry.RemoteAddress) -contains 'Any') -or ($entry.Profile -match 'Any|Public')
        if ($wide) { & $enableWide -Target $target -Name $entry.Name; continue }
        if ($PSCmdlet.ShouldProcess($target, 'Enable firewall rule')) {
            Enable-NetFirewallRule -Name $entry.Name -Confirm:$false
            Write-RdpStatus -Level Change -Message "Enabled firewall rule $($entry.Name) on $env:COMPUTERNAME."
        }
    }
}
