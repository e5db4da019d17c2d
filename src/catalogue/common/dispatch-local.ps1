# The shared functions, defined on this side too (transcript, report); nothing runs yet.
. $hostScript -Settings $settings -DefineOnly
$log = Initialize-RdpRunLog -TranscriptPath $TranscriptPath -ReportPath $ReportPath
$null = Start-Transcript -LiteralPath $log.Transcript -Append -WhatIf:$false
try {
    $results = @(& $hostScript -Settings $settings)
}
finally {
    $null = Stop-Transcript
}
$exitCode = Write-RdpReport -Results $results -Path $log.Report
$results | Select-Object -Property 'Computer', 'Mode', 'Outcome', 'ExitCode', 'Found', 'Changed', 'Verified', 'Failed', 'NotChecked', 'Backup', 'Rollback', 'RebootNeeded'
Write-RdpStatus "Transcript: $($log.Transcript); report: $($log.Report); exit code $exitCode, the highest of any computer (each Result line above says why)."
exit $exitCode
