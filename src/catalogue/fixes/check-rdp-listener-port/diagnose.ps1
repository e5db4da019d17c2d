function Get-RdpListenerPortFinding {
    # Read-only. Which TCP port the RDP-Tcp listener uses (PortNumber; 3389 when it is absent), whether anything
    # listens there and which service owns it, and whether the EFFECTIVE firewall policy (-PolicyStore ActiveStore:
    # the local rules plus every GPO's) has an enabled inbound allow rule for that port. A custom port is not a
    # fault to repair: the technician connects to host:port, as Microsoft says
    # (https://learn.microsoft.com/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer).
    # Changing PortNumber back is left to a person on purpose: it moves every client and every firewall rule and
    # takes effect only after Remote Desktop Services restarts (or, per Microsoft's port article, a reboot).
    # Owners are found by process id through Win32_Service, never by localized display names.
    [CmdletBinding()]
    param([Parameter(Mandatory)][ValidateRange(1, 65535)][int]$RdpPort)
    $listenerKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $findings = [System.Collections.Generic.List[string]]::new()
    $cause = 'rdp-custom-port'
    $portNumber = Get-RdpRegistryValue -Path $listenerKey -Name 'PortNumber'
    $port = 3389
    if ($null -ne $portNumber) { $port = [int]$portNumber }
    if ($null -eq $portNumber) { $findings.Add("PortNumber is not set in $listenerKey; the listener uses 3389, the default.") }
    elseif ($port -ne $RdpPort) {
        $findings.Add("The RDP-Tcp listener uses TCP port $port (PortNumber), not $($RdpPort). Connect to $($env:COMPUTERNAME):$port (host:port in the client), or change PortNumber on purpose by hand and restart Remote Desktop Services; this check changes nothing.")
    }
    else { $findings.Add("The RDP-Tcp listener uses TCP port $port (PortNumber), as expected.") }

    $services = @(Get-CimInstance -ClassName 'Win32_Service' -ErrorAction SilentlyContinue)
    $termPid = @($services | Where-Object { $_.Name -eq 'TermService' -and $_.State -eq 'Running' } | ForEach-Object { $_.ProcessId })
    $listening = @(Get-NetTCPConnection -LocalPort $port -State 'Listen' -ErrorAction SilentlyContinue)
    $owners = @($listening | ForEach-Object { $_.OwningProcess } | Sort-Object -Unique)
    $ownerNames = @(foreach ($owner in $owners) {
            $names = @($services | Where-Object { $_.ProcessId -eq $owner } | ForEach-Object { $_.Name })
            if ($names.Count -gt 0) { $names -join '+' }
            else { "process $owner ($(@(Get-Process -Id $owner -ErrorAction SilentlyContinue | ForEach-Object { $_.ProcessName }) -join ''))" }
        })
    $rdpListens = @($owners | Where-Object { $termPid -contains $_ }).Count -gt 0
    if ($listening.Count -eq 0) {
        $cause = 'rdp-listener-disabled'
        $findings.Add("Nothing listens on TCP port $port. Check that TermService runs and that Remote Desktop is allowed (fDenyTSConnections 0, fEnableWinStation 1): run qwinsta and look for rdp-tcp in the Listen state.")
    }
    elseif (-not $rdpListens) {
        $cause = 'listener-firewall-port'
        $findings.Add("TCP port $port is held by $($ownerNames -join ', '), not by Remote Desktop Services (TermService): the listener cannot use it. Move that program to another port, as Microsoft recommends.")
    }
    else { $findings.Add("TermService listens on TCP port $port.") }

    $covers = {
        param($Ports)
        foreach ($p in @($Ports)) {
            $text = "$p"
            if ($text -eq 'Any' -or $text -eq "$port") { return $true }
            if ($text -match '^(\d+)-(\d+)$' -and [int]$Matches[1] -le $port -and $port -le [int]$Matches[2]) { return $true }
        }
        return $false
    }
    $allowing = @(foreach ($rule in @(Get-NetFirewallRule -PolicyStore 'ActiveStore' -Direction 'Inbound' -Enabled 'True' -Action 'Allow' -ErrorAction SilentlyContinue)) {
            $filter = @(Get-NetFirewallPortFilter -AssociatedNetFirewallRule $rule)
            if (@($filter | Where-Object { "$($_.Protocol)" -in @('TCP', '6', 'Any') -and (& $covers $_.LocalPort) }).Count -gt 0) { $rule.Name }
        })
    if ($allowing.Count -gt 0) { $findings.Add("The effective firewall policy allows inbound TCP $port (rule $($allowing -join ', ')).") }
    else {
        if ($cause -eq 'rdp-custom-port' -and $port -eq $RdpPort) { $cause = 'listener-firewall-port' }
        $findings.Add("No enabled inbound allow rule in the effective firewall policy (local and Group Policy) covers TCP $($port): clients are blocked unless another firewall handles it. The built-in Remote Desktop rules cover 3389 only; a custom port needs its own rule.")
    }
    $evidence = [ordered]@{
        'listener.port'              = $port
        'listener.port.expected'     = $RdpPort
        'listener.port.is-expected'  = $port -eq $RdpPort
        'listener.listening'         = $listening.Count -gt 0
        'listener.owner.termservice' = $rdpListens
        'listener.owner'             = $ownerNames -join ', '
        'firewall.allows-port'       = $allowing.Count -gt 0
    }
    # A check: it never repairs, so NeedsFix stays false whatever it finds, and it states the decision on the
    # cause it reports, by the finding that chose it. Only a healthy listener on the expected port that the
    # firewall lets through rules the custom port out.
    $decision = 'proven'
    $decidedBy = 'listener.port.is-expected'
    if ($cause -eq 'rdp-listener-disabled') { $decidedBy = 'listener.listening' }
    elseif ($cause -eq 'listener-firewall-port' -and -not $rdpListens) { $decidedBy = 'listener.owner.termservice' }
    elseif ($cause -eq 'listener-firewall-port') { $decidedBy = 'firewall.allows-port' }
    elseif ($port -eq $RdpPort) { $decision = 'ruled-out' }
    [pscustomobject]@{ NeedsFix = $false; Cause = $cause; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $decision; DecidedBy = $decidedBy }
}
