function Invoke-RdpFixMode {
    # Diagnose and Fix modes. Fills $Summary; returns an outcome that overrides the computed one (a
    # refusal), or nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][object[]]$Steps,
        [Parameter(Mandatory)][System.Collections.IDictionary]$Summary,
        [string]$BackupRoot,
        [switch]$AllowSessionDrop,
        [bool]$Interactive = $true,
        [int]$RestartTimeoutSeconds = 60,
        [int]$VerifyTimeoutSeconds = 30,
        [string]$EvidenceSite = '',
        [int]$Generator = 0
    )
    $computer = $env:COMPUTERNAME
    $isHost = Test-RdpHostRole
    $pending = @()
    $evidence = New-RdpEvidence
    foreach ($step in $Steps) {
        if ($step.RunsOn -eq 'host' -and -not $isHost) {
            Write-RdpStatus -Level Warn "$computer is not an RDP host (no TermService); skipping '$($step.Title)'."
            Add-RdpEvidence -Evidence $evidence -Step $step -Finding $null -Outcome Skipped
            continue
        }
        Write-RdpStatus "Diagnose: $($step.Title)"
        # One check that cannot run (WMI broken, say) must not stop the others, such as the WMI repair.
        try { $finding = & $step.Diagnose }
        catch {
            $Summary.Failed += $step.Id
            Write-RdpStatus -Level Warn "  Could not diagnose $($step.Id), so it is left alone: $($_.Exception.Message)"
            Add-RdpEvidence -Evidence $evidence -Step $step -Finding $null -Outcome Failed
            continue
        }
        foreach ($line in @($finding.Findings)) { Write-RdpStatus -Level Found "  $line" }
        Add-RdpEvidence -Evidence $evidence -Step $step -Finding $finding
        if ($finding.NeedsFix) { $Summary.Found += $step.Id; $pending += $step }
        else { Write-RdpStatus -Level Ok "  Nothing to change for $($step.Id)." }
    }
    # Every Diagnose run ends with the evidence the selector reads back (src/lib/evidence).
    if ($Summary.Mode -eq 'Diagnose') { Write-RdpEvidence -Evidence $evidence -Site $EvidenceSite -Generator $Generator; return }
    $pending = @($pending | Where-Object { $null -ne $_.Repair })
    if ($pending.Count -eq 0) {
        Write-RdpStatus -Level Ok 'Nothing to change: every selected check passed.'
        return
    }

    # No silent session drops: TermService ends every session, active or disconnected, on this computer.
    $dropping = @($pending | Where-Object { $_.DropsSession -or $_.RestartService -contains 'TermService' })
    $sessionNote = ''
    if ($dropping.Count -gt 0) {
        $sessions = Get-RdpUserSession
        $sessionNote = if ($null -eq $sessions) { 'the sessions could not be counted' } else { "$(@($sessions).Count) user session(s), active or disconnected" }
        if (-not $AllowSessionDrop -and ($null -eq $sessions -or @($sessions).Count -gt 0)) {
            Write-RdpStatus -Level Warn "Refused on ${computer}: $sessionNote, and $(@($dropping | ForEach-Object { $_.Id }) -join ', ') restarts Remote Desktop Services (TermService), which ends them all. Nothing was changed. Warn the users (quser lists them), then run again with -AllowSessionDrop."
            return 'SessionsPresent'
        }
    }

    # Non-interactive runs never hang: a step that would ask is refused here, before any change.
    $asking = @($pending | Where-Object { $_.HighImpact -or $_.RestartService -contains 'TermService' })
    $prompts = -not $WhatIfPreference -and "$ConfirmPreference" -ne 'None' -and ($asking.Count -gt 0 -or "$ConfirmPreference" -ne 'High')
    if ($prompts -and -not $Interactive) {
        $what = if ($asking.Count -gt 0) { "$(@($asking | ForEach-Object { $_.Id }) -join ', ') needs a High-impact confirmation" } else { '-Confirm asks before every change' }
        Write-RdpStatus -Level Warn "Refused on ${computer}: $what, and this PowerShell cannot ask (non-interactive: RMM, Intune, a scheduled task or -NonInteractive). Nothing was changed. Run it interactively, or pass -Confirm:`$false to accept every High-impact change without a prompt."
        return 'NeedsConfirmation'
    }

    if (-not $BackupRoot) { $BackupRoot = Join-Path -Path $env:ProgramData -ChildPath 'RdpFixGuide\Backup'; $defaultRoot = $true } else { $defaultRoot = $false }
    $runFolder = Join-Path -Path $BackupRoot -ChildPath "$((Get-Date).ToString('yyyyMMdd-HHmmss'))-$computer"
    if ($PSCmdlet.ShouldProcess((Format-RdpTarget $runFolder), 'Back up the current state and write rollback.ps1')) {
        try {
            if ($defaultRoot) { Initialize-RdpDataFolder -Path $BackupRoot }
            elseif (-not (Test-Path -LiteralPath $BackupRoot)) { $null = New-Item -ItemType Directory -Path $BackupRoot -Force }
            # Without -Force: a folder that already exists was not made by this run, so it is not trusted.
            $null = New-Item -ItemType Directory -Path $runFolder
            Protect-RdpBackupFolder -Path $runFolder
        }
        catch {
            $Summary.Failed += 'backup'
            Write-RdpStatus -Level Warn "No backup folder on ${computer}, so nothing was changed: $($_.Exception.Message)"
            return
        }
        $Summary.Backup = $runFolder
        $saved = @()
        foreach ($step in $pending) {
            # One backup that fails skips only its own fix: no backup, no change.
            try {
                $folder = Join-Path -Path $runFolder -ChildPath $step.Id
                $null = New-Item -ItemType Directory -Path $folder -Force
                & $step.Backup $folder
                $saved += $step
            }
            catch {
                $Summary.Failed += $step.Id
                Write-RdpStatus -Level Warn "  Backup of $($step.Id) failed on $computer, so it is not applied: $($_.Exception.Message)"
            }
        }
        $pending = $saved
        try {
            $Summary.Rollback = Write-RdpRollbackScript -Folder $runFolder -Steps $pending
            Set-RdpBackupOwner -Path $runFolder
        }
        catch {
            $Summary.Failed += 'backup'
            Write-RdpStatus -Level Warn "No usable backup on ${computer}, so nothing was changed: $($_.Exception.Message)"
            return
        }
        Write-RdpStatus -Level Ok "Backup and rollback script: $($Summary.Rollback)"
    }
    elseif (-not $WhatIfPreference) {
        $Summary.Failed += 'backup'
        Write-RdpStatus -Level Warn "The backup was declined on $computer, so no change was made. Every change needs a backup first."
        return
    }

    foreach ($step in $pending) {
        Write-RdpStatus "Apply: $($step.Title)"
        try {
            & $step.Repair
            # Under -WhatIf nothing changed; the summary must not say otherwise.
            if (-not $WhatIfPreference) { $Summary.Changed += $step.Id }
        }
        catch { $Summary.Failed += $step.Id; Write-RdpStatus -Level Warn "  Failed: $($_.Exception.Message)" }
    }

    # Each service at most once, in this order: SessionEnv (recreates the self-signed certificate), then
    # TermService with its dependent UmRdpService. Only for repairs that went through.
    $applied = @($pending | Where-Object { $Summary.Failed -notcontains $_.Id })
    $restart = @($applied | ForEach-Object { $_.RestartService })
    $notRestarted = @()
    foreach ($service in @('SessionEnv', 'TermService')) {
        if ($restart -notcontains $service) { continue }
        if ($service -eq 'TermService') { $approved = Approve-RdpHighImpact -Target 'TermService (Remote Desktop Services)' -Action "Restart; ends every RDP session ($sessionNote)" }
        else { $approved = $PSCmdlet.ShouldProcess((Format-RdpTarget $service), 'Restart service (and its dependent services)') }
        if (-not $approved) { $notRestarted += $service; continue }
        try {
            Restart-RdpService -Name $service -TimeoutSeconds $RestartTimeoutSeconds
            Write-RdpStatus -Level Change "Restarted $service"
        }
        catch {
            $notRestarted += $service
            $Summary.Failed += "restart-$service"
            Write-RdpStatus -Level Warn "Restart of $service failed: $($_.Exception.Message)"
        }
    }
    if ($WhatIfPreference) { return }

    foreach ($step in $pending) {
        if ($step.NeedsReboot) { $Summary.RebootNeeded = $true }
        # A failed step is never also verified: its re-diagnosis may be clean for another reason.
        if ($Summary.Failed -contains $step.Id) { Write-RdpStatus -Level Warn "Verify: $($step.Id) failed above, so it is not verified."; continue }
        $missing = @($step.RestartService | Where-Object { $notRestarted -contains $_ })
        if ($missing.Count -gt 0) {
            $Summary.Failed += $step.Id
            Write-RdpStatus -Level Warn "Verify: $($step.Id) changed settings that take effect only when $($missing -join ', ') restarts, which did not happen on $computer."
            continue
        }
        try { $after = & $step.Diagnose }
        catch { $Summary.Failed += $step.Id; Write-RdpStatus -Level Warn "Verify: could not check $($step.Id) again: $($_.Exception.Message)"; continue }
        # Windows creates the new self-signed certificate seconds after SessionEnv starts: poll for it.
        $waited = 0
        $verifyError = $null
        while ($after.NeedsFix -and $step.RestartService -contains 'SessionEnv' -and $waited -lt $VerifyTimeoutSeconds) {
            Start-Sleep -Seconds 2
            $waited += 2
            # A check that throws now (WMI busy, say) fails this step only; the other verifies still run.
            try { $after = & $step.Diagnose }
            catch { $verifyError = $_.Exception.Message; break }
        }
        if ($null -ne $verifyError) { $Summary.Failed += $step.Id; Write-RdpStatus -Level Warn "Verify: could not check $($step.Id) again on ${computer}: $verifyError"; continue }
        if ($after.NeedsFix) { Write-RdpStatus -Level Warn "Verify: $($step.Id) still reports: $(@($after.Findings) -join '; ')" }
        else { $Summary.Verified += $step.Id; Write-RdpStatus -Level Ok "Verify: $($step.Id) is fixed." }
    }
    if ($Summary.RebootNeeded) { Write-RdpStatus -Level Warn 'A reboot is needed for some changes to take effect. This script does not reboot.' }
}
