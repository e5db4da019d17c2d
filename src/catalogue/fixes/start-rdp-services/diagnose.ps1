function Get-RdpServiceStateFinding {
    # Read-only. Microsoft's troubleshooting says TermService and UmRdpService must be running; SessionEnv
    # (Remote Desktop Configuration) renews the RDP certificate and must not be disabled. Disabled is a
    # finding for all three; a stopped SessionEnv is reported but not started.
    [CmdletBinding()]
    param()
    $mustRun = @('TermService', 'UmRdpService')
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence"): "<status>/<start type>".
    $evidence = [ordered]@{}
    foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        $evidence["service.$($name.ToLowerInvariant()).status"] = 'not-installed'
        if ($null -eq $service) {
            $findings.Add("$name is not installed on this computer; this fix cannot add it.")
            continue
        }
        $startType = Get-RdpServiceStartMode -Name $name
        $evidence["service.$($name.ToLowerInvariant()).status"] = "$($service.Status)/$startType"
        $state = "$name ($($service.DisplayName)) is $($service.Status), start type $startType"
        if ($startType -eq 'Disabled') {
            $needsFix = $true
            $findings.Add("$state. Disabled: its start type will be set to Manual, the Windows default.")
        }
        if ($mustRun -contains $name -and "$($service.Status)" -ne 'Running') {
            $needsFix = $true
            $findings.Add("$state. It must be running for RDP; it will be started.")
        }
        elseif ("$($service.Status)" -ne 'Running') {
            $findings.Add("$state. Not started by this fix.")
        }
        elseif ($startType -ne 'Disabled') {
            $findings.Add("$state.")
        }
    }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'rdp-services-stopped'; Findings = $findings.ToArray(); Evidence = $evidence }
}
