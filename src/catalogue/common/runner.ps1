function New-RdpFixStep {
    # Describes one catalogue entry for Invoke-RdpFixRun. The script blocks call the fix's own functions.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Id,
        [Parameter(Mandatory)][string]$Title,
        [Parameter(Mandatory)][ValidateSet('host', 'client')][string]$RunsOn,
        [Parameter(Mandatory)][scriptblock]$Diagnose,
        [ValidateSet('fix', 'diagnostic')][string]$Kind = 'fix',
        [scriptblock]$Backup,
        [scriptblock]$Repair,
        [scriptblock]$Restore,
        [string[]]$RestoreFunction = @(),
        [string[]]$RestartService = @(),
        [switch]$DropsSession,
        [switch]$NeedsReboot,
        [switch]$HighImpact
    )
    [pscustomobject]@{
        Id = $Id; Title = $Title; RunsOn = $RunsOn; Kind = $Kind
        Diagnose = $Diagnose; Backup = $Backup; Repair = $Repair; Restore = $Restore
        RestoreFunction = $RestoreFunction; RestartService = $RestartService
        DropsSession = [bool]$DropsSession; NeedsReboot = [bool]$NeedsReboot; HighImpact = [bool]$HighImpact
    }
}

function Test-RdpElevation {
    # Well-known SID check, so it works whatever the language of Windows.
    $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = [System.Security.Principal.WindowsPrincipal]::new($identity)
    return $principal.IsInRole([System.Security.Principal.SecurityIdentifier]::new('S-1-5-32-544'))
}

function Test-RdpHostRole {
    # An RDP host has the Remote Desktop Services service; a client-only machine may not.
    return $null -ne (Get-Service -Name 'TermService' -ErrorAction SilentlyContinue)
}

function Complete-RdpSummary {
    # The one result object per computer. Outcome (and its exit code, from the table the generator writes
    # into $Settings.ExitCodes) is the most serious thing that happened; an explicit refusal wins.
    [CmdletBinding()]
    param([Parameter(Mandatory)][System.Collections.IDictionary]$Summary, [Parameter(Mandatory)][hashtable]$ExitCodes, [string]$Outcome)
    if (-not $Outcome) {
        $open = @($Summary.Found | Where-Object { $Summary.Verified -notcontains $_ })
        if (@($Summary.Failed).Count -gt 0) { $Outcome = 'Failed' }
        elseif ($Summary.Mode -ne 'Rollback' -and $open.Count -gt 0) { $Outcome = 'Found' }
        else { $Outcome = 'Ok' }
    }
    $Summary.Outcome = $Outcome
    $Summary.ExitCode = [int]$ExitCodes[$Outcome]
    if ($Summary.Backup) { Write-RdpStatus -Level Info "Backup: $($Summary.Backup); to undo the changes run: $($Summary.Rollback)" }
    Write-RdpStatus -Level Info "Result: $Outcome (exit code $($Summary.ExitCode))."
    return [pscustomobject]$Summary
}

function Invoke-RdpFixRun {
    # The safe order: preflight, diagnose, refuse what must not run unattended, back up, apply, restart
    # each service once, verify, summary. Whatever fails, the summary comes back with the backup and
    # rollback paths: a remote run shows only what it returns.
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][object[]]$Steps,
        [Parameter(Mandatory)][ValidateSet('Diagnose', 'Fix', 'Rollback')][string]$Mode,
        [Parameter(Mandatory)][hashtable]$ExitCodes,
        [string]$BackupRoot,
        [string]$BackupPath,
        [switch]$AllowSessionDrop,
        [bool]$Interactive = $true,
        [int]$RestartTimeoutSeconds = 60,
        [int]$VerifyTimeoutSeconds = 30,
        [string]$EvidenceSite = '',
        [int]$Generator = 0
    )
    $computer = $env:COMPUTERNAME
    $summary = [ordered]@{ Computer = $computer; Mode = $Mode; Outcome = $null; ExitCode = $null; Found = @(); Changed = @(); Verified = @(); Failed = @(); NotChecked = @(); Backup = $null; Rollback = $null; RebootNeeded = $false }

    Write-RdpStatus "Preflight on $computer (PowerShell $($PSVersionTable.PSVersion), Windows $([System.Environment]::OSVersion.Version))"
    if (-not (Test-RdpElevation)) {
        # Not a partial diagnosis: without Administrator rights winmgmt, the MachineKeys and key-file ACLs
        # and (unverified) the Terminal Services WMI namespace answer "access denied", which a check would
        # read as a broken WMI repository or key. So nothing is checked, and nothing is blamed.
        Write-RdpStatus -Level Warn "Not elevated on ${computer}: nothing was checked or changed. Run PowerShell as Administrator (for a remote run, use an administrator account on $computer)."
        foreach ($step in $Steps) { $summary.NotChecked += $step.Id; Write-RdpStatus -Level Warn "  $($step.Id): not checked (not elevated)" }
        return Complete-RdpSummary -Summary $summary -ExitCodes $ExitCodes -Outcome 'NotElevated'
    }
    try {
        if ($Mode -eq 'Rollback') { $outcome = Invoke-RdpRollbackMode -Steps $Steps -Summary $summary -BackupPath $BackupPath }
        else { $outcome = Invoke-RdpFixMode -Steps $Steps -Summary $summary -BackupRoot $BackupRoot -AllowSessionDrop:$AllowSessionDrop -Interactive $Interactive -RestartTimeoutSeconds $RestartTimeoutSeconds -VerifyTimeoutSeconds $VerifyTimeoutSeconds -EvidenceSite $EvidenceSite -Generator $Generator }
    }
    catch {
        $summary.Failed += 'run'
        $outcome = $null
        Write-RdpStatus -Level Warn "The run stopped on ${computer}: $($_.Exception.Message)"
    }
    return Complete-RdpSummary -Summary $summary -ExitCodes $ExitCodes -Outcome $outcome
}

function Initialize-RdpRunLog {
    # The transcript and report paths on this computer. Elevated, the default folder is
    # %ProgramData%\RdpFixGuide\Logs, created protected and refused if a standard user made it first;
    # not elevated (a read-only Diagnose), the user's own %TEMP%, as nothing elevated writes there.
    [CmdletBinding()]
    param([string]$TranscriptPath, [string]$ReportPath)
    $stamp = (Get-Date).ToString('yyyyMMdd-HHmmss')
    if (-not $TranscriptPath) {
        $logs = $env:TEMP
        if (Test-RdpElevation) { $logs = Join-Path -Path $env:ProgramData -ChildPath 'RdpFixGuide\Logs'; Initialize-RdpDataFolder -Path $logs }
        $TranscriptPath = Join-Path -Path $logs -ChildPath "rdp-fix-$stamp.log"
    }
    else { $null = New-Item -ItemType Directory -Path (Split-Path -Path $TranscriptPath -Parent) -Force -WhatIf:$false }
    if (-not $ReportPath) { $ReportPath = $TranscriptPath -replace '\.(log|txt)$', '.json' }
    else { $null = New-Item -ItemType Directory -Path (Split-Path -Path $ReportPath -Parent) -Force -WhatIf:$false }
    return [pscustomobject]@{ Transcript = $TranscriptPath; Report = $ReportPath }
}

function Write-RdpReport {
    # One row per computer, as JSON or CSV (by the file's extension), for a ticket or an RMM tool; then
    # the exit code of the whole run: the highest of any computer.
    [CmdletBinding()]
    param([Parameter(Mandatory)][AllowEmptyCollection()][object[]]$Results, [Parameter(Mandatory)][string]$Path)
    $fields = @('Computer', 'Mode', 'Outcome', 'ExitCode', 'Found', 'Changed', 'Verified', 'Failed', 'NotChecked', 'Backup', 'Rollback', 'RebootNeeded')
    $rows = @($Results | Select-Object -Property $fields)
    if ($Path -match '\.csv$') {
        $flat = foreach ($row in $rows) {
            $copy = [ordered]@{}
            foreach ($field in $fields) { $copy[$field] = @($row.$field) -join '; ' }
            [pscustomobject]$copy
        }
        @($flat) | Export-Csv -LiteralPath $Path -NoTypeInformation -Encoding UTF8 -WhatIf:$false
    }
    else { ConvertTo-Json -InputObject $rows -Depth 4 | Set-Content -LiteralPath $Path -Encoding UTF8 -WhatIf:$false }
    $exitCode = 0
    foreach ($row in $rows) { if ([int]$row.ExitCode -gt $exitCode) { $exitCode = [int]$row.ExitCode } }
    return $exitCode
}
