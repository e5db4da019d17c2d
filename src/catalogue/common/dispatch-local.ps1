if (-not $TranscriptPath) {
    $TranscriptPath = Join-Path -Path $env:ProgramData -ChildPath ('RdpFixGuide\Logs\rdp-fix-{0}.log' -f (Get-Date).ToString('yyyyMMdd-HHmmss'))
}
$null = New-Item -ItemType Directory -Path (Split-Path -Path $TranscriptPath -Parent) -Force -WhatIf:$false
$null = Start-Transcript -LiteralPath $TranscriptPath -Append -WhatIf:$false
try {
    $results = @(& $hostScript -Settings $settings)
}
finally {
    $null = Stop-Transcript
}
$results | Select-Object -Property 'Computer', 'Mode', 'Found', 'Changed', 'Verified', 'Failed', 'Backup', 'Rollback', 'RebootNeeded'
Write-Host "Transcript: $TranscriptPath"
