function Restore-RdpFirewallRule {
    # Puts each rule's enabled state back as saved: disables the ones that were disabled (and enables
    # any that were enabled and are now off). Rules already in their saved state are not touched.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Assigned first, then enumerated: Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one
    # object, so @(... | ConvertFrom-Json) would hold a single nested array there.
    $saved = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'firewall-rules.json') -Raw | ConvertFrom-Json
    foreach ($entry in $saved) {
        $rule = Get-NetFirewallRule -Name $entry.Name -ErrorAction SilentlyContinue
        if ($null -eq $rule) { continue }
        $enabled = "$($rule.Enabled)" -eq 'True'
        if ($enabled -and -not $entry.Enabled) {
            if ($PSCmdlet.ShouldProcess((Format-RdpTarget "firewall rule $($entry.Name)"), 'Disable firewall rule (it was disabled before)')) {
                Disable-NetFirewallRule -Name $entry.Name -Confirm:$false
                Write-RdpStatus -Level Change -Message "Disabled firewall rule $($entry.Name)."
            }
        }
        elseif ($entry.Enabled -and -not $enabled) {
            if ($PSCmdlet.ShouldProcess((Format-RdpTarget "firewall rule $($entry.Name)"), 'Enable firewall rule (it was enabled before)')) {
                Enable-NetFirewallRule -Name $entry.Name -Confirm:$false
                Write-RdpStatus -Level Change -Message "Enabled firewall rule $($entry.Name)."
            }
        }
    }
}
