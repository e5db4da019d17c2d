function Get-RdpSessionBrokerFinding {
    # Read-only check for RDS deployments: are the Connection Broker or RD Gateway roles here, and has the
    # broker logged 2056 (logon to its database failed) or 1296 (not ready for RPC)? Microsoft's fix for
    # those, after an unsupported rename of the broker server, is manual, so this never needs a fix.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $broker = Get-Service -Name 'Tssdis' -ErrorAction SilentlyContinue
    $gateway = Get-Service -Name 'TSGateway' -ErrorAction SilentlyContinue
    if ($null -eq $broker) { $findings.Add('The RD Connection Broker service (Tssdis) is not installed here.') }
    else { $findings.Add("RD Connection Broker (Tssdis) is installed: $($broker.Status), start type $(Get-RdpServiceStartMode -Name $broker.Name).") }
    if ($null -eq $gateway) { $findings.Add('The RD Gateway service (TSGateway) is not installed here.') }
    else { $findings.Add("RD Gateway (TSGateway) is installed: $($gateway.Status), start type $(Get-RdpServiceStartMode -Name $gateway.Name).") }

    $since = (Get-Date).AddDays(-7)
    $queries = @(
        @{ LogName = 'Microsoft-Windows-TerminalServices-SessionBroker/Operational'; Id = 2056; Meaning = 'logon to the broker database failed' },
        @{ LogName = 'Microsoft-Windows-TerminalServices-SessionBroker-Client/Operational'; Id = 1296; Meaning = 'the broker is not ready for RPC communication' }
    )
    $found = 0
    foreach ($query in $queries) {
        $events = @(Get-WinEvent -FilterHashtable @{ LogName = $query.LogName; Id = $query.Id; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
        foreach ($logged in $events) {
            $found++
            $findings.Add("Event $($logged.Id) in $($query.LogName) at $($logged.TimeCreated.ToString('u')): $($query.Meaning).")
        }
    }
    if ($found -gt 0) {
        $findings.Add('Microsoft ties these events to a broker server whose name was changed, which is not supported. Its fix is manual: remove and reinstall the RD Connection Broker role and the Windows Internal Database. Plan it; this script does not do it.')
    }
    elseif ($null -ne $broker) {
        $findings.Add('No broker event 2056 or 1296 in the last 7 days.')
    }
    # A check proves nothing by itself: its cause stays unknown in the evidence (CONTRIBUTING.md, "Evidence").
    [pscustomobject]@{ NeedsFix = $false; Cause = 'gateway-broker'; Findings = $findings.ToArray(); Decision = 'unknown' }
}
