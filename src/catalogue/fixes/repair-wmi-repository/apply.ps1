function Repair-RdpWmiRepository {
    # Salvages the repository only when /verifyrepository reports it inconsistent (1358), with the
    # documented switch /salvagerepository: it rebuilds the repository and merges back what it can read.
    # "winmgmt /salvage" (web advice) is not a documented switch. Resetting the repository to its install
    # state is a last resort that loses provider registrations, so this script never does it.
    # The salvage's own exit code does not say whether it worked: per Microsoft's winmgmt page, 1358 "can be
    # returned from any command which performs repository verification, such as /verifyrepository or
    # /salvagerepository" (https://learn.microsoft.com/windows/win32/wmisdk/winmgmt). So the result is judged
    # by a fresh /verifyrepository. The pre-salvage backup is never offered as a remedy: it is the corrupt one.
    # High-risk: PowerShell asks before the change unless -Confirm:$false is given.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    $null = & winmgmt /verifyrepository
    if ($LASTEXITCODE -ne 1358) {
        Write-RdpStatus -Level Ok -Message "$env:COMPUTERNAME`: winmgmt /verifyrepository did not report an inconsistent repository (exit code $LASTEXITCODE); nothing changed."
        return
    }
    if (-not $PSCmdlet.ShouldProcess("$env:COMPUTERNAME`: WMI repository", 'Salvage (winmgmt /salvagerepository)')) { return }
    $output = & winmgmt /salvagerepository
    $salvageCode = $LASTEXITCODE
    $verifyOutput = & winmgmt /verifyrepository
    $verifyCode = $LASTEXITCODE
    if ($verifyCode -eq 0) {
        Write-RdpStatus -Level Change -Message "$env:COMPUTERNAME`: salvaged the WMI repository (winmgmt /salvagerepository exit code $($salvageCode): $(@($output) -join ' ')); a fresh winmgmt /verifyrepository reports it consistent."
        return
    }
    throw "$env:COMPUTERNAME`: winmgmt /salvagerepository exited $salvageCode ($(@($output) -join ' ')), and a fresh winmgmt /verifyrepository still reports the repository inconsistent (exit code $($verifyCode): $(@($verifyOutput) -join ' ')). Do not restore the copy saved before the salvage: it is the inconsistent repository. Collect the WMI logs and follow Microsoft's WMI troubleshooting guidance; resetting the repository is a last resort that loses provider registrations."
}
