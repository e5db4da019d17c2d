function Get-RdpFirewallRuleFinding {
    # Read-only. Finds the two Remote Desktop User Mode rules by Name (display names and groups are
    # localized), compares the listener's PortNumber with the expected port, and names the process that
    # listens on it. A blocked port usually fails with 0x204 rather than 0x904.
    [CmdletBinding()]
    param([Parameter(Mandatory)][ValidateRange(1, 65535)][int]$RdpPort)
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    foreach ($ruleName in @('RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP')) {
        $rule = Get-NetFirewallRule -Name $ruleName -ErrorAction SilentlyContinue
        if ($null -eq $rule) {
            $findings.Add("Firewall rule $ruleName does not exist on this computer; this fix does not create rules.")
            continue
        }
        $rulePorts = @(Get-NetFirewallPortFilter -AssociatedNetFirewallRule $rule | ForEach-Object { $_.LocalPort })
        if ("$($rule.Enabled)" -ne 'True') {
            $needsFix = $true
            $findings.Add("Firewall rule $ruleName is disabled; it will be enabled.")
        }
        else {
            $findings.Add("Firewall rule $ruleName is enabled.")
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
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'listener-firewall-port'; Findings = $findings.ToArray() }
}
