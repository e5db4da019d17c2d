function Get-RdpCertificatePrerequisitesFinding {
    # Read-only. Microsoft's "An internal error has occurred" article (Windows Server) lists what Windows needs to
    # create the RDP self-signed certificate: the services CertPropSvc, KeyIso, CryptSvc and SessionEnv
    # running, WinStations\SelfSignedCertStore = "Remote Desktop", and ProfileList\ProgramData =
    # %SystemDrive%\ProgramData. The same article ties a one-minute stall followed by the error to the client
    # opening audio; its workaround (stopping Windows Audio) is a change this check only mentions. Services are
    # named by service name and start types read from Win32_Service, so nothing depends on the display language.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $evidence = [ordered]@{}
    $problem = $false
    foreach ($name in @('CertPropSvc', 'KeyIso', 'CryptSvc', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service) {
            $evidence["service.$($name.ToLowerInvariant())"] = 'missing'
            $problem = $true
            $findings.Add("Service $name is not installed. -> certificate-creation-prerequisites")
            continue
        }
        $mode = Get-RdpServiceStartMode -Name $name
        $evidence["service.$($name.ToLowerInvariant())"] = "$($service.Status)".ToLowerInvariant()
        if ("$($service.Status)" -ne 'Running') {
            $problem = $true
            $findings.Add("Service $name is $($service.Status) (start type $mode): Windows needs it to create the RDP self-signed certificate. Start it, and if it fails, read the Service Control Manager events for its dependencies. -> certificate-creation-prerequisites")
        }
    }
    $store = Get-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations' -Name 'SelfSignedCertStore'
    $evidence['registry.self-signed-cert-store'] = $(if ($null -eq $store) { 'not-set' } else { [string]$store })
    if ($null -ne $store -and [string]$store -ne 'Remote Desktop') {
        $problem = $true
        $findings.Add("WinStations SelfSignedCertStore is '$store'; Microsoft's article expects 'Remote Desktop'. -> certificate-creation-prerequisites")
    }
    # Get-ItemProperty expands REG_EXPAND_SZ, so both the literal and the expanded form count as right.
    $programData = Get-RdpRegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList' -Name 'ProgramData'
    $expected = @('%SystemDrive%\ProgramData', [Environment]::ExpandEnvironmentVariables('%SystemDrive%\ProgramData'))
    $evidence['registry.profilelist-programdata'] = $(if ($null -eq $programData) { 'not-set' } elseif ([string]$programData -in $expected) { 'default' } else { 'changed' })
    if ($null -ne $programData -and [string]$programData -notin $expected) {
        $problem = $true
        $findings.Add("ProfileList ProgramData is '$programData'; Microsoft's article expects %SystemDrive%\ProgramData. -> certificate-creation-prerequisites")
    }
    $audio = Get-Service -Name 'Audiosrv' -ErrorAction SilentlyContinue
    $evidence['service.audiosrv'] = $(if ($null -eq $audio) { 'missing' } else { "$($audio.Status)".ToLowerInvariant() })
    $findings.Add('If the connection hangs for about a minute before "An internal error has occurred" and the next attempt works, Microsoft ties it to the client opening audio; its workaround is to stop Windows Audio (Audiosrv) on the remote computer. This check changes nothing. -> audio-redirection-stall')
    if (-not $problem) { $findings.Add('The services and registry values Windows needs to create the RDP self-signed certificate are as Microsoft documents them.') }
    $evidence['certificate.prerequisites-problem'] = $problem
    # A check never sets NeedsFix, so it states its decision: every documented prerequisite was read, so a
    # missing one proves the cause and none missing rules it out.
    $decision = $(if ($problem) { 'proven' } else { 'ruled-out' })
    [pscustomobject]@{ NeedsFix = $false; Cause = 'certificate-creation-prerequisites'; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $decision; DecidedBy = 'certificate.prerequisites-problem' }
}
