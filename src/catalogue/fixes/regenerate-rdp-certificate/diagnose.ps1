function Get-RdpSelfSignedCertificateFinding {
    # Read-only. Checks the certificates in the "Remote Desktop" store, the one the RDP-Tcp listener
    # is bound to, and the events Windows logs when it cannot create or renew the self-signed one.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
    if ($setting.SSLCertificateSHA1HashType -eq 3) {
        $findings.Add('The listener uses a custom certificate (SSLCertificateSHA1HashType 3); this fix only handles the self-signed one.')
        return [pscustomobject]@{ NeedsFix = $false; Cause = 'self-signed-certificate'; Findings = $findings.ToArray() }
    }
    $now = Get-Date
    $certificates = @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop')
    if ($certificates.Count -eq 0) {
        $needsFix = $true
        $findings.Add('The Remote Desktop certificate store is empty: no self-signed certificate exists.')
    }
    foreach ($certificate in $certificates) {
        if ($certificate.NotAfter -lt $now) {
            $needsFix = $true
            $findings.Add("Certificate $($certificate.Thumbprint) expired on $($certificate.NotAfter.ToString('u')).")
        }
        if (-not $certificate.HasPrivateKey) {
            $needsFix = $true
            $findings.Add("Certificate $($certificate.Thumbprint) has no usable private key.")
        }
    }
    $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
    if ($bound -and @($certificates | Where-Object { $_.Thumbprint -eq $bound }).Count -eq 0) {
        $needsFix = $true
        $findings.Add("The listener is bound to $bound, which is not in the Remote Desktop store.")
    }
    $since = $now.AddDays(-7)
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Id = 1057, 1058; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
    $events += @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36870; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        $findings.Add("Event $($logged.Id) at $($logged.TimeCreated.ToString('u')): the certificate or its private key could not be created or read.")
    }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'self-signed-certificate'; Findings = $findings.ToArray() }
}
