if (-not $TranscriptPath) {
    $TranscriptPath = Join-Path -Path $env:ProgramData -ChildPath ('RdpFixGuide\Logs\rdp-fix-{0}.log' -f (Get-Date).ToString('yyyyMMdd-HHmmss'))
}
$remote = @{ ComputerName = $ComputerName; ScriptBlock = $hostScript; ArgumentList = @($settings) }
if ($PromptForCredential) {
    $remote.Credential = Get-Credential -Message 'An administrator account on the target computers'
    if ($null -eq $remote.Credential) { throw 'No credential was entered, so nothing was run. Run the script again and enter an administrator account, or set -PromptForCredential $false.' }
}
$null = New-Item -ItemType Directory -Path (Split-Path -Path $TranscriptPath -Parent) -Force -WhatIf:$false
$null = Start-Transcript -LiteralPath $TranscriptPath -Append -WhatIf:$false
try {
    # Backups and rollback.ps1 are written on each target computer; the summary says where.
    # A computer that cannot be reached, or whose run stops, is reported; the others run to the end.
    $results = @(Invoke-Command @remote -ErrorAction Continue -ErrorVariable remoteErrors)
}
finally {
    $null = Stop-Transcript
}
$results | Select-Object -Property 'Computer', 'Mode', 'Found', 'Changed', 'Verified', 'Failed', 'Backup', 'Rollback', 'RebootNeeded'
foreach ($failure in @($remoteErrors)) {
    # A failure inside a remote run carries the computer in OriginInfo; a connection failure names it in its message.
    $where = $failure.TargetObject
    $origin = $failure.PSObject.Properties['OriginInfo']
    if ($null -ne $origin -and $null -ne $origin.Value) { $where = $origin.Value.PSComputerName }
    Write-Warning "Not completed on ${where}: $($failure.Exception.Message)"
}
Write-Host "Transcript (on this computer): $TranscriptPath"
