function Get-RdpSecurityLayerFinding {
    # Read-only. Reports the effective SecurityLayer, UserAuthentication (NLA) and MinEncryptionLevel: a
    # Group Policy value under Policies\...\Terminal Services overrides the RDP-Tcp listener value, so
    # reading the listener alone can report a false success. Values set by policy are reported ("change
    # the GPO") and never counted as something this script fixes: a local write would be overwritten.
    # Never lowers: only the RDP layer (0, the server is not authenticated) or a missing value is a fault;
    # Negotiate (1) is raised to TLS (2) only when TLS was chosen, and TLS (2) always stays. NLA off is
    # reported; it is turned on only with -NetworkLevelAuthentication Require (it may be off on purpose).
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][ValidateSet('Negotiate', 'TLS')][string]$SecurityLayer,
        [Parameter(Mandatory)][ValidateSet('Report', 'Require')][string]$NetworkLevelAuthentication
    )
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
    # HasPrivateKey only says key-provider information is attached (an ORPHANED certificate keeps it), so the
    # key container itself is looked up: certutil's unique container name (matched by its format, not its
    # localized label), in RSA\MachineKeys (CryptoAPI) or Crypto\Keys (CNG) (Microsoft, "Key Storage and
    # Retrieval"). A key that cannot be found counts as not ready: keeping Negotiate never lowers anything.
    $tlsReady = $true
    $tlsReason = 'there is none'
    if ($wanted -eq 2) {
        $tlsReady = $false
        try {
            $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
            $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
            $keyFolders = @('Microsoft\Crypto\RSA\MachineKeys', 'Microsoft\Crypto\Keys') | ForEach-Object { Join-Path -Path $env:ProgramData -ChildPath $_ }
            foreach ($storeName in @('Remote Desktop', 'My')) {
                $certificate = @(Get-ChildItem -Path "Cert:\LocalMachine\$storeName" -ErrorAction SilentlyContinue | Where-Object { $_.Thumbprint -eq $bound -and $_.HasPrivateKey -and $_.NotAfter -gt (Get-Date) }) | Select-Object -First 1
                if ($null -eq $certificate) { continue }
                $output = & certutil -store $storeName $bound
                $container = [regex]::Match(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase').Value
                if ($LASTEXITCODE -ne 0) { $tlsReason = "the key container of certificate $bound could not be checked (certutil exit code $LASTEXITCODE)" }
                elseif ($container -and @($keyFolders | Where-Object { Test-Path -LiteralPath (Join-Path -Path $_ -ChildPath $container) -PathType Leaf }).Count -gt 0) { $tlsReady = $true }
                else { $tlsReason = "the bound certificate $bound claims a private key, but its key container is in neither MachineKeys nor Crypto\Keys (an ORPHANED certificate)" }
                break
            }
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

    # TargetLayer: the value Repair- writes ($null: nothing). EnableNla: Repair- turns NLA on (after a prompt).
    $targetLayer = $null
    $enableNla = $false
    $tlsBlocked = $null
    if ($wanted -eq 2 -and $level -eq 1) { $tlsBlocked = "TLS (2) is not allowed while MinEncryptionLevel is Low (1, from the $levelSource): raise the encryption level first" }
    elseif (-not $tlsReady) { $tlsBlocked = "TLS (2) needs a valid certificate with its private key bound to the listener, and $($tlsReason): requiring TLS now would turn every client away. Fix the certificate first" }
    if ($null -ne $policyLayer) {
        $findings.Add("Group Policy sets SecurityLayer to $($layerNames[[int]$policyLayer]) in $policy, which overrides the listener. This script does not change it: change the GPO (Remote Desktop Session Host > Security > Require use of specific security layer for remote (RDP) connections), then run gpupdate /force.")
    }
    elseif ($null -eq $localLayer -or $localLayer -eq 0) {
        $current = 'missing'
        if ($null -ne $localLayer) { $current = $layerNames[0] }
        $targetLayer = $wanted
        if ($null -ne $tlsBlocked) {
            $targetLayer = 1
            $findings.Add("The listener SecurityLayer is $current. $tlsBlocked; it will be raised to Negotiate (1) for now.")
        }
        else { $findings.Add("The listener SecurityLayer is $current; it will be raised to $($layerNames[$targetLayer]).") }
        $needsFix = $true
    }
    elseif ($localLayer -eq 1 -and $wanted -eq 2) {
        if ($null -ne $tlsBlocked) { $findings.Add("The listener SecurityLayer is Negotiate (1); TLS was chosen, but $tlsBlocked. Not changed.") }
        else {
            $targetLayer = 2
            $needsFix = $true
            $findings.Add('The listener SecurityLayer is Negotiate (1); it will be raised to TLS (2), as chosen.')
        }
    }
    elseif ($localLayer -eq 2 -and $wanted -eq 1) {
        $findings.Add('The listener SecurityLayer is TLS (2), which is stricter than Negotiate: not a fault, and this script never lowers it.')
    }
    elseif ($localLayer -eq 1 -or $localLayer -eq 2) {
        $findings.Add("The listener SecurityLayer is already $($layerNames[[int]$localLayer]).")
    }
    else {
        $findings.Add("The listener SecurityLayer is $localLayer, which Windows does not document; not changed. Set it to 1 (Negotiate) or 2 (TLS) by hand.")
    }

    if ($null -ne $policyNla) {
        $findings.Add("Group Policy sets UserAuthentication (Network Level Authentication) to $policyNla in $policy. This script does not change it: change the GPO (Require user authentication for remote connections by using Network Level Authentication).")
    }
    elseif ($localNla -eq 0 -and $NetworkLevelAuthentication -eq 'Require') {
        $findings.Add('The listener does not require Network Level Authentication (UserAuthentication = 0); it will be set to 1 after you confirm: clients that cannot use NLA will then be turned away.')
        $enableNla = $true
        $needsFix = $true
    }
    elseif ($localNla -eq 0) {
        $findings.Add('The listener does not require Network Level Authentication (UserAuthentication = 0). Not changed: it may be off on purpose (clients without NLA, users who must change an expired password at logon), and it is no documented cause of 0x904 / 0x7. To turn it on, run with -NetworkLevelAuthentication Require.')
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
    # Repair- acts on TargetLayer and EnableNla only, so it changes exactly what this diagnosis found.
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence"); empty means not set.
    $evidence = [ordered]@{
        'listener.security-layer.local' = $localLayer; 'listener.security-layer.policy' = $policyLayer
        'listener.user-authentication.local' = $localNla; 'listener.user-authentication.policy' = $policyNla
    }
    $decidedBy = 'listener.security-layer.local'
    if ($null -eq $targetLayer -and $enableNla) { $decidedBy = 'listener.user-authentication.local' }
    elseif ($null -ne $policyLayer) { $decidedBy = 'listener.security-layer.policy' }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'security-layer-mismatch'; Findings = $findings.ToArray(); TargetLayer = $targetLayer; EnableNla = $enableNla; Evidence = $evidence; DecidedBy = $decidedBy }
}
