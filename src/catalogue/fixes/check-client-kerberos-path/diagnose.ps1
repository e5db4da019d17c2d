function Get-RdpKerberosPathFinding {
    # Read-only, on the client. Windows does not try Kerberos for a server named by an IP address and falls back
    # to NTLM (Microsoft, "Configuring Kerberos for IP addresses"), so "works by IP, fails by name" means the
    # Kerberos path is broken, and "works by name, fails by IP" on a client that restricts outgoing NTLM
    # ("Network security: Restrict NTLM: Outgoing NTLM traffic to remote servers", RestrictSendingNTLMTraffic:
    # 0 allow, 1 audit, 2 deny) means NTLM is blocked. Reports both settings and domain membership; the name
    # lookup itself needs the host's name, which this parameterless check does not take.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $evidence = [ordered]@{}
    $tryIpSpn = Get-RdpRegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\Kerberos\Parameters' -Name 'TryIPSPN'
    $evidence['kerberos.try-ip-spn'] = $(if ($null -eq $tryIpSpn) { 'not-set' } else { [string][int]$tryIpSpn })
    if ($tryIpSpn -eq 1) { $findings.Add('TryIPSPN is 1: this client tries Kerberos even for an IP address (it works only where an SPN is registered for that address).') }
    else { $findings.Add('TryIPSPN is not 1: this client uses NTLM, not Kerberos, when you connect by IP address.') }
    $ntlm = Get-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa\MSV1_0' -Name 'RestrictSendingNTLMTraffic'
    $evidence['ntlm.restrict-sending'] = $(if ($null -eq $ntlm) { 'not-set' } else { [string][int]$ntlm })
    if ($ntlm -eq 2) { $findings.Add('Outgoing NTLM traffic is denied (RestrictSendingNTLMTraffic = 2): connections by IP address, which use NTLM, fail; connect by the host''s DNS name so Kerberos is used. -> client-kerberos-name-path') }
    elseif ($ntlm -eq 1) { $findings.Add('Outgoing NTLM traffic is audited (RestrictSendingNTLMTraffic = 1), not blocked.') }
    $computer = Get-CimInstance -ClassName 'Win32_ComputerSystem'
    $evidence['domain.joined'] = [bool]$computer.PartOfDomain
    if ($computer.PartOfDomain) {
        $findings.Add("This client is a member of $($computer.Domain): by name it asks a domain controller for a Kerberos ticket for the host. If that fails while the IP address works, check that the name resolves to the right host, that only that computer account holds its TERMSRV SPN, and that both clocks agree. -> client-kerberos-name-path")
    }
    else { $findings.Add('This client is not a domain member: it cannot get a Kerberos ticket for a domain host by itself, so it authenticates with NTLM whether you use the name or the address.') }
    # Denied NTLM proves the "works by name, fails by IP" side of the cause. Nothing here can rule the Kerberos
    # side out (that needs the host's name, its SPN and both clocks), so otherwise the cause stays unknown.
    $decision = $(if ($ntlm -eq 2) { 'proven' } else { 'unknown' })
    [pscustomobject]@{ NeedsFix = $false; Cause = 'client-kerberos-name-path'; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $decision; DecidedBy = 'ntlm.restrict-sending' }
}
