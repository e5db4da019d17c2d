function Repair-RdpTls12Protocol {
    # Turns TLS 1.2 back on only for a role that is explicitly off (Enabled = 0 or DisabledByDefault not
    # 0), by writing Enabled = 1 and DisabledByDefault = 0 into that existing key. Absent keys mean the OS
    # default and are not created. TLS 1.0 and 1.1 are never touched. Schannel applies the settings to new
    # credential handles only, and services keep theirs, so a reboot is needed (the script never reboots).
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $root = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
    foreach ($role in @('Server', 'Client')) {
        $key = "$root\TLS 1.2\$role"
        $enabled = Get-RdpRegistryValue -Path $key -Name 'Enabled'
        $disabledByDefault = Get-RdpRegistryValue -Path $key -Name 'DisabledByDefault'
        $off = ($null -ne $enabled -and $enabled -eq 0) -or ($null -ne $disabledByDefault -and $disabledByDefault -ne 0)
        if (-not $off) { continue }
        if ($null -eq $enabled -or $enabled -eq 0) {
            Set-RdpRegistryValue -Path $key -Name 'Enabled' -Value 1 -Type 'DWord'
        }
        if ($null -eq $disabledByDefault -or $disabledByDefault -ne 0) {
            Set-RdpRegistryValue -Path $key -Name 'DisabledByDefault' -Value 0 -Type 'DWord'
        }
    }
}
