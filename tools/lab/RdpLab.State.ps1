# The REAL state the lab checks after every step, read with ordinary Windows commands on the machine (through the
# harness's models in the simulation), and the invariants judged from it. Dot-sourced by RdpLab.psm1.

# Self-contained: it runs on the machine (sent as text to the simulated host), so it cannot call module functions.
$script:ReadState = {
    $state = @{}
    $rdpTcp = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $schannel = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
    $values = @(
        @($rdpTcp, 'SecurityLayer', 'UserAuthentication', 'MinEncryptionLevel', 'PortNumber', 'SSLCertificateSHA1Hash', 'fEnableWinStation'),
        @('HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server', 'fDenyTSConnections'),
        @('HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services', 'fDenyTSConnections'),
        @('HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services\Client', 'fClientDisableUDP'),
        @("$schannel\Server", 'Enabled', 'DisabledByDefault'),
        @("$schannel\Client", 'Enabled', 'DisabledByDefault'),
        @('HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters', 'AllowEncryptionOracle')
    )
    foreach ($entry in $values) {
        $key = $entry[0]
        foreach ($name in $entry[1..($entry.Count - 1)]) {
            $text = '(absent)'
            if (Test-Path -LiteralPath $key) {
                $item = Get-ItemProperty -LiteralPath $key -Name $name -ErrorAction SilentlyContinue
                if ($null -ne $item) {
                    $value = $item.$name
                    $text = if ($value -is [array]) { 'binary:' + (($value | ForEach-Object { ([byte]$_).ToString('X2') }) -join '') } else { "dword:$value" }
                }
            }
            $state["registry:$($key.Substring(6))\$name"] = $text
        }
    }
    foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name
        $state["service:$name"] = "$($service.Status) $($service.StartType)"
    }
    foreach ($name in @('RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP')) {
        $rule = Get-NetFirewallRule -Name $name -ErrorAction SilentlyContinue
        $state["firewall:$name"] = if ($null -eq $rule) { '(absent)' } else { "Enabled=$($rule.Enabled)" }
    }
    $store = 'Cert:\LocalMachine\Remote Desktop'
    $state['certificates:Remote Desktop'] = if (Test-Path -LiteralPath $store) {
        (@(Get-ChildItem -Path $store | ForEach-Object { "$($_.Thumbprint) until $($_.NotAfter.ToString('yyyy-MM-dd')) key=$($_.HasPrivateKey)" }) | Sort-Object) -join '; '
    } else { '(no store)' }
    $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
    $state['listener:certificate'] = "$($setting.SSLCertificateSHA1Hash) type $($setting.SSLCertificateSHA1HashType)"
    $machineKeys = Join-Path $env:ProgramData 'Microsoft\Crypto\RSA\MachineKeys'
    $state['acl:MachineKeys'] = (Get-Acl -LiteralPath $machineKeys).GetSecurityDescriptorSddlForm('Access')
    foreach ($file in @(Get-ChildItem -LiteralPath $machineKeys -File -Force)) {
        # A DACL with no entries shuts everyone out, administrators included: Get-Acl itself may then be refused.
        $state["acl:MachineKeys\$($file.Name)"] = try { (Get-Acl -LiteralPath (Join-Path $machineKeys $file.Name)).GetSecurityDescriptorSddlForm('Access') } catch { "UNREADABLE: $($_.Exception.Message)" }
    }
    $state
}

function Get-RdpLabState {
    # The machine's state as sorted "what = value" entries (registry values, services, RDP firewall rules, the Remote
    # Desktop store, the listener binding, and the SDDL of MachineKeys and of every key file in it).
    $raw = @(Invoke-RdpLabHost -ScriptBlock $script:ReadState)[-1]
    $sorted = [ordered]@{}
    foreach ($key in @($raw.Keys | Sort-Object)) { $sorted[$key] = "$($raw[$key])" }
    $sorted
}

function Compare-RdpLabState {
    # Every entry that differs, as "what: before -> after"; entries whose name starts with an -Ignore prefix are left out.
    param([Parameter(Mandatory)][System.Collections.IDictionary]$Before, [Parameter(Mandatory)][System.Collections.IDictionary]$After, [string[]]$Ignore = @())
    $names = @(@($Before.Keys) + @($After.Keys) | Sort-Object -Unique)
    foreach ($name in $names) {
        if (@($Ignore | Where-Object { $name.StartsWith($_, [StringComparison]::OrdinalIgnoreCase) }).Count -gt 0) { continue }
        $b = if ($Before.Contains($name)) { $Before[$name] } else { '(none)' }
        $a = if ($After.Contains($name)) { $After[$name] } else { '(none)' }
        if ($b -ne $a) { "${name}: $b -> $a" }
    }
}

function ConvertTo-RdpLabNumber {
    param([string]$Text)
    if ($Text -match '^dword:(-?\d+)$') { return [int64]$Matches[1] }
    $null
}

function Get-RdpLabLoweredSetting {
    # Security settings that went DOWN between two states (the brief's rule: never lower SecurityLayer, NLA, the CredSSP
    # level or TLS). Higher is safer for SecurityLayer (0 RDP, 1 Negotiate, 2 TLS), UserAuthentication and
    # MinEncryptionLevel; lower is safer for AllowEncryptionOracle (0 Force Updated Clients, 1 Mitigated, 2 Vulnerable).
    param([Parameter(Mandatory)][System.Collections.IDictionary]$Before, [Parameter(Mandatory)][System.Collections.IDictionary]$After)
    $higherIsSafer = @('SecurityLayer', 'UserAuthentication', 'MinEncryptionLevel')
    foreach ($name in @($Before.Keys)) {
        if (-not $After.Contains($name) -or $Before[$name] -eq $After[$name]) { continue }
        $leaf = ($name -split '\\')[-1]
        $b = ConvertTo-RdpLabNumber $Before[$name]
        $a = ConvertTo-RdpLabNumber $After[$name]
        $lowered = $false
        if ($leaf -in $higherIsSafer) { $lowered = ($null -ne $b) -and (($null -eq $a) -or $a -lt $b) }
        elseif ($leaf -eq 'AllowEncryptionOracle') {
            # Absent means the built-in default, Mitigated (1).
            $bl = if ($null -eq $b) { 1 } else { $b }; $al = if ($null -eq $a) { 1 } else { $a }
            $lowered = $al -gt $bl
        }
        elseif ($name -like '*TLS 1.2*\Enabled') { $lowered = ($a -eq 0) -and ($b -ne 0) }
        elseif ($name -like '*TLS 1.2*\DisabledByDefault') { $lowered = ($null -ne $a -and $a -ne 0) -and ($null -eq $b -or $b -eq 0) }
        if ($lowered) { "${name}: $($Before[$name]) -> $($After[$name])" }
    }
}

function Get-RdpLabEmptyDacl {
    # Key files (and the MachineKeys folder) that end with an empty DACL, or that could be read before and cannot now:
    # audit defect #1, the outage of every machine key at once.
    param([Parameter(Mandatory)][System.Collections.IDictionary]$Before, [Parameter(Mandatory)][System.Collections.IDictionary]$After)
    foreach ($name in @($After.Keys | Where-Object { $_ -like 'acl:*' })) {
        $sddl = $After[$name]
        $wasReadable = $Before.Contains($name) -and ($Before[$name] -notlike 'UNREADABLE*')
        if ($sddl -match '^D:[A-Z]*$') { "${name}: empty DACL ($sddl)" }
        elseif ($sddl -like 'UNREADABLE*' -and $wasReadable) { "${name}: readable before ($($Before[$name])), now $sddl" }
    }
}

function Restore-RdpLabState {
    # Heals a real VM after a case: puts back registry values, service start types and states, and firewall rule
    # states that differ from -Healthy (what the case found before planting). ACLs and certificates are healed by the
    # case's own Heal (an icacls /save taken before the plant, or Windows regenerating the self-signed certificate).
    param([Parameter(Mandatory)][System.Collections.IDictionary]$Healthy)
    $now = Get-RdpLabState
    foreach ($name in @($Healthy.Keys)) {
        if (-not $now.Contains($name) -or $now[$name] -eq $Healthy[$name]) { continue }
        $want = $Healthy[$name]
        Invoke-RdpLabHost -Parameters @{ Name = $name; Want = $want } -ScriptBlock {
            param([string]$Name, [string]$Want)
            $kind, $what = $Name -split ':', 2
            switch ($kind) {
                'registry' {
                    $key = 'HKLM:' + $what.Substring(0, $what.LastIndexOf('\'))
                    $value = $what.Substring($what.LastIndexOf('\') + 1)
                    if ($Want -eq '(absent)') { Remove-ItemProperty -LiteralPath $key -Name $value -ErrorAction SilentlyContinue }
                    elseif ($Want -like 'dword:*') { $null = New-ItemProperty -LiteralPath $key -Name $value -PropertyType DWord -Value ([int]$Want.Substring(6)) -Force }
                    elseif ($Want -like 'binary:*') {
                        $hex = $Want.Substring(7)
                        $bytes = [byte[]]@(for ($i = 0; $i -lt $hex.Length; $i += 2) { [Convert]::ToByte($hex.Substring($i, 2), 16) })
                        $null = New-ItemProperty -LiteralPath $key -Name $value -PropertyType Binary -Value $bytes -Force
                    }
                }
                'service' {
                    $status, $startType = $Want -split ' '
                    Set-Service -Name $what -StartupType $startType
                    if ($status -eq 'Running') { Start-Service -Name $what } elseif ($status -eq 'Stopped') { Stop-Service -Name $what -Force }
                }
                'firewall' {
                    if ($Want -eq 'Enabled=True') { Enable-NetFirewallRule -Name $what } elseif ($Want -eq 'Enabled=False') { Disable-NetFirewallRule -Name $what }
                }
            }
        }
    }
}
