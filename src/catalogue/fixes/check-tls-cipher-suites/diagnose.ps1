function Get-RdpCipherSuiteFinding {
    # Read-only. The SSL Cipher Suite Order policy (Computer Configuration > Administrative Templates > Network >
    # SSL Configuration Settings) writes a comma-separated list to Policies\Microsoft\Cryptography\Configuration\
    # SSL\00010002, value Functions; Microsoft's "An internal error has occurred" article names it as a cause
    # (and the local list under Control\Cryptography\Configuration\Local\SSL\00010002). A hardened list can
    # leave no suite both ends share, which is different from a disabled TLS version. Our reading, labelled as
    # such: TLS 1.2 suite names contain "_WITH_" (TLS 1.3 names do not), and an RSA certificate (the self-signed
    # RDP certificate's key is in the RSA MachineKeys folder) needs a suite with "_RSA_". Never changes the list.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $evidence = [ordered]@{}
    $policyKey = 'HKLM:\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002'
    $localKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\Cryptography\Configuration\Local\SSL\00010002'
    $problem = $false
    $decidedBy = 'schannel.36874.count'
    $policy = Get-RdpRegistryValue -Path $policyKey -Name 'Functions'
    if ($null -eq $policy -or "$policy".Trim() -eq '') {
        $evidence['tls.cipher-suites.policy'] = 'not-set'
        $findings.Add('The SSL Cipher Suite Order policy is not set: Windows uses its default cipher suite order.')
    }
    else {
        $suites = @("$policy".Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ })
        $tls12Rsa = @($suites | Where-Object { $_ -like '*_WITH_*' -and $_ -like '*_RSA_*' })
        $evidence['tls.cipher-suites.policy'] = 'set'
        $evidence['tls.cipher-suites.policy-count'] = $suites.Count
        $evidence['tls.cipher-suites.policy-tls12-rsa-count'] = $tls12Rsa.Count
        $findings.Add("The SSL Cipher Suite Order policy is set ($policyKey, Functions) with $($suites.Count) suite(s): $(($suites | Select-Object -First 6) -join ', ').")
        if ($tls12Rsa.Count -eq 0) {
            $problem = $true
            $decidedBy = 'tls.cipher-suites.policy-tls12-rsa-count'
            $findings.Add('None of them is a TLS 1.2 suite for an RSA certificate (a name with _WITH_ and _RSA_), so a listener with an RSA certificate and a client on TLS 1.2 share no suite. Change the policy in the GPO that sets it: set it to Not configured (Microsoft''s internal-error article) or add TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. This script does not change it. -> cipher-suite-mismatch')
        }
    }
    $local = Get-RdpRegistryValue -Path $localKey -Name 'Functions'
    $evidence['tls.cipher-suites.local-count'] = $(if ($null -eq $local) { 'not-set' } else { @($local | Where-Object { $_ }).Count })
    if (Get-Command -Name 'Get-TlsCipherSuite' -ErrorAction SilentlyContinue) {
        $enabled = @(Get-TlsCipherSuite -ErrorAction SilentlyContinue)
        $evidence['tls.cipher-suites.enabled-count'] = $enabled.Count
        $findings.Add("Get-TlsCipherSuite lists $($enabled.Count) enabled suite(s).")
    }
    else { $evidence['tls.cipher-suites.enabled-count'] = 'not-available' }
    $since = (Get-Date).AddDays(-7)
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36874; StartTime = $since } -MaxEvents 20 -ErrorAction SilentlyContinue)
    $evidence['schannel.36874.count'] = $events.Count
    if ($events.Count -gt 0) {
        $problem = $true
        $findings.Add("Schannel logged event 36874 $($events.Count) time(s) in 7 days, last at $($events[0].TimeCreated.ToString('u')): a client offered no cipher suite this computer accepts. -> cipher-suite-mismatch")
    }
    $evidence['tls.cipher-suites.problem'] = $problem
    # A check never sets NeedsFix, so it states its decision. A policy list without an RSA suite, or Schannel's
    # own "no cipher suite in common" event, proves the cause. Without either it is ruled out only when no policy
    # narrows the Windows default list; a policy list can still miss what one client offers, and Schannel event
    # logging can be turned off (SCHANNEL\EventLogging 0), so then it stays unknown.
    $decision = 'unknown'
    if ($problem) { $decision = 'proven' }
    elseif ($evidence['tls.cipher-suites.policy'] -eq 'not-set') { $decision = 'ruled-out'; $decidedBy = 'tls.cipher-suites.policy' }
    [pscustomobject]@{ NeedsFix = $false; Cause = 'cipher-suite-mismatch'; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $decision; DecidedBy = $decidedBy }
}
