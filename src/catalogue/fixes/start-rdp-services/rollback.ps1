function Restore-RdpServiceState {
    # "Exact prior state" means both start type and status: a service that was Disabled is disabled
    # again, and one that was stopped is stopped again (UmRdpService before TermService, its dependency).
    # Stopping TermService ends every RDP session and the listener, so from inside an RDP session this
    # function restores the start types but leaves TermService running and says so: otherwise the
    # technician would cut off the only way back in. Run it from the console or remote PowerShell for an
    # exact restore. Stop-Service without -Force: if some other service now depends on a running one, it
    # fails instead of stopping services this fix never touched. A second run changes nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Not @(... | ConvertFrom-Json): Windows PowerShell 5.1 emits a JSON array as one object, so that would
    # hold a single nested array; piping the variable below enumerates it in 5.1 and 7 alike.
    $saved = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'services.json') -Raw | ConvertFrom-Json
    foreach ($name in @('UmRdpService', 'TermService', 'SessionEnv')) {
        $entry = @($saved | Where-Object { $_.Name -eq $name })
        if ($entry.Count -eq 0) { continue }
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service) { continue }
        if ($entry[0].Status -eq 'Stopped' -and "$($service.Status)" -ne 'Stopped') {
            if ($name -eq 'TermService' -and "$env:SESSIONNAME" -like 'RDP-Tcp*') {
                Write-RdpStatus -Level Warn -Message 'TermService was stopped before, but stopping it now would end this RDP session; left running. Run the rollback from the console for an exact restore.'
            }
            elseif ($PSCmdlet.ShouldProcess((Format-RdpTarget $name), 'Stop service (it was stopped before the fix)')) {
                Stop-Service -Name $name
                Write-RdpStatus -Level Change -Message "Stopped $name."
            }
        }
        if ((Get-RdpServiceStartMode -Name $name) -ne $entry[0].StartType) {
            if ($PSCmdlet.ShouldProcess((Format-RdpTarget $name), "Set start type back to $($entry[0].StartType)")) {
                Set-Service -Name $name -StartupType $entry[0].StartType
                Write-RdpStatus -Level Change -Message "Set the start type of $name back to $($entry[0].StartType)."
            }
        }
    }
}
