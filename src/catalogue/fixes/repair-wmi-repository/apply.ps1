function Repair-RdpWmiRepository {
    # Salvages the repository only when /verifyrepository reports it inconsistent (1358), with the
    # documented switch /salvagerepository: it rebuilds the repository and merges back what it can read.
    # "winmgmt /salvage" (web advice) is not a documented switch. Resetting the repository to its install
    # state is a last resort that loses provider registrations, so this script never does it.
    # High-risk: PowerShell asks before the change unless -Confirm:$false is given.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    $null = & winmgmt /verifyrepository
    if ($LASTEXITCODE -ne 1358) {
        Write-RdpStatus -Level Ok -Message "winmgmt /verifyrepository did not report an inconsistent repository (exit code $LASTEXITCODE); nothing changed."
        return
    }
    if ($PSCmdlet.ShouldProcess('WMI repository', 'Salvage (winmgmt /salvagerepository)')) {
        $output = & winmgmt /salvagerepository
        if ($LASTEXITCODE -ne 0) {
            throw "winmgmt /salvagerepository failed (exit code $LASTEXITCODE): $(@($output) -join ' '). Run rollback.ps1 from the backup folder to put the saved repository back."
        }
        Write-RdpStatus -Level Change -Message "Salvaged the WMI repository: $(@($output) -join ' ')"
    }
}
