function Get-RdpReachabilityFinding {
    # Read-only, on the CLIENT. Answers "can this computer reach the host's RDP port?" in the order the failure
    # happens: the name (Resolve-DnsName), the route it takes (Find-NetRoute: which interface, so a VPN that does
    # not carry this address shows), then one TCP connection to the port with a 5-second limit. No ping: ICMP is
    # often blocked while RDP is open, and Test-NetConnection pings first. The TCP result is read from the
    # SocketErrorCode enum (ConnectionRefused, TimedOut, HostUnreachable…), never from a localized message.
    # TcpClient.Close, not Dispose: Dispose is not public on .NET Framework 4.5.2 (Windows PowerShell 5.1 on
    # Server 2012 R2). https://learn.microsoft.com/dotnet/api/system.net.sockets.tcpclient.connectasync
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][AllowEmptyString()][string]$TargetHost,
        [Parameter(Mandatory)][ValidateRange(1, 65535)][int]$RdpPort
    )
    $findings = [System.Collections.Generic.List[string]]::new()
    $evidence = [ordered]@{ 'target.host' = $TargetHost; 'tcp.port' = $RdpPort }
    # A check never sets NeedsFix, so every result states its decision on the cause it reports, and the finding
    # that decides it; a test that did not run decides nothing.
    $result = { param([string]$Cause, [string]$Decision, [string]$DecidedBy) [pscustomobject]@{ NeedsFix = $false; Cause = $Cause; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $Decision; DecidedBy = $DecidedBy } }
    # The generator's grammar again (a host name, FQDN or IPv4 address): a value typed on the command line is
    # checked as strictly as one typed in the browser.
    if (-not $TargetHost) {
        $findings.Add('No host to test: run this check with -TargetHost set to the name or address you type in the Remote Desktop client.')
        return & $result 'host-unreachable' 'unknown' 'target.host'
    }
    if ($TargetHost.Length -gt 253 -or $TargetHost -notmatch '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\z') {
        $findings.Add('The host to test is not a host name, FQDN or IPv4 address; nothing was tested.')
        return & $result 'name-resolution' 'unknown' 'target.host'
    }
    $addresses = @()
    # Dotted IPv4 only: IPAddress.TryParse also reads "1234" as an address, which is a valid host name.
    if ($TargetHost -match '^\d{1,3}(\.\d{1,3}){3}\z') {
        $addresses = @($TargetHost)
        $evidence['dns.resolved'] = $true
        $findings.Add("$TargetHost is an IP address: no name to resolve.")
    }
    else {
        $records = @(Resolve-DnsName -Name $TargetHost -ErrorAction SilentlyContinue -ErrorVariable 'dnsError')
        $addresses = @($records | Where-Object { "$($_.Type)" -in @('A', 'AAAA') } | ForEach-Object { "$($_.IPAddress)" } | Where-Object { $_ })
        $evidence['dns.resolved'] = $addresses.Count -gt 0
        $evidence['dns.addresses'] = $addresses -join ', '
        if ($addresses.Count -eq 0) {
            $reason = ''
            if ($dnsError.Count -gt 0) { $reason = " ($($dnsError[0].Exception.Message))" }
            $findings.Add("$TargetHost does not resolve to an address from this computer$reason. Check the name (typo, old name, missing DNS suffix) or try the IP address; Resolve-DnsName asks DNS, so a name only in the hosts file does not show here.")
            return & $result 'name-resolution' 'proven' 'dns.resolved'
        }
        $findings.Add("$TargetHost resolves to $($addresses -join ', '). Compare that with the address the host reports (ipconfig on the host): a stale DNS record sends you to another machine.")
    }
    # IPv4 first: it is what most RDP hosts are reached on, and one clear answer beats several slow ones.
    $address = @(@($addresses | Where-Object { $_ -notlike '*:*' }) + @($addresses | Where-Object { $_ -like '*:*' }))[0]
    $route = @(Find-NetRoute -RemoteIPAddress $address -ErrorAction SilentlyContinue | Where-Object { $_.PSObject.Properties['NextHop'] }) | Select-Object -First 1
    if ($null -ne $route) {
        $evidence['route.interface'] = "$($route.InterfaceAlias)"
        $evidence['route.next-hop'] = "$($route.NextHop)"
        $findings.Add("Traffic to $address leaves through interface '$($route.InterfaceAlias)' (next hop $($route.NextHop), route $($route.DestinationPrefix)). If you expect it to go through a VPN and this is not the VPN adapter, the VPN does not carry this address (split tunnel).")
    }
    else {
        $evidence['route.interface'] = ''
        $findings.Add("This computer has no route to $($address): connect the VPN (or the network) that reaches it.")
    }
    $evidence['tcp.address'] = $address
    $client = New-Object -TypeName 'System.Net.Sockets.TcpClient'
    $outcome = 'open'
    try {
        $connect = $client.ConnectAsync($address, $RdpPort)
        $finished = $false
        try { $finished = $connect.Wait(5000) } catch { $finished = $true }
        if (-not $finished) { $outcome = 'timeout' }
        elseif ($connect.IsFaulted) {
            $socketError = $connect.Exception.InnerException
            $outcome = 'error'
            if ($socketError -is [System.Net.Sockets.SocketException]) { $outcome = "$($socketError.SocketErrorCode)" }
        }
    }
    finally { $client.Close() }
    $evidence['tcp.result'] = $outcome
    switch ($outcome) {
        'open' {
            $findings.Add("TCP $($address):$RdpPort answered: the path and a listener are fine. If the client still fails, the problem is after the connection (certificate, NLA, credentials): see the guide for the message it shows.")
            return & $result 'host-unreachable' 'ruled-out' 'tcp.result'
        }
        'ConnectionRefused' {
            $findings.Add("TCP $($address):$RdpPort was refused: the computer is up, but nothing listens on that port or a firewall rejects it. Check the port (PortNumber, host:port), the listener and the firewall on the host.")
            return & $result 'listener-firewall-port' 'proven' 'tcp.result'
        }
        { $_ -in @('HostUnreachable', 'NetworkUnreachable') } {
            $findings.Add("TCP $($address):$RdpPort failed with $($outcome): no path to the host from here (VPN down, split tunnel, routing).")
            return & $result 'network-path' 'proven' 'tcp.result'
        }
        default {
            $findings.Add("TCP $($address):$RdpPort did not answer within 5 seconds ($outcome): the host is off or asleep, a firewall drops the traffic, or the path (VPN, routing) does not reach it. Test from a machine on the host's network to tell these apart.")
            # Nothing answering at that address is this cause as the catalogue defines it; any other socket
            # error is not, and decides nothing.
            $decision = $(if ($outcome -in @('timeout', 'TimedOut')) { 'proven' } else { 'unknown' })
            return & $result 'host-unreachable' $decision 'tcp.result'
        }
    }
}
