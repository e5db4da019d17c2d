function Select-RdpBackupRun {
    # -BackupPath is a run folder (it holds rollback.ps1), or the folder holding runs, where this computer
    # takes its newest TRUSTED run: a standard user could plant a folder with a later stamp to be picked
    # (and refused), which would block the rollback, so untrusted runs are skipped and named.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$BackupPath)
    $computer = $env:COMPUTERNAME
    if (-not (Test-Path -LiteralPath $BackupPath)) { throw "Backup folder '$BackupPath' does not exist on $computer. Pass -BackupPath with the folder a Fix run printed." }
    if (Test-Path -LiteralPath (Join-Path -Path $BackupPath -ChildPath 'rollback.ps1')) { return $BackupPath }
    $runs = @(Get-ChildItem -LiteralPath $BackupPath -Directory | Where-Object { $_.Name -like "*-$computer" } | Sort-Object -Property 'Name' -Descending)
    foreach ($run in $runs) {
        if (-not (Test-Path -LiteralPath (Join-Path -Path $run.FullName -ChildPath 'rollback.ps1'))) { continue }
        try { Assert-RdpTrustedFolder -Path $run.FullName }
        catch { Write-RdpStatus -Level Warn "Skipping $($run.FullName): $($_.Exception.Message)"; continue }
        Write-RdpStatus "Newest trusted backup of ${computer}: $($run.FullName)"
        return $run.FullName
    }
    throw "'$BackupPath' on $computer is neither a backup run folder (it has no rollback.ps1) nor a folder holding trusted runs of $computer. Pass -BackupPath with the folder a Fix run printed."
}

function Invoke-RdpRollbackMode {
    # Restores each step's backup, newest change first; a restore that fails does not stop the others.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][object[]]$Steps, [Parameter(Mandatory)][System.Collections.IDictionary]$Summary, [string]$BackupPath)
    $BackupPath = Select-RdpBackupRun -BackupPath $BackupPath
    Assert-RdpTrustedFolder -Path $BackupPath
    $Summary.Backup = $BackupPath
    $reversed = @($Steps)
    [array]::Reverse($reversed)
    foreach ($step in $reversed) {
        if ($null -eq $step.Restore) { continue }
        $folder = Join-Path -Path $BackupPath -ChildPath $step.Id
        if (-not (Test-Path -LiteralPath $folder)) { Write-RdpStatus -Level Info "No backup for $($step.Id) in $BackupPath; nothing to restore."; continue }
        Write-RdpStatus "Restoring: $($step.Title)"
        try {
            & $step.Restore $folder
            if (-not $WhatIfPreference) { $Summary.Changed += $step.Id }
            if ($step.NeedsReboot) { $Summary.RebootNeeded = $true }
        }
        catch { $Summary.Failed += $step.Id; Write-RdpStatus -Level Warn "  Failed: $($_.Exception.Message)" }
    }
    # The restored settings are read when these services start; this script does not restart them.
    $services = @($reversed | Where-Object { $Summary.Changed -contains $_.Id } | ForEach-Object { $_.RestartService } | Select-Object -Unique)
    if ($services.Count -gt 0) { Write-RdpStatus -Level Warn "Restart $($services -join ', ') (from the console, not your only RDP session) for the restored settings to take effect." }
    if ($Summary.RebootNeeded) { Write-RdpStatus -Level Warn 'A reboot is needed for some restored settings to take effect. This script does not reboot.' }
}

function Write-RdpRollbackScript {
    # Writes rollback.ps1 next to the backups: the restore functions of this run, then their calls in
    # reverse order of the changes. Runs on its own (no download, no catalogue), writes a transcript into
    # the backup folder, and goes on past a restore that fails (exit code 3 then).
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Folder, [Parameter(Mandatory)][AllowEmptyCollection()][object[]]$Steps)
    $helperNames = @('Write-RdpStatus', 'Format-RdpTarget', 'Get-RdpRegistryValue', 'Set-RdpRegistryValue', 'Restore-RdpRegistryValue', 'Assert-RdpTrustedItem', 'Assert-RdpTrustedFolder')
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add('#Requires -Version 5.1')
    $lines.Add('#Requires -RunAsAdministrator')
    $lines.Add('<# Rollback written by an RDP Fix Guide run on ' + $env:COMPUTERNAME + ' at ' + (Get-Date).ToString('u') + '.')
    $lines.Add('   Restores the state saved in this folder. Run it with -WhatIf first. Exit code 0: all restored; 3: a restore failed. #>')
    $lines.Add('[CmdletBinding(SupportsShouldProcess, ConfirmImpact = ''High'')]')
    $lines.Add('param()')
    $lines.Add('$ErrorActionPreference = ''Stop''')
    # The restore functions and every *-Rdp* function they call, however deep (a fix's own helper too).
    $names = [System.Collections.Generic.List[string]]::new()
    $queue = [System.Collections.Generic.Queue[string]]::new()
    foreach ($name in @($helperNames) + @($Steps | ForEach-Object { $_.RestoreFunction })) { $queue.Enqueue($name) }
    while ($queue.Count -gt 0) {
        $name = $queue.Dequeue()
        if ($names.Contains($name)) { continue }
        $names.Add($name)
        $calls = (Get-Command -Name $name -CommandType Function).ScriptBlock.Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)
        foreach ($call in $calls) {
            $called = $call.GetCommandName()
            if ($called -like '*-Rdp*' -and $null -ne (Get-Command -Name $called -CommandType Function -ErrorAction SilentlyContinue)) { $queue.Enqueue($called) }
        }
    }
    foreach ($name in $names) {
        $definition = (Get-Command -Name $name -CommandType Function).Definition
        $lines.Add("function $name {")
        $lines.Add($definition.Trim())
        $lines.Add('}')
    }
    # Refuse a folder someone other than SYSTEM or Administrators could have written to.
    $lines.Add('Assert-RdpTrustedFolder -Path $PSScriptRoot')
    $lines.Add('$transcript = Join-Path -Path $PSScriptRoot -ChildPath (''rollback-{0}.log'' -f (Get-Date).ToString(''yyyyMMdd-HHmmss''))')
    $lines.Add('$null = Start-Transcript -LiteralPath $transcript -Append -WhatIf:$false')
    $lines.Add('$failed = @()')
    $lines.Add('try {')
    $reversed = @($Steps)
    [array]::Reverse($reversed)
    foreach ($step in $reversed) {
        foreach ($name in $step.RestoreFunction) {
            $lines.Add("    try { Write-RdpStatus 'Restoring $($step.Id)'; $name -Path (Join-Path -Path `$PSScriptRoot -ChildPath '$($step.Id)') }")
            $lines.Add("    catch { `$failed += '$($step.Id)'; Write-RdpStatus -Level Warn ""Could not restore $($step.Id): `$(`$_.Exception.Message)"" }")
        }
    }
    $lines.Add('}')
    # The transcript is a new file: on Windows 10/11 its owner is the administrator's own account, and the
    # check above would refuse the folder the next time. Administrators own it, as they own the backups.
    $lines.Add('finally {')
    $lines.Add('    $null = Stop-Transcript')
    $lines.Add('    $null = & icacls $transcript /setowner ''*S-1-5-32-544'' /c /q')
    $lines.Add('    if ($LASTEXITCODE -ne 0) { Write-RdpStatus -Level Warn "Could not make Administrators the owner of $transcript (icacls exit code $LASTEXITCODE); a later run of this rollback will refuse the folder until it is deleted." }')
    $lines.Add('}')
    $lines.Add('if ($failed.Count -gt 0) { Write-RdpStatus -Level Warn "Not restored: $($failed -join '', ''). Transcript: $transcript"; exit 3 }')
    $lines.Add('Write-RdpStatus -Level Ok "Rollback finished. Transcript: $transcript"')
    $file = Join-Path -Path $Folder -ChildPath 'rollback.ps1'
    Set-Content -LiteralPath $file -Value $lines -Encoding UTF8
    return $file
}
