function Get-RdpRemoteConnectionsFinding {
    # Read-only. Microsoft's checks when qwinsta does not list rdp-tcp in the Listen state: fDenyTSConnections
    # must be 0 under Terminal Server and, when Group Policy sets it, under Policies\...\Terminal Services; the
    # RDP-Tcp listener's fEnableWinStation must be 1
    # (https://learn.microsoft.com/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer).
    # A policy value wins over the local one, so a policy that denies RDP is reported ("change the GPO") and the
    # local value is then left alone: writing it would change nothing and hide where the setting comes from. A
    # missing RDP-Tcp key is reported too: Microsoft's repair imports it from a healthy computer by hand.
    [CmdletBinding()]
    param()
    $server = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $findings = [System.Collections.Generic.List[string]]::new()
    $toChange = [System.Collections.Generic.List[object]]::new()
    $cause = 'rdp-connections-disabled'
    $localDeny = Get-RdpRegistryValue -Path $server -Name 'fDenyTSConnections'
    $policyDeny = Get-RdpRegistryValue -Path $policy -Name 'fDenyTSConnections'
    $listenerPresent = Test-Path -LiteralPath $listener
    $enabled = $null
    if ($listenerPresent) { $enabled = Get-RdpRegistryValue -Path $listener -Name 'fEnableWinStation' }

    if ($null -ne $policyDeny -and $policyDeny -ne 0) {
        $findings.Add("Group Policy denies Remote Desktop connections (fDenyTSConnections = $policyDeny in $policy). Not changed here: change 'Allow users to connect remotely by using Remote Desktop Services' in the winning GPO (gpresult /H shows which one), then run gpupdate /force.")
    }
    elseif ($localDeny -eq 1) {
        $toChange.Add([pscustomobject]@{ Path = $server; Name = 'fDenyTSConnections'; Value = 0; Action = 'Allow Remote Desktop connections (fDenyTSConnections 1 -> 0): this computer will accept RDP from every address the firewall lets through' })
        $policyNote = ''
        if ($policyDeny -eq 0) { $policyNote = ' Group Policy allows them (fDenyTSConnections = 0), but Microsoft advises setting both values to 0.' }
        $findings.Add("Remote Desktop connections are turned off (fDenyTSConnections = 1 in $server).$policyNote It will be set to 0 after you confirm.")
    }
    elseif ($null -eq $localDeny -and $null -eq $policyDeny) {
        $findings.Add("fDenyTSConnections is not set in $server or by Group Policy; this script does not create it.")
    }
    else {
        $findings.Add('Remote Desktop connections are allowed (fDenyTSConnections = 0).')
    }

    if (-not $listenerPresent) {
        $cause = 'rdp-listener-disabled'
        $findings.Add("The RDP-Tcp listener key is missing ($listener). Not repaired by script: Microsoft's repair exports that key from a healthy computer with the same Windows version and imports it here, then restarts Remote Desktop Services.")
    }
    elseif ($null -ne $enabled -and $enabled -ne 1) {
        if ($toChange.Count -eq 0 -and -not ($null -ne $policyDeny -and $policyDeny -ne 0)) { $cause = 'rdp-listener-disabled' }
        $toChange.Add([pscustomobject]@{ Path = $listener; Name = 'fEnableWinStation'; Value = 1; Action = 'Enable the RDP-Tcp listener (fEnableWinStation -> 1): this computer will accept RDP connections' })
        $findings.Add("The RDP-Tcp listener is disabled (fEnableWinStation = $enabled); Microsoft documents 1. It will be set to 1 after you confirm.")
    }
    elseif ($null -eq $enabled) {
        $findings.Add('The RDP-Tcp listener has no fEnableWinStation value; Microsoft documents 1. Not created by this script: check qwinsta.')
    }
    else {
        $findings.Add('The RDP-Tcp listener is enabled (fEnableWinStation = 1).')
    }

    $termService = Get-Service -Name 'TermService' -ErrorAction SilentlyContinue
    if ($null -ne $termService -and "$($termService.Status)" -ne 'Running') {
        $findings.Add("TermService is $($termService.Status): nothing listens until it runs (the services fix starts it).")
    }
    $evidence = [ordered]@{
        'rdp.connections.denied'        = $localDeny
        'rdp.connections.denied.policy' = $policyDeny
        'listener.key.present'          = $listenerPresent
        'listener.enabled'              = $enabled
    }
    # The decision is stated, not left to NeedsFix: a GPO that denies RDP and a missing listener key prove their
    # cause although this fix writes nothing for them, and an unset fDenyTSConnections decides nothing.
    $decision = 'ruled-out'
    $decidedBy = $(if ($null -eq $localDeny) { 'rdp.connections.denied.policy' } else { 'rdp.connections.denied' })
    if ($cause -eq 'rdp-listener-disabled') {
        $decision = 'proven'
        $decidedBy = $(if ($listenerPresent) { 'listener.enabled' } else { 'listener.key.present' })
    }
    elseif ($null -ne $policyDeny -and $policyDeny -ne 0) { $decision = 'proven'; $decidedBy = 'rdp.connections.denied.policy' }
    elseif ($localDeny -eq 1) { $decision = 'proven' }
    elseif ($null -eq $localDeny -and $null -eq $policyDeny) { $decision = 'unknown' }
    # Repair- writes exactly ToChange, so it changes only what this diagnosis found.
    [pscustomobject]@{ NeedsFix = $toChange.Count -gt 0; Cause = $cause; Findings = $findings.ToArray(); Evidence = $evidence; ToChange = $toChange.ToArray(); Decision = $decision; DecidedBy = $decidedBy }
}
