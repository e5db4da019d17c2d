# The shared functions, defined on this side too (transcript, report); nothing runs yet.
. $hostScript -Settings $settings -DefineOnly
# Get-Credential asks on this computer; where no one can answer (RMM, Intune, a scheduled task,
# -NonInteractive) it fails or waits forever, so the run is refused before it asks, like any other prompt.
if ($PromptForCredential -and -not $settings.Interactive) {
    Write-RdpStatus -Level Warn "Refused on ${env:COMPUTERNAME}: -PromptForCredential asks for an administrator account, and this PowerShell cannot ask (non-interactive: RMM, Intune, a scheduled task or -NonInteractive). Nothing was run on any computer. Run it interactively, or pass -PromptForCredential `$false to connect as the account running this script."
    exit $settings.ExitCodes['NeedsConfirmation']
}
$log = Initialize-RdpRunLog -TranscriptPath $TranscriptPath -ReportPath $ReportPath
$remote = @{ ComputerName = $ComputerName; ScriptBlock = $hostScript; ArgumentList = @($settings); ThrottleLimit = $ThrottleLimit }
if ($PromptForCredential) {
    $remote.Credential = Get-Credential -Message 'An administrator account on the target computers'
    if ($null -eq $remote.Credential) { throw 'No credential was entered, so nothing was run. Run the script again and enter an administrator account, or set -PromptForCredential $false.' }
}
$null = Start-Transcript -LiteralPath $log.Transcript -Append -WhatIf:$false
try {
    # Backups and rollback.ps1 are written on each target computer; the summary says where.
    # A computer that cannot be reached, or whose run stops, is reported; the others run to the end.
    $results = @(Invoke-Command @remote -ErrorAction Continue -ErrorVariable remoteErrors)
}
finally {
    $null = Stop-Transcript
}
foreach ($failure in @($remoteErrors)) {
    # A failure inside a remote run carries the computer in OriginInfo; a connection failure names it in its TargetObject.
    $where = "$($failure.TargetObject)"
    $origin = $failure.PSObject.Properties['OriginInfo']
    if ($null -ne $origin -and $null -ne $origin.Value) { $where = $origin.Value.PSComputerName }
    if (-not $where) { Write-Warning "[$env:COMPUTERNAME] A remote run reported an error that names no computer: $($failure.Exception.Message)"; continue }
    Write-Warning "[$where] Not completed: $($failure.Exception.Message)"
    # One result object per computer, also for one that returned none.
    if (@($results | Where-Object { "$($_.PSComputerName)" -eq $where }).Count -eq 0) {
        $results += [pscustomobject]@{ Computer = $where; Mode = $settings.Mode; Outcome = 'Failed'; ExitCode = $settings.ExitCodes['Failed']; Found = @(); Changed = @(); Verified = @(); Failed = @("not completed: $($failure.Exception.Message)"); NotChecked = @(); Backup = $null; Rollback = $null; RebootNeeded = $false; PSComputerName = $where }
    }
}
$exitCode = Write-RdpReport -Results $results -Path $log.Report
$results | Select-Object -Property 'Computer', 'Mode', 'Outcome', 'ExitCode', 'Found', 'Changed', 'Verified', 'Failed', 'NotChecked', 'Backup', 'Rollback', 'RebootNeeded'
Write-RdpStatus "Transcript and report (on this computer): $($log.Transcript); $($log.Report); exit code $exitCode, the highest of any computer (each Result line above says why)."
exit $exitCode
