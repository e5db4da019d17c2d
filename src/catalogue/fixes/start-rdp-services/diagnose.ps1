function Get-RdpServiceStartMode {
    # The start type from Win32_Service.StartMode (Auto, Manual, Disabled), in Set-Service's words. Not
    # ServiceController.StartType: that property needs .NET Framework 4.6.1, and Windows PowerShell 5.1 on
    # Server 2012 R2 may run on 4.5.2, where reading it under Set-StrictMode throws.
    # https://learn.microsoft.com/dotnet/api/system.serviceprocess.servicecontroller.starttype
    # https://learn.microsoft.com/windows/win32/cimwin32prov/win32-service
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name)
    $service = Get-CimInstance -ClassName 'Win32_Service' -Filter "Name = '$Name'"
    if ($null -eq $service) { return $null }
    if ("$($service.StartMode)" -eq 'Auto') { return 'Automatic' }
    return "$($service.StartMode)"
}

function Get-RdpServiceStateFinding {
    # Read-only. Microsoft's troubleshooting says TermService and UmRdpService must be running; SessionEnv
    # (Remote Desktop Configuration) renews the RDP certificate and must not be disabled. Disabled is a
    # finding for all three; a stopped SessionEnv is reported but not started.
    [CmdletBinding()]
    param()
    $mustRun = @('TermService', 'UmRdpService')
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service) {
            $findings.Add("$name is not installed on this computer; this fix cannot add it.")
            continue
        }
        $startType = Get-RdpServiceStartMode -Name $name
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
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'rdp-services-stopped'; Findings = $findings.ToArray() }
}
