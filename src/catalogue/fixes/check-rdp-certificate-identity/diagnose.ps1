function Get-RdpCertificateIdentityFinding {
    # Read-only. What the client's "identity of the remote computer cannot be verified" warning is about, seen
    # from the host: the certificate the listener is bound to (Win32_TSGeneralSetting), the name it is issued to,
    # whether it is self-signed (binding type 1) and in date, and which names clients can use without a name
    # mismatch. Microsoft: the warnings come from "an incorrect certificate" on the listener (KB 2000960,
    # https://learn.microsoft.com/troubleshoot/windows-server/remote/error-when-connecting-terminal-server).
    # Trust is the client's business: this check never installs or changes a certificate, and never makes a
    # client trust one. The computer's DNS name is read from the Tcpip parameters (Hostname, Domain), so a domain
    # member's FQDN counts as a match.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $cause = 'certificate-untrusted-or-expired'
    $tcpip = 'HKLM:\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters'
    $hostName = Get-RdpRegistryValue -Path $tcpip -Name 'Hostname'
    $domain = Get-RdpRegistryValue -Path $tcpip -Name 'Domain'
    $fqdn = ''
    if ($hostName -and $domain) { $fqdn = "$hostName.$domain" }
    $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
    $type = [int]$setting.SSLCertificateSHA1HashType
    $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
    $evidence = [ordered]@{
        'computer.name'              = $env:COMPUTERNAME
        'computer.fqdn'              = $fqdn
        'certificate.binding.type'   = $type
        'certificate.bound.thumbprint' = $bound
    }
    # A check never sets NeedsFix, so every result states its decision on the cause it reports, and the finding
    # that decides it.
    $result = { param([string]$Cause, [string]$Decision, [string]$DecidedBy) [pscustomobject]@{ NeedsFix = $false; Cause = $Cause; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $Decision; DecidedBy = $DecidedBy } }
    $certificate = $null
    foreach ($storeName in @('Remote Desktop', 'My')) {
        $certificate = @(Get-ChildItem -Path "Cert:\LocalMachine\$storeName" -ErrorAction SilentlyContinue | Where-Object { $_.Thumbprint -eq $bound }) | Select-Object -First 1
        if ($null -ne $certificate) { break }
    }
    if ($null -eq $certificate) {
        $evidence['certificate.found'] = $false
        $findings.Add("The listener is bound to $bound, which is in neither the Remote Desktop nor the Personal store: see the stale-binding fix.")
        return & $result 'certificate-binding-mismatch' 'proven' 'certificate.found'
    }
    $evidence['certificate.found'] = $true
    $subjectName = [regex]::Match("$($certificate.Subject)", '(?:^|,\s*)CN=([^,]+)').Groups[1].Value.Trim()
    $selfSigned = $type -eq 1
    $now = Get-Date
    $inDate = $certificate.NotBefore -le $now -and $certificate.NotAfter -gt $now
    $matchesComputer = $subjectName -eq $env:COMPUTERNAME -or ($fqdn -and $subjectName -eq $fqdn) -or $subjectName -like "$env:COMPUTERNAME.*"
    $evidence['certificate.subject'] = "$($certificate.Subject)"
    $evidence['certificate.self-signed'] = $selfSigned
    $evidence['certificate.in-date'] = $inDate
    $evidence['certificate.not-after'] = $certificate.NotAfter.ToString('u')
    $evidence['certificate.subject-matches-computer'] = [bool]$matchesComputer
    $names = @($env:COMPUTERNAME, $fqdn) | Where-Object { $_ } | Sort-Object -Unique
    $findings.Add("The listener uses certificate $bound issued to CN=$subjectName (binding type $type), valid until $($certificate.NotAfter.ToString('u')). This computer is $($names -join ' / ').")
    if (-not $inDate) {
        $findings.Add("The certificate is not valid now (valid $($certificate.NotBefore.ToString('u')) to $($certificate.NotAfter.ToString('u'))): clients warn that it expired. Check the clocks of client and host too: a wrong date makes a good certificate look expired.")
        $cause = 'certificate-untrusted-or-expired'
        if ($selfSigned) { $findings.Add('A self-signed certificate that expired is replaced by the regenerate fix.') }
        return & $result $cause 'proven' 'certificate.in-date'
    }
    if (-not $matchesComputer) {
        if ($selfSigned) {
            $cause = 'computer-renamed-certificate'
            $findings.Add("The self-signed certificate names CN=$subjectName, which does not match this computer's name ($env:COMPUTERNAME): the computer was renamed after Windows made it. The regenerate fix replaces it with one for the current name.")
        }
        else {
            $cause = 'certificate-name-mismatch'
            $findings.Add("The certificate names CN=$subjectName, not this computer ($($names -join ' / ')): clients that connect by the computer's name get a name mismatch. Connect by the name on the certificate, or bind a certificate issued to the name clients use.")
        }
        return & $result $cause 'proven' 'certificate.subject-matches-computer'
    }
    if ($selfSigned) {
        $findings.Add("The certificate is self-signed (the Windows default): clients that do not trust it warn that it is not from a trusted certifying authority, even with the right name. The cure is a certificate from a CA the clients trust (for example through the Group Policy certificate template), not trusting it by hand on every client.")
    }
    else {
        $findings.Add("The certificate is issued to this computer's name. If clients still warn, connect by exactly CN=$subjectName (not an IP address or alias), and make sure they trust its issuer ($($certificate.Issuer)).")
        $cause = 'certificate-name-mismatch'
    }
    # In date and issued to this computer: what is left (whether clients trust the issuer, which name they type)
    # is decided on the client, so the host cannot prove or rule it out.
    return & $result $cause 'unknown' 'certificate.self-signed'
}
