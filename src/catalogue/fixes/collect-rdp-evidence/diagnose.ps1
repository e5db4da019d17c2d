function Get-RdpEvidenceFinding {
    # Read-only evidence for telling the causes of 0x904 / 0x7 apart, one readable line each, naming the
    # cause it points to. A check never "needs a fix": NeedsFix is always false, and Cause is the
    # best-supported cause id (first in the order below that has evidence), or '' when none has.
    [CmdletBinding()]
    param()
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $findings = [System.Collections.Generic.List[string]]::new()
    $pointsTo = [System.Collections.Generic.List[string]]::new()
    $note = {
        param([string]$Text, [string]$Cause = '')
        if ($Cause) { $pointsTo.Add($Cause); $Text = "$Text -> $Cause" }
        $findings.Add($Text)
    }
    $since = (Get-Date).AddDays(-7)
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence").
    $evidence = [ordered]@{}

    # Services (Microsoft's general troubleshooting article: TermService, its dependent UmRdpService, SessionEnv).
    foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service) { & $note "Service $name is not installed." 'rdp-services-stopped'; continue }
        $cause = ''
        if ($service.Status -ne 'Running' -and $name -ne 'SessionEnv') { $cause = 'rdp-services-stopped' }
        & $note "Service $name ($($service.DisplayName)): $($service.Status), start type $(Get-RdpServiceStartMode -Name $name)." $cause
    }

    # Listener port, whether something listens on it, and the User Mode firewall rule (by Name, not display name).
    $port = Get-RdpRegistryValue -Path $listener -Name 'PortNumber'
    if ($null -eq $port) { $port = 3389 }
    $evidence['listener.port'] = $port
    if (Get-Command -Name 'Get-NetTCPConnection' -ErrorAction SilentlyContinue) {
        $listening = @(Get-NetTCPConnection -LocalPort $port -State Listen -ErrorAction SilentlyContinue)
        if ($listening.Count -eq 0) { & $note "Nothing listens on TCP port $port (the RDP-Tcp PortNumber)." 'listener-firewall-port' }
        else { & $note "TCP port $port is listening (process id $(@($listening | ForEach-Object { $_.OwningProcess } | Select-Object -Unique) -join ', '))." }
    }
    $rule = Get-NetFirewallRule -Name 'RemoteDesktop-UserMode-In-TCP' -ErrorAction SilentlyContinue
    $evidence['firewall.rdp.rule-enabled'] = 'absent'
    if ($null -ne $rule) { $evidence['firewall.rdp.rule-enabled'] = "$($rule.Enabled)".ToLowerInvariant() }
    if ($null -ne $rule -and "$($rule.Enabled)" -ne 'True') { & $note 'Firewall rule RemoteDesktop-UserMode-In-TCP is disabled.' 'listener-firewall-port' }

    # Effective security settings: a Group Policy value overrides the RDP-Tcp listener value.
    foreach ($name in @('SecurityLayer', 'UserAuthentication', 'MinEncryptionLevel')) {
        $value = Get-RdpRegistryValue -Path $policy -Name $name
        $source = 'Group Policy'
        if ($null -eq $value) { $value = Get-RdpRegistryValue -Path $listener -Name $name; $source = 'RDP-Tcp listener' }
        if ($null -eq $value) { & $note "$name is not set (Windows default)."; continue }
        $cause = ''
        if (($name -eq 'SecurityLayer' -and $value -eq 0) -or ($name -eq 'MinEncryptionLevel' -and $value -ge 3)) { $cause = 'security-layer-mismatch' }
        & $note "$name is $value (from the $source)." $cause
    }
    if ((Get-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa\FIPSAlgorithmPolicy' -Name 'Enabled') -eq 1) { & $note 'FIPS algorithm policy is enabled.' 'security-layer-mismatch' }
    $tlsServer = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Server'
    if ((Get-RdpRegistryValue -Path $tlsServer -Name 'Enabled') -eq 0 -or (Get-RdpRegistryValue -Path $tlsServer -Name 'DisabledByDefault') -eq 1) { & $note 'TLS 1.2 (server) is disabled in the SCHANNEL registry keys.' 'tls-protocol-mismatch' }
    $oracle = Get-RdpRegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters' -Name 'AllowEncryptionOracle'
    $evidence['credssp.allow-encryption-oracle'] = $oracle
    if ($null -ne $oracle) {
        # Only Force Updated Clients (0) refuses unpatched peers; 1 and 2 let them connect.
        $cause = ''
        if ($oracle -eq 0) { $cause = 'credssp-oracle-mismatch' }
        & $note "CredSSP AllowEncryptionOracle is $oracle (0 Force Updated Clients, 1 Mitigated, 2 Vulnerable)." $cause
    }

    # Certificates: the binding (WMI and registry) and the Remote Desktop store. SSLCertificateSHA1HashType:
    # 1 self-signed, 2 enrolled from a Group Policy certificate template (in LocalMachine\My), 3 custom
    # (Win32_TSGeneralSetting). Only with type 1 does the Remote Desktop store hold the listener's certificate.
    $hashType = 0
    try {
        $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
        if ($null -ne $setting) {
            $hashType = [int]$setting.SSLCertificateSHA1HashType
            & $note "Listener certificate $($setting.SSLCertificateSHA1Hash), SSLCertificateSHA1HashType $hashType (1 = self-signed, 2 = Group Policy template, 3 = custom)."
        }
    }
    catch { & $note "Win32_TSGeneralSetting cannot be read: $($_.Exception.Message)" 'wmi-repository' }
    $bound = Get-RdpRegistryValue -Path $listener -Name 'SSLCertificateSHA1Hash'
    # WMI unreadable: a registry binding means custom, none means the self-signed default.
    if ($hashType -eq 0) { if ($null -ne $bound) { $hashType = 3 } else { $hashType = 1 } }
    $selfSigned = $hashType -eq 1
    if ($hashType -eq 2) { & $note 'The listener uses a certificate enrolled from a Group Policy certificate template: the self-signed certificates in the Remote Desktop store are not in use, and SessionEnv renews the enrolled one from the CA.' }
    # The helper's output is enumerated: REG_BINARY comes back as its bytes (object[]), never as [byte[]].
    if ($null -ne $bound -and @(@($bound) | Where-Object { $_ -isnot [byte] }).Count -eq 0) {
        $thumbprint = (@($bound) | ForEach-Object { $_.ToString('X2') }) -join ''
        $inStores = @(foreach ($storePath in @('Cert:\LocalMachine\My', 'Cert:\LocalMachine\Remote Desktop')) { if (Test-Path -LiteralPath $storePath) { Get-ChildItem -Path $storePath | Where-Object { $_.Thumbprint -eq $thumbprint } } })
        if ($inStores.Count -eq 0) { & $note "SSLCertificateSHA1Hash names $thumbprint, which is in neither the Personal nor the Remote Desktop store." 'certificate-binding-mismatch' }
    }
    $rdStore = 'Cert:\LocalMachine\Remote Desktop'
    $certificates = @()
    if (-not (Test-Path -LiteralPath $rdStore)) { & $note 'Remote Desktop certificate store absent (normal if RDP was never used on this computer: Windows creates it with the first self-signed certificate).' }
    else {
        $certificates = @(Get-ChildItem -Path $rdStore)
        if ($certificates.Count -eq 0 -and $selfSigned) { & $note 'The Remote Desktop certificate store is empty.' 'self-signed-certificate' }
    }
    $machineKeys = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    # CryptoAPI key files are in RSA\MachineKeys, CNG key files in Crypto\Keys (Microsoft, "Key Storage and Retrieval").
    $keyFolders = @($machineKeys, (Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\Keys'))
    $listenerContainers = @(Get-ChildItem -LiteralPath $machineKeys -File -Filter 'f686aace*' -ErrorAction SilentlyContinue)
    foreach ($certificate in $certificates) {
        $state = ''
        $unchecked = ''
        if ($certificate.NotAfter -lt (Get-Date)) { $state = 'expired' }
        elseif (-not $certificate.HasPrivateKey) { $state = 'no private key' }
        else {
            # HasPrivateKey only says key-provider information is attached: look for the key container itself.
            $output = & certutil -store 'Remote Desktop' $certificate.Thumbprint
            $container = [regex]::Match(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase').Value
            if ($LASTEXITCODE -ne 0) { $unchecked = ", key container not checked (certutil exit code $LASTEXITCODE)" }
            elseif (-not ($container -and @($keyFolders | Where-Object { Test-Path -LiteralPath (Join-Path -Path $_ -ChildPath $container) -PathType Leaf }).Count -gt 0) -and ($container -or $listenerContainers.Count -eq 0)) { $state = 'ORPHANED (its key container is gone)' }
        }
        $cause = ''
        if ($selfSigned -and $state) { $cause = 'self-signed-certificate' }
        $text = "Remote Desktop store: $($certificate.Thumbprint) $($certificate.Subject), expires $($certificate.NotAfter.ToString('u')), private key: $($certificate.HasPrivateKey)"
        if ($state) { $text = "$text, $state" }
        $text = "$text$unchecked"
        & $note "$text." $cause
    }

    # Events of the last 7 days, by full provider name. 36874 wording comes from community notes (unverified).
    $keyCause = 'self-signed-certificate'
    if ($hashType -eq 3) { $keyCause = 'private-key-access' }
    elseif ($hashType -eq 2) { $keyCause = '' }
    $eventSpecs = @(
        @{ Log = 'System'; Provider = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Ids = @(1057, 1058); Cause = 'machinekeys-permissions'; Meaning = 'the self-signed certificate could not be created or replaced, which Microsoft ties to MachineKeys permissions or a damaged key' }
        @{ Log = 'System'; Provider = 'Schannel'; Ids = @(36870); Cause = $keyCause; Meaning = 'the TLS server credential private key could not be read' }
        @{ Log = 'System'; Provider = 'Schannel'; Ids = @(36871, 36874); Cause = 'tls-protocol-mismatch'; Meaning = 'no TLS server credential, or no protocol or cipher suite in common' }
        @{ Log = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational'; Provider = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS'; Ids = @(131); Cause = ''; Meaning = 'TCP connections reached the listener, so the network path works' }
        @{ Log = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational'; Provider = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Ids = @(1149, 261); Cause = ''; Meaning = 'connections got as far as the listener (261) or user authentication (1149)' }
    )
    foreach ($spec in $eventSpecs) {
        $events = @(Get-WinEvent -FilterHashtable @{ LogName = $spec.Log; ProviderName = $spec.Provider; Id = $spec.Ids; StartTime = $since } -MaxEvents 50 -ErrorAction SilentlyContinue)
        $label = "$($spec.Provider) $($spec.Ids -join '/')"
        if ($events.Count -eq 0) { & $note "No $label events in the last 7 days."; continue }
        & $note "$($events.Count) $label event(s) in the last 7 days, latest $($events[0].TimeCreated.ToString('u')): $($spec.Meaning)." $spec.Cause
    }

    # The order ranks how directly each kind of evidence explains the server refusing the connection, and
    # puts the less invasive fix first where two fit (regenerate the certificate before changing MachineKeys).
    $order = @('rdp-services-stopped', 'listener-firewall-port', 'certificate-binding-mismatch', 'private-key-access', 'self-signed-certificate', 'machinekeys-permissions', 'tls-protocol-mismatch', 'security-layer-mismatch', 'credssp-oracle-mismatch', 'wmi-repository')
    $best = @($order | Where-Object { $pointsTo -contains $_ }) | Select-Object -First 1
    if ($null -eq $best) { $best = '' }
    # A check proves nothing by itself: its cause stays unknown in the evidence; the findings travel as they are.
    [pscustomobject]@{ NeedsFix = $false; Cause = $best; Findings = $findings.ToArray(); Evidence = $evidence; Decision = 'unknown' }
}
