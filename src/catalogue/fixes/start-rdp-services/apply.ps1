function Repair-RdpServiceState {
    # Sets a Disabled service back to Manual, the start type Microsoft documents for all three services,
    # then starts TermService and UmRdpService if they are stopped. Start-Service, not a restart: a
    # running service is left alone, so a second run changes nothing and no session is dropped.
    [CmdletBinding(SupportsShouldProcess)]
    param()
    foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service -or (Get-RdpServiceStartMode -Name $name) -ne 'Disabled') { continue }
        if ($PSCmdlet.ShouldProcess((Format-RdpTarget $name), 'Set start type from Disabled to Manual')) {
            Set-Service -Name $name -StartupType 'Manual'
            Write-RdpStatus -Level Change -Message "Set the start type of $name to Manual."
        }
    }
    # TermService first: UmRdpService depends on it.
    foreach ($name in @('TermService', 'UmRdpService')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service -or "$($service.Status)" -eq 'Running') { continue }
        if ($PSCmdlet.ShouldProcess((Format-RdpTarget $name), 'Start service')) {
            Start-Service -Name $name
            Write-RdpStatus -Level Change -Message "Started $name."
        }
    }
}
