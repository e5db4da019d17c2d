function Backup-RdpWmiRepository {
    # winmgmt /backup writes a copy of the whole repository. If the backup fails, the run stops before any
    # change. The copy is the repository /verifyrepository found inconsistent, and restoring it stops WMI and
    # force-disconnects its clients (IWbemBackupRestore::Restore: WMI "must be stopped"), so no automatic
    # rollback restores it: this writes a separate, clearly-labelled script next to it for a deliberate restore.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $file = Join-Path -Path $Path -ChildPath 'wmi-repository.bak'
    $output = & winmgmt /backup $file
    if ($LASTEXITCODE -ne 0 -or -not (Test-Path -LiteralPath $file -PathType Leaf)) {
        throw "winmgmt /backup $file failed on $env:COMPUTERNAME (exit code $LASTEXITCODE): $(@($output) -join ' '). Nothing was changed; run the script elevated, or check free disk space."
    }
    $manual = @'
#Requires -RunAsAdministrator
<# MANUAL ONLY, never part of a rollback. Puts back the WMI repository an RDP Fix Guide run saved BEFORE it
   salvaged the repository. That copy is the repository winmgmt /verifyrepository found INCONSISTENT.
   Restoring it stops WMI and force-disconnects every WMI client (configuration management and monitoring
   agents, Hyper-V management, ...). Use it only if Microsoft support asks for the old repository.
   Run it with -WhatIf first; it asks before the restore unless -Confirm:$false is given. #>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param()
$ErrorActionPreference = 'Stop'
$file = Join-Path -Path $PSScriptRoot -ChildPath 'wmi-repository.bak'
if (-not (Test-Path -LiteralPath $file -PathType Leaf)) { throw "$env:COMPUTERNAME`: $file does not exist; nothing was restored." }
if ($PSCmdlet.ShouldProcess("$env:COMPUTERNAME`: WMI repository", "Restore the INCONSISTENT pre-salvage repository from $file (winmgmt /restore, force-disconnects every WMI client)")) {
    $output = & winmgmt /restore $file 1
    if ($LASTEXITCODE -ne 0) { throw "$env:COMPUTERNAME`: winmgmt /restore $file 1 failed (exit code $LASTEXITCODE): $(@($output) -join ' ')" }
    Write-Host "[CHANGE] $env:COMPUTERNAME`: restored the pre-salvage (inconsistent) WMI repository from $file."
}
'@
    Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'restore-wmi-repository.ps1') -Value $manual -Encoding UTF8
}
