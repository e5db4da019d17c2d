function Backup-RdpTls12Protocol {
    # Saves both values of both roles (including "did not exist") and whether each key existed, so
    # Restore- can remove exactly what a run created, keys included.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $root = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
    $keys = [System.Collections.Generic.List[object]]::new()
    foreach ($role in @('Server', 'Client')) {
        $key = "$root\TLS 1.2\$role"
        # One file per value: a one-record file reads back the same way in Windows PowerShell 5.1 and
        # PowerShell 7, whose ConvertFrom-Json differ in how they emit arrays.
        foreach ($name in @('Enabled', 'DisabledByDefault')) {
            $file = Join-Path -Path $Path -ChildPath "tls12-$($role.ToLowerInvariant())-$name.json"
            Save-RdpRegistryValue -Path $key -Name @($name) -File $file
        }
        $keys.Add([pscustomobject]@{ Path = $key; Existed = (Test-Path -LiteralPath $key) })
    }
    # The parent last: Restore- removes keys in this order, children before their parent.
    $keys.Add([pscustomobject]@{ Path = "$root\TLS 1.2"; Existed = (Test-Path -LiteralPath "$root\TLS 1.2") })
    ConvertTo-Json -InputObject @($keys.ToArray()) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'keys.json') -Encoding UTF8
}
