# The lab's table: one row per fault the audit (windows-audit.md) names. A new fix = one row here.
#   Id              the catalogue fix (its scripts are <Id>.diagnose|fix|rollback.local.ps1)
#   Name, Audit     what is planted, in words, and the audit defects it reproduces
#   Expect          'Repair': Diagnose reports it, Fix removes it, a second Fix changes nothing, rollback puts it back.
#                   'Untouched': a setting that is not a fault (a hardened host); an unattended Fix must leave it alone.
#   Plant, Problem  real Windows commands, run on the machine; Problem returns what is still wrong (nothing = fixed).
#                   Both are sent as text to the simulated host in `npm test`, so they must be self-contained.
#   Parameters      for the generated script; Approve = $true runs Fix with -Confirm:$false, as an RMM job would for a
#                   repair the admin has approved (a High-impact step is otherwise declined).
#   Save, Heal      (real VM) what to keep before the plant, and how to put it back afterwards; registry values,
#                   services and firewall rules are healed from the state read before the plant anyway.
#   SimulationOnly  the reason the plant cannot be made on real Windows (the row is skipped there).
#   RealOnly        the reason the simulated host cannot hold this fault yet (the row is skipped in `npm test`).
#   NeedsConsole    the reason the row may cut this RDP session (skipped when the lab runs over RDP).
#   RollbackIgnores state entries (by prefix) the rollback is not expected to restore, with the reason.
@(
    @{
        Id = 'restore-rdp-security-layer'; Name = 'SecurityLayer 0 (the RDP security layer, no server authentication)'; Audit = '#2'; Expect = 'Repair'
        Plant = { Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'SecurityLayer' -Value 0 -Type DWord }
        Problem = { $v = (Get-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'SecurityLayer').SecurityLayer; if ($v -eq 0) { 'SecurityLayer is still 0' } }
    }
    @{
        Id = 'restore-rdp-security-layer'; Name = 'a host hardened locally to TLS (SecurityLayer 2)'; Audit = '#2'; Expect = 'Untouched'
        Plant = { Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'SecurityLayer' -Value 2 -Type DWord }
    }
    @{
        Id = 'restore-rdp-security-layer'; Name = 'NLA turned off on purpose (UserAuthentication 0)'; Audit = '#3'; Expect = 'Untouched'
        Plant = { Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'UserAuthentication' -Value 0 -Type DWord }
    }
    @{
        Id = 'set-credssp-oracle-policy'; Name = 'CredSSP left at Vulnerable (AllowEncryptionOracle 2)'; Audit = '#4'; Expect = 'Repair'; Approve = $true; Parameters = @{ OracleLevel = 'Mitigated' }
        Plant = {
            $key = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters'
            if (-not (Test-Path -LiteralPath $key)) { $null = New-Item -Path $key -Force }
            $null = New-ItemProperty -LiteralPath $key -Name 'AllowEncryptionOracle' -PropertyType DWord -Value 2 -Force
        }
        Problem = { $p = Get-ItemProperty -LiteralPath 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters' -Name 'AllowEncryptionOracle' -ErrorAction SilentlyContinue; if ($null -ne $p -and $p.AllowEncryptionOracle -eq 2) { 'AllowEncryptionOracle is still 2 (Vulnerable)' } }
    }
    @{
        Id = 'set-credssp-oracle-policy'; Name = 'CredSSP hardened to Force Updated Clients (AllowEncryptionOracle 0)'; Audit = '#4'; Expect = 'Untouched'
        Plant = {
            $key = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters'
            if (-not (Test-Path -LiteralPath $key)) { $null = New-Item -Path $key -Force }
            $null = New-ItemProperty -LiteralPath $key -Name 'AllowEncryptionOracle' -PropertyType DWord -Value 0 -Force
        }
    }
    @{
        Id = 'enable-rdp-firewall-rules'; Name = 'both Remote Desktop User Mode rules disabled (local store)'; Audit = '#5'; Expect = 'Repair'; Approve = $true
        NeedsConsole = 'it disables the rules that let RDP in'
        Plant = { Disable-NetFirewallRule -Name 'RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP' }
        Problem = { foreach ($n in 'RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP') { if ("$((Get-NetFirewallRule -Name $n).Enabled)" -ne 'True') { "$n is still disabled" } } }
    }
    @{
        Id = 'enable-rdp-firewall-rules'; Name = 'RDP allowed only from an admin subnet by a Group Policy rule, the built-in rules disabled on purpose'; Audit = '#5'; Expect = 'Untouched'
        RealOnly = 'the simulated host on this branch has no Group Policy firewall store (issue 11 item 3 adds one; a New-NetFirewallRule -PolicyStore mock then lets this row run here too)'
        NeedsConsole = 'it limits RDP to 10.99.0.0/16'
        # 'localhost' is the local Group Policy object's firewall store: the rule is then in the effective (GPO) policy,
        # not in the local PersistentStore the fix reads (audit #5a).
        Plant = {
            Disable-NetFirewallRule -Name 'RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP'
            $null = New-NetFirewallRule -PolicyStore 'localhost' -Name 'RdpLab-Gpo-Rdp-AdminSubnet' -DisplayName 'RdpLab: RDP from the admin subnet (GPO)' -Direction Inbound -Protocol TCP -LocalPort 3389 -RemoteAddress '10.99.0.0/16' -Action Allow
        }
        Heal = { Remove-NetFirewallRule -PolicyStore 'localhost' -Name 'RdpLab-Gpo-Rdp-AdminSubnet' -ErrorAction SilentlyContinue }
    }
    @{
        Id = 'enable-tls12-schannel'; Name = 'TLS 1.2 Server Enabled 0 and Client DisabledByDefault 1'; Audit = ''; Expect = 'Repair'
        Plant = {
            $root = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
            foreach ($role in 'Server', 'Client') { if (-not (Test-Path -LiteralPath "$root\$role")) { $null = New-Item -Path "$root\$role" -Force } }
            $null = New-ItemProperty -LiteralPath "$root\Server" -Name 'Enabled' -PropertyType DWord -Value 0 -Force
            $null = New-ItemProperty -LiteralPath "$root\Client" -Name 'DisabledByDefault' -PropertyType DWord -Value 1 -Force
        }
        Problem = {
            $root = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
            foreach ($role in 'Server', 'Client') {
                $p = Get-ItemProperty -LiteralPath "$root\$role" -ErrorAction SilentlyContinue
                if ($null -ne $p -and $null -ne $p.PSObject.Properties['Enabled'] -and $p.Enabled -eq 0) { "TLS 1.2 $role Enabled is 0" }
                if ($null -ne $p -and $null -ne $p.PSObject.Properties['DisabledByDefault'] -and $p.DisabledByDefault -ne 0) { "TLS 1.2 $role DisabledByDefault is $($p.DisabledByDefault)" }
            }
        }
    }
    @{
        Id = 'clear-stale-certificate-binding'; Name = 'the listener bound (REG_BINARY SSLCertificateSHA1Hash) to a certificate in no store'; Audit = ''; Expect = 'Repair'
        Plant = { $null = New-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'SSLCertificateSHA1Hash' -PropertyType Binary -Value ([byte[]](0xDE, 0xAD, 0xBE, 0xEF, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)) -Force }
        Problem = { $p = Get-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'SSLCertificateSHA1Hash' -ErrorAction SilentlyContinue; if ($null -ne $p -and $p.SSLCertificateSHA1Hash[0] -eq 0xDE -and $p.SSLCertificateSHA1Hash[1] -eq 0xAD) { 'the stale SSLCertificateSHA1Hash is still there' } }
    }
    @{
        Id = 'disable-client-udp'; Name = 'Turn Off UDP On Client not set (the Windows default)'; Audit = ''; Expect = 'Repair'
        Plant = {
            $key = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services\Client'
            if ((Test-Path -LiteralPath $key) -and $null -ne (Get-ItemProperty -LiteralPath $key -Name 'fClientDisableUDP' -ErrorAction SilentlyContinue)) { Remove-ItemProperty -LiteralPath $key -Name 'fClientDisableUDP' }
        }
        Problem = { $p = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services\Client' -Name 'fClientDisableUDP' -ErrorAction SilentlyContinue; if ($null -eq $p -or $p.fClientDisableUDP -ne 1) { 'fClientDisableUDP is not 1' } }
    }
    @{
        Id = 'enable-remote-desktop-connections'; Name = 'Remote Desktop turned off locally (fDenyTSConnections 1)'; Audit = ''; Expect = 'Repair'; Approve = $true
        NeedsConsole = 'it turns Remote Desktop off'
        Plant = { $null = New-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' -Name 'fDenyTSConnections' -PropertyType DWord -Value 1 -Force }
        Problem = { $p = Get-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' -Name 'fDenyTSConnections' -ErrorAction SilentlyContinue; if ($null -eq $p -or $p.fDenyTSConnections -ne 0) { 'fDenyTSConnections is not 0' } }
    }
    @{
        Id = 'enable-remote-desktop-connections'; Name = 'Remote Desktop denied by Group Policy (policy fDenyTSConnections 1)'; Audit = ''; Expect = 'Untouched'
        NeedsConsole = 'the policy value turns Remote Desktop off'
        Plant = {
            $key = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
            if (-not (Test-Path -LiteralPath $key)) { $null = New-Item -Path $key -Force }
            $null = New-ItemProperty -LiteralPath $key -Name 'fDenyTSConnections' -PropertyType DWord -Value 1 -Force
        }
        Heal = { Remove-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services' -Name 'fDenyTSConnections' -ErrorAction SilentlyContinue }
    }
    @{
        Id = 'start-rdp-services'; Name = 'SessionEnv (Remote Desktop Configuration) disabled and stopped'; Audit = ''; Expect = 'Repair'
        Plant = { Set-Service -Name 'SessionEnv' -StartupType Disabled; Stop-Service -Name 'SessionEnv' -Force }
        # SessionEnv is a Manual (demand-start) service: stopped is normal, Disabled is the fault.
        Problem = { if ("$((Get-Service -Name 'SessionEnv').StartType)" -eq 'Disabled') { 'SessionEnv is still Disabled' } }
    }
    @{
        Id = 'grant-network-service-key-read'; Name = 'a custom certificate bound to the listener whose key NETWORK SERVICE cannot read'; Audit = '#14'; Expect = 'Repair'
        Plant = {
            $cert = New-SelfSignedCertificate -CertStoreLocation 'Cert:\LocalMachine\My' -DnsName 'rdp-lab-custom' -Provider 'Microsoft Enhanced RSA and AES Cryptographic Provider'
            $bytes = [byte[]]@(for ($i = 0; $i -lt $cert.Thumbprint.Length; $i += 2) { [Convert]::ToByte($cert.Thumbprint.Substring($i, 2), 16) })
            $null = New-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'SSLCertificateSHA1Hash' -PropertyType Binary -Value $bytes -Force
            @{ CertificateThumbprint = $cert.Thumbprint }
        }
        Problem = {
            $hash = (Get-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'SSLCertificateSHA1Hash').SSLCertificateSHA1Hash
            $thumbprint = ($hash | ForEach-Object { ([byte]$_).ToString('X2') }) -join ''
            # certutil's labels are localized; the container name is matched by its format.
            $container = @(foreach ($line in @(certutil -store My $thumbprint)) { if ("$line" -match '[0-9a-f]{32}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}') { $Matches[0] } })
            if ($container.Count -eq 0) { "no key container found for the bound certificate $thumbprint" }
            else {
                $sddl = (Get-Acl -LiteralPath (Join-Path $env:ProgramData "Microsoft\Crypto\RSA\MachineKeys\$($container[0])")).GetSecurityDescriptorSddlForm('Access')
                if ($sddl -notmatch '\(A;[^;]*;(FA|FR|0x[0-9a-f]+);;;(NS|S-1-5-20)\)') { "NETWORK SERVICE cannot read the key of the bound certificate: $sddl" }
            }
        }
        Heal = { foreach ($c in @(Get-ChildItem -Path 'Cert:\LocalMachine\My' | Where-Object { $_.Subject -eq 'CN=rdp-lab-custom' })) { Remove-Item -LiteralPath "Cert:\LocalMachine\My\$($c.Thumbprint)" -DeleteKey } }
    }
    @{
        Id = 'regenerate-rdp-certificate'; Name = 'the Remote Desktop store emptied (no self-signed certificate)'; Audit = '#15, #17'; Expect = 'Repair'
        Plant = { foreach ($c in @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop')) { Remove-Item -LiteralPath "Cert:\LocalMachine\Remote Desktop\$($c.Thumbprint)" } }
        Problem = {
            $usable = @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop' | Where-Object { $_.NotAfter -gt (Get-Date) -and $_.HasPrivateKey })
            if ($usable.Count -eq 0) { 'the Remote Desktop store holds no usable certificate' }
        }
        RollbackIgnores = @{ 'listener:' = 'SessionEnv binds the self-signed certificate itself when it starts'; 'certificates:' = 'Windows mints a new self-signed certificate whenever SessionEnv finds none (audit #15: the rollback only removes the new one)' }
    }
    @{
        Id = 'regenerate-rdp-certificate'; Name = 'the self-signed certificate orphaned (its f686aace key container deleted)'; Audit = '#7'; Expect = 'Repair'
        Plant = {
            $thumbprint = (Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'").SSLCertificateSHA1Hash
            $container = @(foreach ($line in @(certutil -store 'Remote Desktop' $thumbprint)) { if ("$line" -match 'f686aace[0-9a-f]{24}_[0-9a-f-]{36}') { $Matches[0] } })
            if ($container.Count -eq 0) { throw "The listener certificate $thumbprint on $env:COMPUTERNAME has no f686aace key container to orphan." }
            Remove-Item -LiteralPath (Join-Path $env:ProgramData "Microsoft\Crypto\RSA\MachineKeys\$($container[0])") -Force
        }
        Problem = {
            $thumbprint = (Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'").SSLCertificateSHA1Hash
            $container = @(foreach ($line in @(certutil -store 'Remote Desktop' $thumbprint)) { if ("$line" -match '[0-9a-f]{32}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}') { $Matches[0] } })
            if ($container.Count -eq 0) { "the listener certificate $thumbprint names no key container" }
            elseif (-not (Test-Path -LiteralPath (Join-Path $env:ProgramData "Microsoft\Crypto\RSA\MachineKeys\$($container[0])"))) { "the key container $($container[0]) of the listener certificate $thumbprint is gone (orphaned certificate)" }
        }
        # Windows mints a new certificate and container once the orphaned one is gone and SessionEnv restarts.
        Heal = { foreach ($c in @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop')) { Remove-Item -LiteralPath "Cert:\LocalMachine\Remote Desktop\$($c.Thumbprint)" }; Restart-Service -Name 'SessionEnv' -Force }
        RollbackIgnores = @{ 'listener:' = 'SessionEnv binds the self-signed certificate itself when it starts'; 'certificates:' = 'the rollback only removes the new certificate (audit #15)'; 'acl:MachineKeys\f686aace' = 'the deleted container cannot come back; Windows makes a new one' }
    }
    @{
        Id = 'repair-machinekeys-acl'; Name = 'MachineKeys after the common advice "icacls MachineKeys /reset /t"'; Audit = '#1, #6'; Expect = 'Repair'; Approve = $true
        Save = {
            $machineKeys = Join-Path $env:ProgramData 'Microsoft\Crypto\RSA\MachineKeys'
            $file = Join-Path $env:TEMP "rdp-lab-machinekeys-$([guid]::NewGuid().ToString('N')).acl"
            $null = icacls $machineKeys /save $file /t /c /q
            $file
        }
        Plant = { $null = icacls (Join-Path $env:ProgramData 'Microsoft\Crypto\RSA\MachineKeys') /reset /t /c /q }
        Problem = {
            $machineKeys = Join-Path $env:ProgramData 'Microsoft\Crypto\RSA\MachineKeys'
            foreach ($file in @(Get-ChildItem -LiteralPath $machineKeys -File -Force)) {
                $sddl = try { (Get-Acl -LiteralPath (Join-Path $machineKeys $file.Name)).GetSecurityDescriptorSddlForm('Access') } catch { 'UNREADABLE' }
                if ($sddl -match '^D:[A-Z]*$' -or $sddl -eq 'UNREADABLE') { "$($file.Name) has an empty or unreadable DACL ($sddl)" }
                # The RDP listener's container (f686aace...): NETWORK SERVICE must be able to read it (audit #6).
                elseif ($file.Name -like 'f686aace*' -and $sddl -notmatch '\(A;[^;]*;(FA|FR|0x1[0-9a-f]*);;;(NS|S-1-5-20)\)') { "$($file.Name) (the RDP listener key) does not grant NETWORK SERVICE read: $sddl" }
            }
        }
        Heal = { param($Saved) if ($Saved) { $null = icacls (Join-Path $env:ProgramData 'Microsoft\Crypto\RSA') /restore $Saved /c /q } }
    }
    @{
        Id = 'repair-wmi-repository'; Name = 'an inconsistent WMI repository'; Audit = '#9, #10'; Expect = 'Repair'; Approve = $true
        SimulationOnly = 'a WMI repository cannot be made inconsistent on purpose in a documented, reversible way (the lab records the winmgmt exit codes instead, see the open questions)'
        Plant = { Set-RdpLabSimulatedFault -WmiRepositoryInconsistent }
        Problem = { $null = winmgmt /verifyrepository; if ($LASTEXITCODE -ne 0) { "winmgmt /verifyrepository exits $LASTEXITCODE" } }
    }
    @{
        Id = 'check-tls-cipher-suites'; Name = 'SSL Cipher Suite Order policy with no TLS 1.2 RSA suite (issue 14): a check reports it and changes nothing'; Audit = ''; Expect = 'Untouched'
        # Schannel reads the list at start-up, so the planted value has no effect on this VM until a reboot.
        Save = { $p = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002' -Name 'Functions' -ErrorAction SilentlyContinue; if ($null -ne $p) { [string]$p.Functions } }
        Plant = {
            $key = 'HKLM:\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002'
            if (-not (Test-Path -LiteralPath $key)) { $null = New-Item -Path $key -Force }
            $null = New-ItemProperty -LiteralPath $key -Name 'Functions' -PropertyType String -Value 'TLS_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384' -Force
        }
        Heal = {
            param($Saved)
            $key = 'HKLM:\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002'
            if ($Saved) { $null = New-ItemProperty -LiteralPath $key -Name 'Functions' -PropertyType String -Value $Saved -Force }
            else { Remove-ItemProperty -LiteralPath $key -Name 'Functions' -ErrorAction SilentlyContinue }
        }
    }
    @{
        Id = 'check-client-kerberos-path'; Name = 'outgoing NTLM denied (RestrictSendingNTLMTraffic 2, issue 14): a client check reports it and changes nothing'; Audit = ''; Expect = 'Untouched'
        Save = { $p = Get-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa\MSV1_0' -Name 'RestrictSendingNTLMTraffic' -ErrorAction SilentlyContinue; if ($null -ne $p) { [string][int]$p.RestrictSendingNTLMTraffic } }
        Plant = {
            $key = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa\MSV1_0'
            if (-not (Test-Path -LiteralPath $key)) { $null = New-Item -Path $key -Force }
            $null = New-ItemProperty -LiteralPath $key -Name 'RestrictSendingNTLMTraffic' -PropertyType DWord -Value 2 -Force
        }
        Heal = {
            param($Saved)
            $key = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa\MSV1_0'
            if ($Saved) { $null = New-ItemProperty -LiteralPath $key -Name 'RestrictSendingNTLMTraffic' -PropertyType DWord -Value ([int]$Saved) -Force }
            else { Remove-ItemProperty -LiteralPath $key -Name 'RestrictSendingNTLMTraffic' -ErrorAction SilentlyContinue }
        }
    }
)
