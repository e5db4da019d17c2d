function New-RdpFixStep {
    # Describes one catalogue entry for Invoke-RdpFixRun. The script blocks call the fix's own functions.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Id,
        [Parameter(Mandatory)][string]$Title,
        [Parameter(Mandatory)][ValidateSet('host', 'client')][string]$RunsOn,
        [Parameter(Mandatory)][scriptblock]$Diagnose,
        [scriptblock]$Backup,
        [scriptblock]$Repair,
        [scriptblock]$Restore,
        [string[]]$RestoreFunction = @(),
        [string[]]$RestartService = @(),
        [switch]$DropsSession,
        [switch]$NeedsReboot
    )
    [pscustomobject]@{
        Id = $Id; Title = $Title; RunsOn = $RunsOn
        Diagnose = $Diagnose; Backup = $Backup; Repair = $Repair; Restore = $Restore
        RestoreFunction = $RestoreFunction; RestartService = $RestartService
        DropsSession = [bool]$DropsSession; NeedsReboot = [bool]$NeedsReboot
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

function Write-RdpRollbackScript {
    # Writes rollback.ps1 next to the backups: the restore functions of this run, then their calls in
    # reverse order of the changes. Runs on its own: no download, no catalogue needed.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Folder, [Parameter(Mandatory)][object[]]$Steps)
    $helperNames = @('Write-RdpStatus', 'Get-RdpRegistryValue', 'Set-RdpRegistryValue', 'Restore-RdpRegistryValue', 'Assert-RdpTrustedFolder')
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add('#Requires -Version 5.1')
    $lines.Add('#Requires -RunAsAdministrator')
    $lines.Add('<# Rollback written by an RDP Fix Guide run on ' + $env:COMPUTERNAME + ' at ' + (Get-Date).ToString('u') + '.')
    $lines.Add('   Restores the state saved in this folder. Run it with -WhatIf first. #>')
    $lines.Add('[CmdletBinding(SupportsShouldProcess, ConfirmImpact = ''High'')]')
    $lines.Add('param()')
    $lines.Add('$ErrorActionPreference = ''Stop''')
    $names = @($helperNames) + @($Steps | ForEach-Object { $_.RestoreFunction })
    foreach ($name in ($names | Select-Object -Unique)) {
        $definition = (Get-Command -Name $name -CommandType Function).Definition
        $lines.Add("function $name {")
        $lines.Add($definition.Trim())
        $lines.Add('}')
    }
    # Refuse a folder someone other than SYSTEM or Administrators could have written to.
    $lines.Add('Assert-RdpTrustedFolder -Path $PSScriptRoot')
    $reversed = @($Steps)
    [array]::Reverse($reversed)
    foreach ($step in $reversed) {
        foreach ($name in $step.RestoreFunction) {
            $lines.Add("$name -Path (Join-Path -Path `$PSScriptRoot -ChildPath '$($step.Id)')")
        }
    }
    $file = Join-Path -Path $Folder -ChildPath 'rollback.ps1'
    Set-Content -LiteralPath $file -Value $lines -Encoding UTF8
    return $file
}

function Invoke-RdpFixRun {
    # The safe order: preflight, diagnose, back up, apply, restart each service once, verify, summary.
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][object[]]$Steps,
        [Parameter(Mandatory)][ValidateSet('Diagnose', 'Fix', 'Rollback')][string]$Mode,
        [string]$BackupRoot,
        [string]$BackupPath,
        [switch]$AllowSessionDrop
    )
    $computer = $env:COMPUTERNAME
    $summary = [ordered]@{ Computer = $computer; Mode = $Mode; Found = @(); Changed = @(); Verified = @(); Failed = @(); Backup = $null; Rollback = $null; RebootNeeded = $false }

    Write-RdpStatus "Preflight on $computer (PowerShell $($PSVersionTable.PSVersion), Windows $([System.Environment]::OSVersion.Version))"
    if ($Mode -ne 'Diagnose' -and -not (Test-RdpElevation)) {
        throw "Run this script from an elevated PowerShell (Run as Administrator) on $computer; it changes system settings."
    }
    $isHost = Test-RdpHostRole
    $inRdpSession = "$env:SESSIONNAME" -like 'RDP-Tcp*'

    if ($Mode -eq 'Rollback') {
        if (-not (Test-Path -LiteralPath $BackupPath)) { throw "Backup folder '$BackupPath' does not exist on $computer. Pass -BackupPath with the folder a Fix run printed." }
        if (-not (Test-Path -LiteralPath (Join-Path -Path $BackupPath -ChildPath 'rollback.ps1'))) {
            # The backup root rather than a run folder (one path for several computers): each takes its own newest run.
            $newest = @(Get-ChildItem -LiteralPath $BackupPath -Directory | Where-Object { $_.Name -like "*-$computer" } | Sort-Object -Property 'Name' -Descending) | Select-Object -First 1
            if ($null -eq $newest) { throw "'$BackupPath' on $computer is neither a backup run folder (it has no rollback.ps1) nor a folder holding runs of $computer. Pass -BackupPath with the folder a Fix run printed." }
            $BackupPath = $newest.FullName
            Write-RdpStatus "Newest backup of ${computer}: $BackupPath"
        }
        Assert-RdpTrustedFolder -Path $BackupPath
        $reversed = @($Steps)
        [array]::Reverse($reversed)
        foreach ($step in $reversed) {
            if ($null -eq $step.Restore) { continue }
            $folder = Join-Path -Path $BackupPath -ChildPath $step.Id
            if (-not (Test-Path -LiteralPath $folder)) { Write-RdpStatus -Level Info "No backup for $($step.Id) in $BackupPath; nothing to restore."; continue }
            Write-RdpStatus "Restoring: $($step.Title)"
            # One restore that fails must not leave the others undone; the summary lists it under Failed.
            try {
                & $step.Restore $folder
                if (-not $WhatIfPreference) { $summary.Changed += $step.Id }
                if ($step.NeedsReboot) { $summary.RebootNeeded = $true }
            }
            catch { $summary.Failed += $step.Id; Write-RdpStatus -Level Warn "  Failed: $($_.Exception.Message)" }
        }
        # The restored settings are read when these services start; this script does not restart them.
        $services = @($reversed | Where-Object { $summary.Changed -contains $_.Id } | ForEach-Object { $_.RestartService } | Select-Object -Unique)
        if ($services.Count -gt 0) { Write-RdpStatus -Level Warn "Restart $($services -join ', ') (from the console, not your only RDP session) for the restored settings to take effect." }
        if ($summary.RebootNeeded) { Write-RdpStatus -Level Warn 'A reboot is needed for some restored settings to take effect. This script does not reboot.' }
        return [pscustomobject]$summary
    }

    $pending = @()
    foreach ($step in $Steps) {
        if ($step.RunsOn -eq 'host' -and -not $isHost) {
            Write-RdpStatus -Level Warn "$computer is not an RDP host (no TermService); skipping '$($step.Title)'."
            continue
        }
        Write-RdpStatus "Diagnose: $($step.Title)"
        # One check that cannot run (WMI broken, say) must not stop the others, such as the WMI repair.
        try { $finding = & $step.Diagnose }
        catch {
            $summary.Failed += $step.Id
            Write-RdpStatus -Level Warn "  Could not diagnose $($step.Id), so it is left alone: $($_.Exception.Message)"
            continue
        }
        foreach ($line in @($finding.Findings)) { Write-RdpStatus -Level Found "  $line" }
        if ($finding.NeedsFix) { $summary.Found += $step.Id; $pending += $step }
        else { Write-RdpStatus -Level Ok "  Nothing to change for $($step.Id)." }
    }
    if ($Mode -eq 'Diagnose') { return [pscustomobject]$summary }
    $pending = @($pending | Where-Object { $null -ne $_.Repair })
    if ($pending.Count -eq 0) {
        Write-RdpStatus -Level Ok 'Nothing to change: every selected check passed.'
        return [pscustomobject]$summary
    }
    if ($inRdpSession -and -not $AllowSessionDrop -and @($pending | Where-Object { $_.DropsSession }).Count -gt 0) {
        throw 'This session is a Remote Desktop session and a selected fix restarts Remote Desktop Services, which ends it. Run from the console or a remote PowerShell session, or pass -AllowSessionDrop.'
    }

    if (-not $BackupRoot) { $BackupRoot = Join-Path -Path $env:ProgramData -ChildPath 'RdpFixGuide\Backup' }
    $stamp = (Get-Date).ToString('yyyyMMdd-HHmmss')
    $runFolder = Join-Path -Path $BackupRoot -ChildPath "$stamp-$computer"
    if ($PSCmdlet.ShouldProcess($runFolder, 'Back up the current state and write rollback.ps1')) {
        if (-not (Test-Path -LiteralPath $BackupRoot)) { $null = New-Item -ItemType Directory -Path $BackupRoot -Force }
        # Without -Force: a folder that already exists was not made by this run, so it is not trusted.
        $null = New-Item -ItemType Directory -Path $runFolder
        Protect-RdpBackupFolder -Path $runFolder
        foreach ($step in $pending) {
            $folder = Join-Path -Path $runFolder -ChildPath $step.Id
            $null = New-Item -ItemType Directory -Path $folder -Force
            & $step.Backup $folder
        }
        $summary.Backup = $runFolder
        $summary.Rollback = Write-RdpRollbackScript -Folder $runFolder -Steps $pending
        Write-RdpStatus -Level Ok "Backup and rollback script: $($summary.Rollback)"
    }
    elseif (-not $WhatIfPreference) {
        throw 'The backup was declined, so no change was made. Every change needs a backup first.'
    }

    foreach ($step in $pending) {
        Write-RdpStatus "Apply: $($step.Title)"
        try {
            & $step.Repair
            # Under -WhatIf nothing changed; the summary must not say otherwise.
            if (-not $WhatIfPreference) { $summary.Changed += $step.Id }
        }
        catch { $summary.Failed += $step.Id; Write-RdpStatus -Level Warn "  Failed: $($_.Exception.Message)" }
    }

    # Each service at most once, in this order: SessionEnv (recreates the self-signed certificate),
    # then TermService with -Force, which also restarts its dependent UmRdpService.
    # Only for repairs that went through: a failed one changed nothing worth dropping every session for.
    $restart = @($pending | Where-Object { $summary.Failed -notcontains $_.Id } | ForEach-Object { $_.RestartService })
    foreach ($service in @('SessionEnv', 'TermService')) {
        if ($restart -notcontains $service) { continue }
        if ($PSCmdlet.ShouldProcess($service, 'Restart service (and its dependent services)')) {
            Restart-Service -Name $service -Force
            Write-RdpStatus -Level Change "Restarted $service"
        }
    }
    if ($WhatIfPreference) { return [pscustomobject]$summary }

    foreach ($step in $pending) {
        $after = & $step.Diagnose
        if ($after.NeedsFix) { Write-RdpStatus -Level Warn "Verify: $($step.Id) still reports: $(@($after.Findings) -join '; ')" }
        else { $summary.Verified += $step.Id; Write-RdpStatus -Level Ok "Verify: $($step.Id) is fixed." }
        if ($step.NeedsReboot) { $summary.RebootNeeded = $true }
    }
    if ($summary.RebootNeeded) { Write-RdpStatus -Level Warn 'A reboot is needed for some changes to take effect. This script does not reboot.' }
    return [pscustomobject]$summary
}
