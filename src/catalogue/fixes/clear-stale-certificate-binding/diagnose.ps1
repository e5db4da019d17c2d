function Get-RdpCertificateBindingFinding {
    # Read-only. The listener's custom certificate binding is the REG_BINARY value SSLCertificateSHA1Hash
    # under RDP-Tcp (Microsoft's listener-certificate article). A binding is stale when that thumbprint
    # matches no certificate in Cert:\LocalMachine\My (where a custom certificate must be) or in
    # Cert:\LocalMachine\Remote Desktop (the self-signed one).
    [CmdletBinding()]
    param()
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    $value = Get-RdpRegistryValue -Path $listener -Name 'SSLCertificateSHA1Hash'
    try {
        $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
        if ($null -ne $setting) {
            $findings.Add("Win32_TSGeneralSetting reports SSLCertificateSHA1Hash $($setting.SSLCertificateSHA1Hash), SSLCertificateSHA1HashType $($setting.SSLCertificateSHA1HashType) (3 = custom).")
        }
    }
    catch {
        $findings.Add("Win32_TSGeneralSetting could not be read ($($_.Exception.Message)); the registry value is checked directly.")
    }
    if ($null -eq $value) {
        $findings.Add('No SSLCertificateSHA1Hash value under RDP-Tcp: the listener uses the self-signed certificate, so there is no binding to clear.')
        return [pscustomobject]@{ NeedsFix = $false; Cause = 'certificate-binding-mismatch'; Findings = $findings.ToArray() }
    }
    # A function's output is enumerated, so Get-RdpRegistryValue hands a REG_BINARY value back as its bytes
    # one by one (object[]), never as [byte[]]: test the items, not the array type.
    if (@(@($value) | Where-Object { $_ -isnot [byte] }).Count -eq 0) {
        $thumbprint = (@($value) | ForEach-Object { $_.ToString('X2') }) -join ''
    }
    else {
        $thumbprint = ("$value" -replace '[^0-9A-Fa-f]', '').ToUpperInvariant()
        $findings.Add('SSLCertificateSHA1Hash is not REG_BINARY, the type Microsoft documents for it.')
    }
    if ($thumbprint.Length -ne 40) {
        $needsFix = $true
        $findings.Add("SSLCertificateSHA1Hash holds '$thumbprint', which is not a 40-digit SHA-1 thumbprint; it will be deleted so the listener falls back to the self-signed certificate.")
        return [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'certificate-binding-mismatch'; Findings = $findings.ToArray() }
    }
    # A store that does not exist holds nothing (the Remote Desktop store is absent where RDP was never used).
    $found = @(foreach ($store in @('Cert:\LocalMachine\My', 'Cert:\LocalMachine\Remote Desktop') | Where-Object { Test-Path -LiteralPath $_ }) {
            Get-ChildItem -Path $store | Where-Object { $_.Thumbprint -eq $thumbprint } | ForEach-Object { [pscustomobject]@{ Store = $store; Certificate = $_ } }
        })
    if ($found.Count -eq 0) {
        $needsFix = $true
        $findings.Add("The listener is bound to $thumbprint, which is in neither Cert:\LocalMachine\My nor Cert:\LocalMachine\Remote Desktop: the binding is stale. Deleting the value makes the listener fall back to the self-signed certificate.")
    }
    foreach ($match in $found) {
        $certificate = $match.Certificate
        $findings.Add("The bound certificate $thumbprint is in $($match.Store): $($certificate.Subject), expires $($certificate.NotAfter.ToString('u')), private key: $($certificate.HasPrivateKey). The binding is not stale.")
        if ($certificate.NotAfter -lt (Get-Date)) { $findings.Add("Certificate $thumbprint has expired: renew it and bind the new thumbprint (not fixed here).") }
    }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'certificate-binding-mismatch'; Findings = $findings.ToArray() }
}
