function Get-RdpUserSession {
    # The user sessions, active or disconnected, that restarting TermService would end. quser (query user)
    # lists both kinds, locally and under WinRM (the remoting process runs in session 0, which it does not
    # list): https://learn.microsoft.com/windows-server/administration/windows-commands/query-user
    # Its words are localized (a German Windows prints no English), so no text is ever matched: a header
    # line, then one line per session, on stdout. The line of the session running this script starts with
    # '>'; it is left out only when it is the local console. With no session quser exits 1, writes nothing
    # to stdout and one message to stderr that echoes the '*' it was asked about ("No User exists for *"
    # in English). Any other failure returns $null ("unknown"), which the caller treats like sessions present.
    [CmdletBinding()]
    param()
    if ($null -eq (Get-Command -Name 'quser' -ErrorAction SilentlyContinue)) { return $null }
    # Windows PowerShell 5.1 turns a native command's stderr into a terminating error under Stop.
    $ErrorActionPreference = 'Continue'
    $all = @(& quser 2>&1)
    $exitCode = $LASTEXITCODE
    $lines = @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] } | ForEach-Object { "$_" } | Where-Object { $_.Trim() -ne '' })
    $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { "$_" })
    if ($exitCode -ne 0) {
        if ($exitCode -eq 1 -and $lines.Count -eq 0 -and ($errors -join ' ').Contains('*')) { return , @() }
        return $null
    }
    $sessions = @($lines | Select-Object -Skip 1)
    if ("$env:SESSIONNAME" -eq 'Console') { $sessions = @($sessions | Where-Object { -not $_.StartsWith('>') }) }
    return , $sessions
}

function Approve-RdpHighImpact {
    # One High-impact confirmation (asked even at the default $ConfirmPreference), for an action such as
    # a TermService restart that ends sessions. The target names the computer.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([Parameter(Mandatory)][string]$Target, [Parameter(Mandatory)][string]$Action)
    return $PSCmdlet.ShouldProcess((Format-RdpTarget $Target), $Action)
}

function Restart-RdpService {
    # Restart-Service has no timeout: a service that hangs in StopPending blocks the run forever, before
    # the summary with the backup and rollback paths. Here each stop and start waits at most
    # $TimeoutSeconds (ServiceController.WaitForStatus), the start is tried twice, and running dependents
    # (UmRdpService for TermService) are stopped first and started after, as Restart-Service -Force does.
    # https://learn.microsoft.com/dotnet/api/system.serviceprocess.servicecontroller.waitforstatus
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name, [int]$TimeoutSeconds = 60)
    $timeout = [System.TimeSpan]::FromSeconds($TimeoutSeconds)
    $service = Get-Service -Name $Name
    $dependents = @($service.DependentServices | Where-Object { "$($_.Status)" -eq 'Running' } | ForEach-Object { "$($_.Name)" })
    if ("$($service.Status)" -ne 'Stopped') {
        foreach ($name in @($dependents) + @($Name)) {
            $controller = Get-Service -Name $name
            if ("$($controller.Status)" -eq 'Stopped') { continue }
            try {
                if ("$($controller.Status)" -ne 'StopPending') { $controller.Stop() }
                $controller.WaitForStatus('Stopped', $timeout)
            }
            catch {
                $controller.Refresh()
                throw "$name did not stop within $TimeoutSeconds s on $env:COMPUTERNAME (it is $($controller.Status)): $($_.Exception.Message). RDP may be unavailable: from the console, check it with 'sc.exe queryex $name', or restart the computer."
            }
        }
    }
    foreach ($name in @($Name) + @($dependents)) {
        $controller = Get-Service -Name $name
        for ($attempt = 1; $attempt -le 2; $attempt++) {
            try {
                $controller.Refresh()
                if ("$($controller.Status)" -ne 'Running') { $controller.Start() }
                $controller.WaitForStatus('Running', $timeout)
                break
            }
            catch {
                if ($attempt -eq 2) {
                    throw "$name did not start again on $env:COMPUTERNAME within $TimeoutSeconds s, twice: $($_.Exception.Message). RDP may be unavailable: from the console, run 'Start-Service -Name $name' and read the System event log."
                }
                Start-Sleep -Seconds 5
            }
        }
    }
}
