if (-not $TranscriptPath) {
    $TranscriptPath = Join-Path -Path $env:ProgramData -ChildPath ('RdpFixGuide\Logs\rdp-fix-{0}.log' -f (Get-Date).ToString('yyyyMMdd-HHmmss'))
}
$remote = @{ ComputerName = $ComputerName; ScriptBlock = $hostScript; ArgumentList = @($settings) }
if ($PromptForCredential) {
    $remote.Credential = Get-Credential -Message 'An administrator account on the target computers'
}
$null = New-Item -ItemType Directory -Path (Split-Path -Path $TranscriptPath -Parent) -Force -WhatIf:$false
$null = Start-Transcript -LiteralPath $TranscriptPath -Append -WhatIf:$false
try {
    # Backups and rollback.ps1 are written on each target computer; the summary says where.
    $results = @(Invoke-Command @remote)
}
finally {
    $null = Stop-Transcript
}
$results | Select-Object -Property 'Computer', 'Mode', 'Found', 'Changed', 'Verified', 'Failed', 'Backup', 'Rollback', 'RebootNeeded'
Write-Host "Transcript (on this computer): $TranscriptPath"
