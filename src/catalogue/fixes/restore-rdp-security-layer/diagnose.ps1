function Get-RdpSecurityLayerFinding {
    # Read-only. Reports the effective SecurityLayer, UserAuthentication (NLA) and MinEncryptionLevel: a
    # Group Policy value under Policies\...\Terminal Services overrides the RDP-Tcp listener value, so
    # reading the listener alone can report a false success. Values set by policy are reported ("change
    # the GPO") and never counted as something this script fixes: a local write would be overwritten.
    [CmdletBinding()]
    param([Parameter(Mandatory)][ValidateSet('Negotiate', 'TLS')][string]$SecurityLayer)
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $layerNames = @{ 0 = 'RDP (0: the server is not authenticated)'; 1 = 'Negotiate (1)'; 2 = 'TLS (2)' }
    $levelNames = @{ 1 = 'Low (1)'; 2 = 'Client Compatible (2)'; 3 = 'High (3)'; 4 = 'FIPS Compliant (4)' }
    $wanted = 1
    if ($SecurityLayer -eq 'TLS') { $wanted = 2 }
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    # TLS (2) turns every client away when the listener has no usable certificate, exactly the state many
    # hosts with this error are in; then Negotiate is the safe choice until the certificate is fixed.
    $tlsReady = $true
    if ($wanted -eq 2) {
        $tlsReady = $false
        try {
            $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
            $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
            $usable = @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop', 'Cert:\LocalMachine\My' | Where-Object { $_.Thumbprint -eq $bound -and $_.HasPrivateKey -and $_.NotAfter -gt (Get-Date) })
            $tlsReady = $usable.Count -gt 0
        }
        catch { Write-Verbose "The listener certificate could not be checked: $($_.Exception.Message)" }
    }

    $localLayer = Get-RdpRegistryValue -Path $listener -Name 'SecurityLayer'
    $policyLayer = Get-RdpRegistryValue -Path $policy -Name 'SecurityLayer'
    $localNla = Get-RdpRegistryValue -Path $listener -Name 'UserAuthentication'
    $policyNla = Get-RdpRegistryValue -Path $policy -Name 'UserAuthentication'
    $level = Get-RdpRegistryValue -Path $listener -Name 'MinEncryptionLevel'
    $levelSource = 'listener'
    $policyLevel = Get-RdpRegistryValue -Path $policy -Name 'MinEncryptionLevel'
    if ($null -ne $policyLevel) { $level = $policyLevel; $levelSource = 'Group Policy' }

    if ($null -ne $policyLayer) {
        $findings.Add("Group Policy sets SecurityLayer to $($layerNames[[int]$policyLayer]) in $policy, which overrides the listener. This script does not change it: change the GPO (Remote Desktop Session Host > Security > Require use of specific security layer for remote (RDP) connections), then run gpupdate /force.")
    }
    elseif ($localLayer -ne $wanted) {
        $current = 'missing'
        if ($null -ne $localLayer) { $current = $layerNames[[int]$localLayer] }
        if ($wanted -eq 2 -and $level -eq 1) {
            $findings.Add("The listener SecurityLayer is $current, but TLS (2) is not allowed while MinEncryptionLevel is Low (1, from the $levelSource): raise the encryption level or choose Negotiate. Not changed.")
        }
        elseif (-not $tlsReady) {
            $findings.Add("The listener SecurityLayer is $current, but TLS (2) needs a valid certificate with its private key bound to the listener, and there is none: requiring TLS now would turn every client away. Fix the certificate first, or choose Negotiate. Not changed.")
        }
        else {
            $findings.Add("The listener SecurityLayer is $current; it will be set to $SecurityLayer ($wanted).")
            $needsFix = $true
        }
    }
    else {
        $findings.Add("The listener SecurityLayer is already $($layerNames[[int]$localLayer]).")
    }

    if ($null -ne $policyNla) {
        $findings.Add("Group Policy sets UserAuthentication (Network Level Authentication) to $policyNla in $policy. This script does not change it: change the GPO (Require user authentication for remote connections by using Network Level Authentication).")
    }
    elseif ($localNla -eq 0) {
        $findings.Add('The listener does not require Network Level Authentication (UserAuthentication = 0); it will be set to 1.')
        $needsFix = $true
    }
    elseif ($null -eq $localNla) {
        $findings.Add('The listener has no UserAuthentication value; this script leaves it as it is.')
    }

    if ($null -ne $level) {
        $findings.Add("MinEncryptionLevel is $($levelNames[[int]$level]) from the $levelSource; it only applies to the native RDP security layer.")
    }
    $fips = Get-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa\FIPSAlgorithmPolicy' -Name 'Enabled'
    if ($fips -eq 1) {
        $findings.Add('FIPS mode is on (FIPSAlgorithmPolicy Enabled = 1): clients that cannot use FIPS-compliant algorithms are refused. This script does not change security policy.')
    }
    # TlsReady: whether requiring TLS would leave clients a certificate to connect with (Repair- reads it).
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'security-layer-mismatch'; Findings = $findings.ToArray(); TlsReady = $tlsReady }
}
