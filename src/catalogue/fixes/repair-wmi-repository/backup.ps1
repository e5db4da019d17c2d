function Backup-RdpWmiRepository {
    # winmgmt /backup writes a copy of the whole repository that winmgmt /restore can put back. If the
    # backup fails, the run stops before any change.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $file = Join-Path -Path $Path -ChildPath 'wmi-repository.bak'
    $output = & winmgmt /backup $file
    if ($LASTEXITCODE -ne 0 -or -not (Test-Path -LiteralPath $file -PathType Leaf)) {
        throw "winmgmt /backup $file failed (exit code $LASTEXITCODE): $(@($output) -join ' '). Nothing was changed; run the script elevated, or check free disk space."
    }
}
