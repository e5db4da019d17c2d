function Restore-RdpWmiRepository {
    # Restores nothing, on purpose. The copy saved before the salvage is the repository winmgmt found
    # inconsistent, and `winmgmt /restore <file> 1` stops WMI and force-disconnects every WMI client
    # (https://learn.microsoft.com/windows/win32/wmisdk/winmgmt ;
    # https://learn.microsoft.com/windows/win32/api/wbemcli/nf-wbemcli-iwbembackuprestore-restore). So the
    # automatic rollback only names the separate script Backup- wrote, which asks (High impact) before it runs.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    $manual = Join-Path -Path $Path -ChildPath 'restore-wmi-repository.ps1'
    Write-RdpStatus -Level Warn -Message "$env:COMPUTERNAME`: the WMI repository is not restored by a rollback. The copy saved before the salvage is the repository winmgmt found inconsistent, and restoring it force-disconnects every WMI client. Only if Microsoft support asks for it, run: & '$manual'"
}
