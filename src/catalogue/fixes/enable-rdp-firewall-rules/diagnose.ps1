function Get-RdpFirewallRuleFinding {
    # Read-only. Judges the EFFECTIVE firewall policy, not only the local rules: Get-NetFirewallRule reads the
    # local PersistentStore unless -PolicyStore says otherwise, while what applies is the ActiveStore, the sum
    # of the local store and every GPO (https://learn.microsoft.com/powershell/module/netsecurity/get-netfirewallrule).
    # A GPO rule for the RDP port (often scoped to admin subnets) is reported and the local rules, open to Any,
    # are left alone; with local rule merge off (AllowLocalFirewallRules False) local rules do not apply at all.
    # Only then are the two User Mode rules checked, by Name (display names and groups are localized), with
    # their Profile and RemoteAddress. It also compares the listener's PortNumber with the expected port and
    # names the process that listens on it. A blocked port usually fails with 0x204 rather than 0x904.
    [CmdletBinding()]
    param([Parameter(Mandatory)][ValidateRange(1, 65535)][int]$RdpPort)
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    $toEnable = [System.Collections.Generic.List[object]]::new()
    # "3389", "Any" or a range such as "3000-4000" (LocalPort is a string array).
    $covers = {
        param($Ports)
        foreach ($p in @($Ports)) {
            $text = "$p"
            if ($text -eq 'Any' -or $text -eq "$RdpPort") { return $true }
            if ($text -match '^(\d+)-(\d+)$' -and [int]$Matches[1] -le $RdpPort -and $RdpPort -le [int]$Matches[2]) { return $true }
        }
        return $false
    }
    $gpoRules = @(foreach ($rule in @(Get-NetFirewallRule -PolicyStore 'ActiveStore' -TracePolicyStore -Direction 'Inbound' -Enabled 'True' -ErrorAction SilentlyContinue)) {
            if ("$($rule.PolicyStoreSourceType)" -ne 'GroupPolicy') { continue }
            $filter = @(Get-NetFirewallPortFilter -AssociatedNetFirewallRule $rule)
            if (@($filter | Where-Object { "$($_.Protocol)" -in @('TCP', '6', 'Any') -and (& $covers $_.LocalPort) }).Count -eq 0) { continue }
            $remote = @(Get-NetFirewallAddressFilter -AssociatedNetFirewallRule $rule | ForEach-Object { $_.RemoteAddress }) -join ', '
            [pscustomobject]@{ Name = $rule.Name; DisplayName = $rule.DisplayName; Gpo = $rule.PolicyStoreSource; Action = "$($rule.Action)"; Profile = "$($rule.Profile)"; RemoteAddress = $remote }
        })
    foreach ($rule in $gpoRules) {
        $findings.Add("Group Policy ($($rule.Gpo)) has an inbound $($rule.Action) rule for TCP port $($RdpPort): '$($rule.DisplayName)' ($($rule.Name)), Profile $($rule.Profile), RemoteAddress $($rule.RemoteAddress).")
    }
    $mergeOff = @(Get-NetFirewallProfile -PolicyStore 'ActiveStore' -ErrorAction SilentlyContinue | Where-Object { "$($_.AllowLocalFirewallRules)" -eq 'False' } | ForEach-Object { $_.Name })
    if (@($gpoRules | Where-Object { $_.Action -eq 'Block' }).Count -gt 0) {
        $findings.Add("Group Policy blocks TCP port $RdpPort, and a block rule wins over any allow rule: local rules cannot open it. Change the GPO. Not changed here.")
    }
    elseif ($gpoRules.Count -gt 0) {
        $findings.Add('Group Policy decides who may reach RDP here, so the local Remote Desktop rules are left as they are: enabling them (RemoteAddress Any by default) would open RDP beyond the scope the GPO sets. If a client outside that scope must connect, change the GPO.')
    }
    elseif ($mergeOff.Count -gt 0) {
        $findings.Add("Group Policy does not apply local firewall rules for the $($mergeOff -join ', ') profile(s) (AllowLocalFirewallRules False), and no GPO rule allows TCP port $($RdpPort): enabling the local rules would change nothing. Allow RDP in the GPO. Not changed here.")
    }
    foreach ($ruleName in @('RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP')) {
        $rule = Get-NetFirewallRule -Name $ruleName -ErrorAction SilentlyContinue
        if ($null -eq $rule) {
            $findings.Add("Firewall rule $ruleName does not exist on this computer; this fix does not create rules.")
            continue
        }
        $rulePorts = @(Get-NetFirewallPortFilter -AssociatedNetFirewallRule $rule | ForEach-Object { $_.LocalPort })
        $remote = @(Get-NetFirewallAddressFilter -AssociatedNetFirewallRule $rule | ForEach-Object { $_.RemoteAddress })
        $scope = "Profile $($rule.Profile), RemoteAddress $($remote -join ', ')"
        if ("$($rule.Enabled)" -eq 'True') {
            $findings.Add("Firewall rule $ruleName is enabled ($scope).")
        }
        elseif ($gpoRules.Count -gt 0 -or $mergeOff.Count -gt 0) {
            $findings.Add("Firewall rule $ruleName is disabled ($scope); left as it is (see Group Policy above).")
        }
        else {
            $needsFix = $true
            $toEnable.Add([pscustomobject]@{ Name = $ruleName; Profile = "$($rule.Profile)"; RemoteAddress = @($remote) })
            $findings.Add("Firewall rule $ruleName is disabled ($scope); it will be enabled, after a confirmation when that opens RDP to any address or on Public networks.")
        }
        if ($rulePorts -notcontains "$RdpPort" -and $rulePorts -notcontains 'Any') {
            $findings.Add("Firewall rule $ruleName allows local port $($rulePorts -join ', '), not $($RdpPort): traffic to $RdpPort needs its own rule (not changed).")
        }
    }
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $portNumber = Get-RdpRegistryValue -Path $listener -Name 'PortNumber'
    if ($null -ne $portNumber -and $portNumber -ne $RdpPort) {
        $findings.Add("The listener PortNumber is $portNumber, not $RdpPort. This fix does not change it: connect to port $portNumber, or change PortNumber on purpose and restart Remote Desktop Services.")
    }
    $termService = Get-CimInstance -ClassName 'Win32_Service' -Filter "Name='TermService'" -ErrorAction SilentlyContinue
    $ports = @($RdpPort)
    if ($null -ne $portNumber -and $portNumber -ne $RdpPort) { $ports += [int]$portNumber }
    foreach ($port in $ports) {
        $listening = @(Get-NetTCPConnection -LocalPort $port -State 'Listen' -ErrorAction SilentlyContinue)
        if ($listening.Count -eq 0) {
            $findings.Add("Nothing listens on TCP port $port.")
            continue
        }
        foreach ($owner in @($listening | Select-Object -ExpandProperty 'OwningProcess' -Unique)) {
            $process = Get-Process -Id $owner -ErrorAction SilentlyContinue
            $processName = 'unknown'
            if ($null -ne $process) { $processName = $process.ProcessName }
            if ($null -ne $termService -and $owner -eq $termService.ProcessId) {
                $findings.Add("TCP port $port is held by Remote Desktop Services (process $owner, $processName).")
            }
            else {
                $findings.Add("TCP port $port is held by process $owner ($processName), not by Remote Desktop Services: move that program to another port.")
            }
        }
    }
    $findings.Add('A port blocked by a firewall usually fails with 0x204 (connection failed) rather than 0x904; if the client shows 0x904, look at the certificate and TLS checks too.')
    # RulesToEnable: what Repair- may enable, with the scope it would open (so it changes only what was found).
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'listener-firewall-port'; Findings = $findings.ToArray(); RulesToEnable = $toEnable.ToArray() }
}
