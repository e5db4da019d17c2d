function Get-RdpDomainSecureChannelFinding {
    # Read-only. With NLA, a domain account is checked before the session starts, so the host must reach a
    # domain controller over a healthy secure channel (Microsoft, "Troubleshoot authentication errors when you
    # use RDP to connect to Azure VM"). Reports: whether NLA is required (a policy value overrides RDP-Tcp),
    # domain membership (Win32_ComputerSystem), whether DNS returns the domain's DC locator SRV record
    # _ldap._tcp.dc._msdcs.<domain> (MS-ADTS 6.3.6.1), Test-ComputerSecureChannel (Windows PowerShell 5.1 only),
    # and the Microsoft Entra join state from dsregcmd /status (its documented field names, never its wording).
    # Repairing the channel needs domain credentials: the command is printed, never run, and no credential is
    # asked for or stored. Nothing here changes the computer, so it never reports NeedsFix.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $evidence = [ordered]@{}
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $nla = Get-RdpRegistryValue -Path $policy -Name 'UserAuthentication'
    $nlaSource = 'policy'
    if ($null -eq $nla) { $nla = Get-RdpRegistryValue -Path $listener -Name 'UserAuthentication'; $nlaSource = 'listener' }
    if ($null -eq $nla) { $nlaSource = 'default' }
    $evidence['nla.required'] = $(if ($null -eq $nla) { 'not-set' } else { [string][int]$nla })
    $evidence['nla.source'] = $nlaSource
    if ($nla -eq 0) { $findings.Add("NLA is not required ($nlaSource value 0): domain controller problems do not block the connection before sign-in.") }
    else { $findings.Add("NLA is required or left at the Windows default ($nlaSource): a domain account is checked against a domain controller before the session starts.") }

    $computer = Get-CimInstance -ClassName 'Win32_ComputerSystem'
    $joined = [bool]$computer.PartOfDomain
    $evidence['domain.joined'] = $joined
    $problem = $false
    # A check never sets NeedsFix, so it states its decision: proven only by a missing DC record or a channel
    # Test-ComputerSecureChannel calls broken; ruled out only off the domain or with both healthy; unknown when
    # the channel could not be tested (PowerShell 7, or the test itself failed).
    $decision = 'unknown'
    $decidedBy = 'domain.secure-channel'
    if (-not $joined) {
        $findings.Add('This computer is not joined to an Active Directory domain: NLA checks local or Microsoft Entra accounts here, so an unreachable domain controller is not the cause.')
        $evidence['domain.dc-srv-records'] = 'not-checked'
        $evidence['domain.secure-channel'] = 'not-checked'
        $decision = 'ruled-out'
        $decidedBy = 'domain.joined'
    }
    else {
        $domain = [string]$computer.Domain
        $findings.Add("Domain member of $domain.")
        $records = @(Resolve-DnsName -Name "_ldap._tcp.dc._msdcs.$domain" -Type SRV -DnsOnly -ErrorAction SilentlyContinue | Where-Object { $_.NameTarget })
        $evidence['domain.dc-srv-records'] = $records.Count
        if ($records.Count -eq 0) {
            $problem = $true
            $findings.Add("DNS returns no _ldap._tcp.dc._msdcs.$domain SRV record: this computer cannot locate a domain controller. Check its DNS servers. -> nla-domain-controller-unreachable")
            $decision = 'proven'
            $decidedBy = 'domain.dc-srv-records'
        }
        else { $findings.Add("DNS names $($records.Count) domain controller(s): $((@($records | ForEach-Object { $_.NameTarget }) | Select-Object -First 3) -join ', ').") }
        if (Get-Command -Name 'Test-ComputerSecureChannel' -ErrorAction SilentlyContinue) {
            try {
                $healthy = Test-ComputerSecureChannel -ErrorAction Stop
                $evidence['domain.secure-channel'] = $(if ($healthy) { 'ok' } else { 'broken' })
                if ($healthy) {
                    $findings.Add("The secure channel to $domain is healthy.")
                    if ($decision -ne 'proven') { $decision = 'ruled-out' }
                }
                else {
                    $problem = $true
                    $decision = 'proven'
                    $decidedBy = 'domain.secure-channel'
                    $findings.Add("The secure channel to $domain is broken (Test-ComputerSecureChannel returned False). Repair it in an elevated Windows PowerShell 5.1 with an account allowed to reset this computer account: Test-ComputerSecureChannel -Repair -Credential (Get-Credential). This script does not ask for or store credentials. -> nla-domain-controller-unreachable")
                }
            }
            catch {
                $problem = $true
                $evidence['domain.secure-channel'] = 'error'
                $findings.Add("The secure channel to $domain could not be verified: $($_.Exception.Message) -> nla-domain-controller-unreachable")
            }
        }
        else {
            $evidence['domain.secure-channel'] = 'not-checked'
            $findings.Add('Test-ComputerSecureChannel exists only in Windows PowerShell 5.1: run this check in powershell.exe to test the secure channel.')
        }
    }

    # dsregcmd field names (AzureAdJoined, DomainJoined) are documented identifiers; a line that is missing is
    # reported as "not read", never guessed.
    $entra = 'not-read'
    $dsreg = Get-Command -Name 'dsregcmd' -ErrorAction SilentlyContinue
    if ($null -ne $dsreg) {
        $line = @(& dsregcmd /status) | Where-Object { $_ -match '^\s*AzureAdJoined\s*:\s*(YES|NO)\s*$' } | Select-Object -First 1
        if ($line) { $entra = $(if ($line -match 'YES') { 'yes' } else { 'no' }) }
    }
    $evidence['entra.joined'] = $entra
    if ($entra -eq 'yes') {
        $findings.Add('This computer is Microsoft Entra joined: connect by its name (not its IP address) with "Use a web account to sign in to the remote computer", and sign in as user@domain. -> entra-joined-host')
    }
    $evidence['domain.problem'] = $problem
    [pscustomobject]@{ NeedsFix = $false; Cause = 'nla-domain-controller-unreachable'; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $decision; DecidedBy = $decidedBy }
}
