function Restore-RdpTls12Protocol {
    # Puts Enabled and DisabledByDefault back as saved (values that did not exist are removed), then
    # removes keys that did not exist before, but only when empty: anything else in them was not ours.
    # Running it twice changes nothing the second time.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    foreach ($role in @('server', 'client')) {
        foreach ($name in @('Enabled', 'DisabledByDefault')) {
            $key = "HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\$role"
            Restore-RdpRegistryValue -File (Join-Path -Path $Path -ChildPath "tls12-$role-$name.json") -ExpectedPath $key
        }
    }
    # Assigned first, then enumerated: Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one
    # object, so @(... | ConvertFrom-Json) would hold a single nested array there.
    $saved = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'keys.json') -Raw | ConvertFrom-Json
    foreach ($entry in $saved) {
        if ($entry.Existed -or -not (Test-Path -LiteralPath $entry.Path)) { continue }
        $key = Get-Item -LiteralPath $entry.Path
        if ($key.ValueCount -gt 0 -or $key.SubKeyCount -gt 0) {
            Write-RdpStatus -Level Warn -Message "$($entry.Path) did not exist before but now holds other values or keys; left in place."
            continue
        }
        if ($PSCmdlet.ShouldProcess((Format-RdpTarget $entry.Path), 'Remove registry key (it did not exist before)')) {
            Remove-Item -LiteralPath $entry.Path
            Write-RdpStatus -Level Change -Message "Removed $($entry.Path)"
        }
    }
}
