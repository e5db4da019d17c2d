function Repair-RdpServiceState {
    # Sets a Disabled service back to Manual, the start type Microsoft documents for all three services,
    # then starts TermService and UmRdpService if they are stopped, waiting at most 60 s for each. A start,
    # not a restart: a running service is left alone, so a second run changes nothing and no session is
    # dropped.
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
            # Start-Service waits with no timeout for a service stuck in StartPending (printing "Waiting for
            # service" lines that name no computer), so the run would never reach its summary. Start it and
            # wait at most 60 s, as Restart-RdpService does.
            # https://learn.microsoft.com/dotnet/api/system.serviceprocess.servicecontroller.waitforstatus
            $controller = Get-Service -Name $name
            try {
                if ("$($controller.Status)" -ne 'StartPending') { $controller.Start() }
                $controller.WaitForStatus('Running', [System.TimeSpan]::FromSeconds(60))
            }
            catch {
                $controller.Refresh()
                throw "$name did not start within 60 s on $env:COMPUTERNAME (it is $($controller.Status)): $($_.Exception.Message). From the console, check it with 'sc.exe queryex $name' and read the System event log."
            }
            Write-RdpStatus -Level Change -Message "Started $name."
        }
    }
}
