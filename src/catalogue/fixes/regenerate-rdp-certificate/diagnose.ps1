function Get-RdpSelfSignedCertificateFinding {
    # Read-only. Only for a listener on the self-signed certificate (Win32_TSGeneralSetting
    # SSLCertificateSHA1HashType 1). Type 2 is a certificate enrolled from a Group Policy certificate
    # template (it lives in LocalMachine\My, and SessionEnv requests and renews it from the CA), type 3 a
    # custom certificate: both are left alone here. A self-signed certificate is broken when it has expired,
    # has no private key, or is ORPHANED: HasPrivateKey only says key-provider information is attached, so
    # the key container behind it is looked up (certutil's unique container name, matched by its format),
    # and a listener container (MachineKeys\f686aace*) that is gone means Windows will not mint a new
    # certificate while the old entry is in its way (events 1057/1058 "Object already exists"; Azure
    # repair-script-library win-fix-rdp-certificate.ps1). A container that exists but cannot be opened is a
    # permissions fault, for the MachineKeys fix: deleting the certificate would not cure it. A certificate
    # issued to another name than the computer's (a renamed computer) is replaced too.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $brokenThumbprints = [System.Collections.Generic.List[string]]::new()
    $store = 'Cert:\LocalMachine\Remote Desktop'
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence"); the state decides the cause.
    $evidence = [ordered]@{}
    $renamed = [System.Collections.Generic.List[string]]::new()
    $result = {
        param([bool]$NeedsFix)
        # Only renamed-host certificates broken: the cause is the rename, the repair the same.
        $cause = 'self-signed-certificate'
        if ($renamed.Count -gt 0 -and $renamed.Count -eq $brokenThumbprints.Count) { $cause = 'computer-renamed-certificate' }
        [pscustomobject]@{ NeedsFix = $NeedsFix; Cause = $cause; Findings = $findings.ToArray(); Broken = $brokenThumbprints.ToArray(); Evidence = $evidence; DecidedBy = 'certificate.self-signed.state' }
    }
    $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
    $type = [int]$setting.SSLCertificateSHA1HashType
    $evidence['certificate.listener.hash-type'] = $type
    $evidence['certificate.self-signed.state'] = 'not-used'
    if ($type -eq 2) {
        $findings.Add("The listener uses certificate $($setting.SSLCertificateSHA1Hash), enrolled from a Group Policy certificate template (SSLCertificateSHA1HashType 2, in LocalMachine\My); this fix only handles the self-signed certificate (type 1) and changes nothing. If that certificate is expired or broken, check its enrollment: the template in the Group Policy setting 'Server authentication certificate template', and the CA.")
        return & $result $false
    }
    if ($type -eq 3) {
        $findings.Add('The listener uses a custom certificate (SSLCertificateSHA1HashType 3); this fix only handles the self-signed one. Use the private-key fix, or the stale-binding fix if that certificate is gone.')
        return & $result $false
    }
    if ($type -ne 1) {
        $findings.Add("SSLCertificateSHA1HashType is $type (not a valid binding type); this fix only handles the self-signed certificate (type 1) and changes nothing.")
        return & $result $false
    }
    $now = Get-Date
    if (-not (Test-Path -LiteralPath $store)) {
        $findings.Add('The Remote Desktop certificate store is absent: restarting SessionEnv makes Windows create it and a self-signed certificate.')
        $evidence['certificate.self-signed.state'] = 'absent'
        return & $result $true
    }
    $certificates = @(Get-ChildItem -Path $store)
    $evidence['certificate.self-signed.count'] = $certificates.Count
    $evidence['certificate.self-signed.state'] = 'ok'
    if ($certificates.Count -eq 0) { $evidence['certificate.self-signed.state'] = 'empty' }
    if ($certificates.Count -eq 0) { $findings.Add('The Remote Desktop certificate store is empty: no self-signed certificate exists.') }
    $machineKeys = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    # A CryptoAPI key file is in RSA\MachineKeys, a CNG key file in Crypto\Keys (Microsoft, "Key Storage and
    # Retrieval"): a certificate whose key is in either is not orphaned, and deleting it would destroy a
    # working certificate that the rollback does not re-import.
    $keyFolders = @($machineKeys, (Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\Keys'))
    $listenerContainers = @(Get-ChildItem -LiteralPath $machineKeys -File -Filter 'f686aace*' -ErrorAction SilentlyContinue)
    foreach ($certificate in $certificates) {
        $thumbprint = $certificate.Thumbprint
        $problem = ''
        if ($certificate.NotAfter -lt $now) { $problem = "expired on $($certificate.NotAfter.ToString('u'))"; $evidence['certificate.self-signed.state'] = 'expired' }
        elseif (-not $certificate.HasPrivateKey) { $problem = 'has no private key'; $evidence['certificate.self-signed.state'] = 'no-private-key' }
        else {
            $output = & certutil -store 'Remote Desktop' $thumbprint
            $container = [regex]::Match(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase').Value
            if ($LASTEXITCODE -ne 0) {
                $findings.Add("Certificate ${thumbprint}: certutil could not read it (exit code $LASTEXITCODE), so its key container was not checked.")
            }
            elseif ($container -and @($keyFolders | Where-Object { Test-Path -LiteralPath (Join-Path -Path $_ -ChildPath $container) -PathType Leaf }).Count -gt 0) {
                $findings.Add("Certificate $thumbprint (expires $($certificate.NotAfter.ToString('u'))): its key container $container is in place.")
                # Windows keeps a usable self-signed certificate when the computer is renamed, so it still names
                # the old computer (first-hand report: https://qiita.com/mtmana/items/424579c1b9738c7a18c1). Its
                # subject is the computer name or its FQDN; any other name is a rename, which a new one cures.
                $subjectName = [regex]::Match("$($certificate.Subject)", '(?:^|,\s*)CN=([^,]+)').Groups[1].Value.Trim()
                if ($subjectName -and $subjectName -ne $env:COMPUTERNAME -and $subjectName -notlike "$env:COMPUTERNAME.*") {
                    $problem = "was issued to CN=$subjectName, but this computer is named $env:COMPUTERNAME (renamed after the certificate was made): clients that connect by the new name get a name mismatch, and a new self-signed certificate carries the current name"
                    $renamed.Add($thumbprint)
                    $evidence['certificate.self-signed.state'] = 'renamed'
                }
            }
            elseif ($container -or $listenerContainers.Count -eq 0) {
                $problem = 'is ORPHANED: it claims a private key, but its key container is in neither MachineKeys nor Crypto\Keys, so the listener cannot use it and Windows will not create a new one while it is in the way'
                $evidence['certificate.self-signed.state'] = 'orphaned'
            }
            else {
                $findings.Add("Certificate ${thumbprint}: its private key could not be opened, but a listener key container exists; that is a permissions fault (run the MachineKeys fix in Diagnose mode), not one deleting the certificate cures.")
            }
        }
        if ($problem) {
            $brokenThumbprints.Add($thumbprint)
            $findings.Add("Certificate $thumbprint $problem.")
        }
    }
    $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
    $missingBound = $bound -and @($certificates | Where-Object { $_.Thumbprint -eq $bound }).Count -eq 0
    if ($missingBound) {
        $findings.Add("The listener is bound to $bound, which is not in the Remote Desktop store.")
        if ($evidence['certificate.self-signed.state'] -eq 'ok') { $evidence['certificate.self-signed.state'] = 'bound-missing' }
    }
    $since = $now.AddDays(-7)
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Id = 1057, 1058; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
    $events += @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36870; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        # The status text tells the states apart: "Object already exists" (an orphaned entry in the way),
        # "Keyset does not exist" or "Access is denied" (the key container cannot be created or read).
        $findings.Add("Event $($logged.Id) at $($logged.TimeCreated.ToString('u')): $($logged.Message)")
        $eventId = "event.$($logged.Id).status"
        if ($logged.Id -eq 36870) { $evidence['event.36870.count'] = 1 + [int]$evidence['event.36870.count'] }
        elseif (-not $evidence.Contains($eventId)) { $evidence[$eventId] = "$($logged.Message)" }
    }
    return & $result ($brokenThumbprints.Count -gt 0 -or $certificates.Count -eq 0 -or $missingBound)
}
