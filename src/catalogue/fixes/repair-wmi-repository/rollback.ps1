function Restore-RdpWmiRepository {
    # Puts back the repository saved before the salvage, exactly, which also brings back its inconsistency.
    # Flag 1 forces the restore even while WMI clients are connected (0 would skip it), per Microsoft's
    # winmgmt page. Restoring the same file again yields the same repository.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    $file = Join-Path -Path $Path -ChildPath 'wmi-repository.bak'
    if (-not (Test-Path -LiteralPath $file -PathType Leaf)) {
        throw "The WMI backup $file does not exist; nothing was restored. Pass the backup folder a Fix run printed."
    }
    if ($PSCmdlet.ShouldProcess('WMI repository', "Restore from $file (winmgmt /restore, force)")) {
        $output = & winmgmt /restore $file 1
        if ($LASTEXITCODE -ne 0) { throw "winmgmt /restore $file 1 failed (exit code $LASTEXITCODE): $(@($output) -join ' ')" }
        Write-RdpStatus -Level Change -Message "Restored the WMI repository from $file."
    }
}
