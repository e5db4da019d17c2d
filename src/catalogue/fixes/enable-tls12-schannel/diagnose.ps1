function Get-RdpTls12ProtocolFinding {
    # Read-only. Probes the SCHANNEL protocol keys instead of guessing from the OS version: defaults
    # differ by build. A missing key or value means the OS default; only an explicit Enabled = 0 or a
    # non-zero DisabledByDefault turns TLS 1.2 off for that role.
    [CmdletBinding()]
    param()
    $root = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence"): "Enabled/DisabledByDefault" (empty = not set), or "default" when neither is set.
    $evidence = [ordered]@{}
    foreach ($role in @('Server', 'Client')) {
        $key = "$root\TLS 1.2\$role"
        $enabled = Get-RdpRegistryValue -Path $key -Name 'Enabled'
        $disabledByDefault = Get-RdpRegistryValue -Path $key -Name 'DisabledByDefault'
        $evidence["tls.$($role.ToLowerInvariant()).tls12.enabled"] = 'default'
        if ($null -ne $enabled -or $null -ne $disabledByDefault) { $evidence["tls.$($role.ToLowerInvariant()).tls12.enabled"] = "$enabled/$disabledByDefault" }
        if ($null -ne $enabled -and $enabled -eq 0) {
            $needsFix = $true
            $findings.Add("TLS 1.2 ($role) is disabled: Enabled = 0 in $key.")
        }
        elseif ($null -ne $disabledByDefault -and $disabledByDefault -ne 0) {
            $needsFix = $true
            $findings.Add("TLS 1.2 ($role) is disabled by default: DisabledByDefault = $disabledByDefault in $key, so Schannel does not offer it unless an application asks for it.")
        }
        elseif ($null -eq $enabled -and $null -eq $disabledByDefault) {
            $findings.Add("TLS 1.2 ($role): not configured, so the OS default applies.")
        }
        else {
            $findings.Add("TLS 1.2 ($role) is enabled (Enabled = $enabled, DisabledByDefault = $disabledByDefault; empty means not set).")
        }
    }
    # Other versions are reported for context only; this fix never changes them.
    foreach ($version in @('TLS 1.0', 'TLS 1.1', 'TLS 1.3')) {
        foreach ($role in @('Server', 'Client')) {
            $key = "$root\$version\$role"
            $enabled = Get-RdpRegistryValue -Path $key -Name 'Enabled'
            $disabledByDefault = Get-RdpRegistryValue -Path $key -Name 'DisabledByDefault'
            if ($null -ne $enabled -or $null -ne $disabledByDefault) {
                $findings.Add("$version ($role) is configured explicitly: Enabled = $enabled, DisabledByDefault = $disabledByDefault (not changed).")
            }
        }
    }
    $since = (Get-Date).AddDays(-7)
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36871; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        $findings.Add("Schannel event 36871 at $($logged.TimeCreated.ToString('u')): a fatal error occurred while creating a TLS credential (often a disabled protocol version).")
    }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'tls-protocol-mismatch'; Findings = $findings.ToArray(); Evidence = $evidence }
}
