<#
.SYNOPSIS
    RDP Fix Guide, Fix: check-certificate-prerequisites, check-domain-secure-channel, check-rdp-certificate-identity, check-rdp-listener-port, check-session-broker, check-tls-cipher-suites, collect-rdp-evidence, start-rdp-services, clear-stale-certificate-binding, enable-tls12-schannel, grant-network-service-key-read, regenerate-rdp-certificate, restore-rdp-security-layer, enable-rdp-firewall-rules, enable-remote-desktop-connections, repair-machinekeys-acl, repair-wmi-repository

.DESCRIPTION
    SUMMARY (read this first)
    Computers: remote computers (-ComputerName, WinRM): rdsh-01, rdsh-02.corp.example.
    May change, only where its diagnosis finds the fault:
      - start-rdp-services: Sets the start type of TermService, UmRdpService or SessionEnv from Disabled to Manual
        (the default Microsoft documents for all three).
      - start-rdp-services: Starts TermService and UmRdpService if they are stopped.
      - clear-stale-certificate-binding: Deletes the value SSLCertificateSHA1Hash under
        HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp, only when its thumbprint matches
        no certificate in the Personal or Remote Desktop store.
      - clear-stale-certificate-binding: Restarts Remote Desktop Services (TermService), which ends every RDP
        session on the host.
      - enable-tls12-schannel: For each of SCHANNEL\Protocols\TLS 1.2\Server and \Client that is explicitly off:
        sets Enabled to 1 and DisabledByDefault to 0.
      - enable-tls12-schannel: Creates no key: a missing key means the OS default and is left as it is.
      - grant-network-service-key-read: Adds one entry to the private key file of the certificate (in
        %ProgramData%\Microsoft\Crypto\RSA\MachineKeys or \Crypto\Keys): NETWORK SERVICE (S-1-5-20) Read. Never Full
        Control.
      - grant-network-service-key-read: Restarts Remote Desktop Services (TermService), which ends every RDP session
        on the host.
      - regenerate-rdp-certificate: Deletes each certificate in Cert:\LocalMachine\Remote Desktop that has expired,
        has no private key, is orphaned (its key container is gone from MachineKeys), or is issued to another name
        than the computer’s (a computer renamed after the certificate was made), only when the listener uses the
        self-signed certificate (SSLCertificateSHA1HashType 1). The key file itself is kept.
      - regenerate-rdp-certificate: Restarts the Remote Desktop Configuration service (SessionEnv), which creates a
        new self-signed certificate.
      - restore-rdp-security-layer: Sets SecurityLayer under HKLM\SYSTEM\CurrentControlSet\Control\Terminal
        Server\WinStations\RDP-Tcp only when it is 0 (RDP layer) or missing: to 1 (Negotiate), or to 2 (TLS) when
        you choose TLS and a usable certificate is bound.
      - restore-rdp-security-layer: Raises SecurityLayer 1 (Negotiate) to 2 (TLS) only when you choose TLS. Never
        lowers 2 (TLS), and never writes 0.
      - restore-rdp-security-layer: Sets UserAuthentication under the same key to 1 (require Network Level
        Authentication) only with -NetworkLevelAuthentication Require, after a high-impact confirmation that names
        the computer. By default NLA off is only reported: it may be off on purpose, and turning it on turns away
        clients that cannot use NLA.
      - restore-rdp-security-layer: Leaves every value that Group Policy sets under
        HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services untouched.
      - enable-rdp-firewall-rules: Reads the effective firewall policy (Get-NetFirewallRule -PolicyStore ActiveStore
        -TracePolicyStore), not only the local rules.
      - enable-rdp-firewall-rules: If a Group Policy rule allows or blocks the RDP port, or Group Policy does not
        apply local rules, reports it (GPO, Profile, RemoteAddress) and enables nothing.
      - enable-rdp-firewall-rules: Otherwise enables the firewall rules named RemoteDesktop-UserMode-In-TCP and
        RemoteDesktop-UserMode-In-UDP if they are disabled (not the whole Remote Desktop group, which also holds the
        shadowing rule). Enabling a rule open to any address or on Public networks asks a high-impact confirmation
        that names the computer, the Profile and the RemoteAddress.
      - enable-remote-desktop-connections: Sets fDenyTSConnections under
        HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server from 1 to 0, after a high-impact confirmation, unless
        Group Policy denies Remote Desktop (then nothing is written).
      - enable-remote-desktop-connections: Sets fEnableWinStation under WinStations\RDP-Tcp to 1 when it holds
        another value, after a high-impact confirmation.
      - enable-remote-desktop-connections: Never writes under HKLM\SOFTWARE\Policies: a GPO that denies Remote
        Desktop is reported with where to change it.
      - repair-machinekeys-acl: Gives each broken listener key container
        (%ProgramData%\Microsoft\Crypto\RSA\MachineKeys\f686aace*) SYSTEM (S-1-5-18) Full Control, NETWORK SERVICE
        (S-1-5-20) Read and the third entry of its Windows build (Administrators Read up to build 14393, NT
        SERVICE\SessionEnv Full Control from 17763) as its own entries; removes deny entries for SYSTEM and NETWORK
        SERVICE there. Other explicit entries stay.
      - repair-machinekeys-acl: Only when such a container was broken and the MachineKeys folder also differs from
        KB 278381: first copies the inherited entries of each key file that inherits from the folder into its own
        (icacls /inheritance:d), so no key file loses access; then sets Administrators (S-1-5-32-544) Full Control
        and Everyone (S-1-1-0) 0x12019F on the folder, this folder only, removes deny and extra entries (an explicit
        SYSTEM entry is kept) and turns off inheritance from %ProgramData%.
      - repair-machinekeys-acl: Never changes anything when no listener key container is broken: a hardened
        MachineKeys folder on its own is not a fault. No /t, /reset, takeown or rename; the folder owner is not
        touched.
      - repair-wmi-repository: Runs winmgmt /salvagerepository, only when winmgmt /verifyrepository reports the
        repository inconsistent (1358); it rebuilds the repository and merges back what it can read.
      - repair-wmi-repository: No Microsoft source ties WMI to 0x904 / 0x7: this repairs a tool the other fixes rely
        on, not a documented cause.
      - repair-wmi-repository: Judges the salvage by a fresh winmgmt /verifyrepository: the salvage itself may exit
        1358 whether or not it worked.
      - repair-wmi-repository: Never uses /resetrepository or the undocumented "/salvage", and never deletes the
        repository folder.
      - repair-wmi-repository: Rollback does not restore the repository: the saved copy is the inconsistent one, and
        restoring it force-disconnects every WMI client. The backup folder holds a separate script,
        restore-wmi-repository.ps1, that restores it only when run on purpose, after a high-impact confirmation.
    Restarts: TermService, SessionEnv.
    Never:
      - lowers a security setting (security layer, NLA, CredSSP level, TLS, firewall scope) unless you typed the
        lower value, and then it asks first (High impact);
      - changes anything its own diagnosis found healthy, or anything before its backup is written;
      - reboots, or restarts a service its summary does not name.

    Target: remote computers (-ComputerName, WinRM): rdsh-01, rdsh-02.corp.example.
    What it does, in this order:
    1. Preflight: elevation, PowerShell and Windows version, whether the target is an RDP host.
    2. Diagnose (read-only): Check what Windows needs to create the RDP certificate; Check the host’s domain controller path for NLA; Check which name and issuer the RDP certificate presents; Check the RDP listener port, its owner and its firewall rule; Check the RD Connection Broker and RD Gateway; Check the TLS cipher suite order on the host; Collect RDP evidence on the host; Start the Remote Desktop services; Clear a stale RDP certificate binding; Turn TLS 1.2 back on in Schannel; Let NETWORK SERVICE read the RDP certificate private key; Regenerate the RDP self-signed certificate; Restore the RDP security layer (and, on request, Network Level Authentication); Enable the Remote Desktop firewall rules; Allow Remote Desktop connections (fDenyTSConnections, listener); Repair the RDP key container and MachineKeys permissions; Salvage an inconsistent WMI repository.
    3. Back up the prior state of anything it will change into -BackupRoot\<time>-<computer>,
       and write rollback.ps1 there. No backup, no change.
    4. Apply, only where the diagnosis found a problem: Start the Remote Desktop services; Clear a stale RDP certificate binding; Turn TLS 1.2 back on in Schannel; Let NETWORK SERVICE read the RDP certificate private key; Regenerate the RDP self-signed certificate; Restore the RDP security layer (and, on request, Network Level Authentication); Enable the Remote Desktop firewall rules; Allow Remote Desktop connections (fDenyTSConnections, listener); Repair the RDP key container and MachineKeys permissions; Salvage an inconsistent WMI repository.
    5. Restart services once each: TermService, SessionEnv.
    6. Verify by diagnosing again, then print a summary with the backup, rollback and transcript paths.
    WARNING: restarts Remote Desktop Services, which ends every RDP session on the target.
    NOTE: some changes take effect only after a reboot; it never reboots.
    RISK: high for enable-rdp-firewall-rules, enable-remote-desktop-connections, repair-machinekeys-acl, repair-wmi-repository; read its page first.
    It asks before each high-risk change; -Confirm:$false skips the question.
    Run it with -WhatIf first: it shows every change and makes none.

    Contents (id, content version):
      - check-certificate-prerequisites v2: Check what Windows needs to create the RDP certificate
      - check-domain-secure-channel v2: Check the host’s domain controller path for NLA
      - check-rdp-certificate-identity v2: Check which name and issuer the RDP certificate presents
      - check-rdp-listener-port v2: Check the RDP listener port, its owner and its firewall rule
      - check-session-broker v4: Check the RD Connection Broker and RD Gateway
      - check-tls-cipher-suites v2: Check the TLS cipher suite order on the host
      - collect-rdp-evidence v4: Collect RDP evidence on the host
      - start-rdp-services v4: Start the Remote Desktop services
      - clear-stale-certificate-binding v3: Clear a stale RDP certificate binding
      - enable-tls12-schannel v4: Turn TLS 1.2 back on in Schannel
      - grant-network-service-key-read v3: Let NETWORK SERVICE read the RDP certificate private key
      - regenerate-rdp-certificate v6: Regenerate the RDP self-signed certificate
      - restore-rdp-security-layer v4: Restore the RDP security layer (and, on request, Network Level Authentication)
      - enable-rdp-firewall-rules v2: Enable the Remote Desktop firewall rules
      - enable-remote-desktop-connections v2: Allow Remote Desktop connections (fDenyTSConnections, listener)
      - repair-machinekeys-acl v3: Repair the RDP key container and MachineKeys permissions
      - repair-wmi-repository v3: Salvage an inconsistent WMI repository
    Generated by RDP Fix Guide (generator 5, catalogue 2026-12-03).
    To check this file against the SHA-256 in your ticket note, run:
      Get-FileHash -Algorithm SHA256 -LiteralPath .\rdp-fix.ps1

.PARAMETER ComputerName
    The computers to run on, through PowerShell remoting (WinRM). Backups are written on each of them.

.PARAMETER PromptForCredential
    Ask for an administrator account for the remote computers instead of using the current one.

.PARAMETER BackupRoot
    Folder on the target for backups and rollback.ps1. Empty: %ProgramData%\RdpFixGuide\Backup.

.PARAMETER TranscriptPath
    Transcript file (.log or .txt) on this computer. Empty: %ProgramData%\RdpFixGuide\Logs\rdp-fix-<time>.log.

.PARAMETER ReportPath
    Report file (.json or .csv), one row per computer, on this computer. Empty: the transcript path with .json.

.PARAMETER ThrottleLimit
    How many computers run at once (Invoke-Command -ThrottleLimit). Default 1, because a selected fix asks before a High-impact change.

.PARAMETER AllowSessionDrop
    Restart Remote Desktop Services even though users have sessions (active or disconnected) on the target: it ends them all. Without it, such a run changes nothing (exit code 4).

.PARAMETER RdpPort
    The TCP/UDP port the RDP listener should use (3389 unless you changed PortNumber on purpose).

.PARAMETER CertificateThumbprint
    Optional: the 40-hex-digit thumbprint you expect the RDP listener to be bound to. The script only ever works on the bound certificate, and changes nothing if this names another one.

.PARAMETER SecurityLayer
    Negotiate (the default: TLS when the client supports it) or TLS (require TLS). Only the RDP layer (0) or a missing value is repaired; TLS (2) is never lowered, and Negotiate (1) is raised to TLS only when you choose TLS.

.PARAMETER NetworkLevelAuthentication
    Report (the default) only says that NLA is off: it may be off on purpose, and turning it on turns away clients that cannot use NLA. Require turns it on, after a high-impact confirmation.

.EXAMPLE
    .\rdp-fix.ps1 -WhatIf
#>
#Requires -Version 5.1
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [ValidateCount(1, 50)]
    [ValidatePattern('^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\z')]
    [string[]]$ComputerName = @('rdsh-01', 'rdsh-02.corp.example'),
    [bool]$PromptForCredential = $true,
    [ValidatePattern('^(?:|[A-Za-z]:\\(?:(?!(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.[^\\]*)?(?:\\|$))[A-Za-z0-9 _().-]*[A-Za-z0-9_()-](?:\\(?!(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.[^\\]*)?(?:\\|$))[A-Za-z0-9 _().-]*[A-Za-z0-9_()-])*\\?)?)\z')]
    [string]$BackupRoot = 'D:\RdpFixGuide\Backup',
    [ValidatePattern('^(?:|[A-Za-z]:\\(?:(?!(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.[^\\]*)?(?:\\|$))[A-Za-z0-9 _().-]*[A-Za-z0-9_()-]\\)*(?!(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.[^\\]*)?(?:\\|$))[A-Za-z0-9 _().-]*\.(?:log|txt))\z')]
    [string]$TranscriptPath = 'D:\RdpFixGuide\run.log',
    [ValidatePattern('^(?:|[A-Za-z]:\\(?:(?!(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.[^\\]*)?(?:\\|$))[A-Za-z0-9 _().-]*[A-Za-z0-9_()-]\\)*(?!(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.[^\\]*)?(?:\\|$))[A-Za-z0-9 _().-]*\.(?:json|csv))\z')]
    [string]$ReportPath = '',
    [ValidateRange(1, 50)]
    [int]$ThrottleLimit = 1,
    [switch]$AllowSessionDrop,
    [ValidateRange(1, 65535)]
    [int]$RdpPort = 3389,
    [ValidatePattern('^(?:[0-9A-Fa-f]{40})?\z')]
    [string]$CertificateThumbprint = '',
    [ValidateSet('Negotiate', 'TLS')]
    [string]$SecurityLayer = 'Negotiate',
    [ValidateSet('Report', 'Require')]
    [string]$NetworkLevelAuthentication = 'Report'
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function Test-RdpInteractive {
    # Can this PowerShell ask the technician? Under an RMM agent, an Intune remediation or a scheduled task
    # a confirmation prompt either fails ("PowerShell is in NonInteractive mode") or waits forever, so the
    # runner stops before any change instead. Three signs, each documented:
    # - Environment.UserInteractive is false in a service or a task with no desktop (how Intune and most
    #   RMM agents run scripts): https://learn.microsoft.com/dotnet/api/system.environment.userinteractive
    # - powershell.exe/pwsh -NonInteractive (or an abbreviation such as -noni):
    #   https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_powershell_exe
    # - the console's input is redirected (a command piped in), so a prompt would read the pipe.
    # A remote run asks on this computer (prompts come back through WinRM), so this is checked here.
    if (-not [System.Environment]::UserInteractive) { return $false }
    foreach ($argument in @([System.Environment]::GetCommandLineArgs() | Select-Object -Skip 1)) {
        if ("$argument" -match '^--?noni') { return $false }
    }
    if ($Host.Name -eq 'ConsoleHost' -and [System.Console]::IsInputRedirected) { return $false }
    return $true
}

$hostScript = {
    # Everything from here to the closing brace runs on the target computer: locally, or through
    # Invoke-Command on each remote computer. Preferences are passed in because they do not cross WinRM.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][hashtable]$Settings, [switch]$DefineOnly)
    Set-StrictMode -Version 3.0
    $ErrorActionPreference = 'Stop'
    $WhatIfPreference = $Settings.WhatIf
    $ConfirmPreference = $Settings.ConfirmPreference
function Write-RdpStatus {
    # One line of progress for the console and the transcript. Level tags keep the log greppable.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Message,
        [ValidateSet('Info', 'Found', 'Ok', 'Warn', 'Change')][string]$Level = 'Info'
    )
    # Every line names its computer: Invoke-Command runs the targets in parallel and returns Write-Host
    # lines without saying where they came from, so a transcript of several servers is readable only so.
    Write-Host ('[{0}] [{1}] {2}' -f $env:COMPUTERNAME, $Level.ToUpperInvariant(), $Message)
}

function Format-RdpTarget {
    # The ShouldProcess target of every change: what, and on which computer. A prompt or "What if:" line
    # from a parallel remote run must say which server it is about before anyone answers "Yes".
    # Fragment authors: $PSCmdlet.ShouldProcess((Format-RdpTarget $path), 'Action').
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Target)
    return "$Target on $env:COMPUTERNAME"
}

function Get-RdpServiceStartMode {
    # A service's start type from Win32_Service.StartMode (Auto, Manual, Disabled), in Set-Service's words
    # ($null when the service does not exist). For every fragment that reads a start type. Not
    # ServiceController.StartType: that property needs .NET Framework 4.6.1, and Windows PowerShell 5.1 on
    # Server 2012 R2 may run on 4.5.2, where reading it under Set-StrictMode throws.
    # https://learn.microsoft.com/dotnet/api/system.serviceprocess.servicecontroller.starttype
    # https://learn.microsoft.com/windows/win32/cimwin32prov/win32-service
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name)
    $service = Get-CimInstance -ClassName 'Win32_Service' -Filter "Name = '$Name'"
    if ($null -eq $service) { return $null }
    if ("$($service.StartMode)" -eq 'Auto') { return 'Automatic' }
    return "$($service.StartMode)"
}

function Get-RdpRegistryValue {
    # Returns the value, or $null when the key or the value does not exist.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Path,
        [Parameter(Mandatory)][string]$Name
    )
    if (-not (Test-Path -LiteralPath $Path)) { return $null }
    $item = Get-ItemProperty -LiteralPath $Path -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $item) { return $null }
    return $item.$Name
}

function Set-RdpRegistryValue {
    # Writes one value (creating the key if needed) unless it already holds the wanted data.
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string]$Path,
        [Parameter(Mandatory)][string]$Name,
        [Parameter(Mandatory)][object]$Value,
        [ValidateSet('DWord', 'QWord', 'String', 'ExpandString', 'MultiString', 'Binary')][string]$Type = 'DWord'
    )
    $current = Get-RdpRegistryValue -Path $Path -Name $Name
    $kind = $null
    if ($null -ne $current) { $kind = (Get-Item -LiteralPath $Path).GetValueKind($Name).ToString() }
    # Same data of another type (REG_SZ "1" for DWORD 1) is not the same value: Windows may ignore it.
    if ($kind -eq $Type -and (@($current) -join ',') -eq (@($Value) -join ',')) {
        Write-RdpStatus -Level Ok -Message "$Path\$Name is already $(@($Value) -join ',')"
        return
    }
    if ($PSCmdlet.ShouldProcess((Format-RdpTarget "$Path\$Name"), "Set registry value to $(@($Value) -join ',')")) {
        if (-not (Test-Path -LiteralPath $Path)) { $null = New-Item -Path $Path -Force -Confirm:$false }
        $null = New-ItemProperty -LiteralPath $Path -Name $Name -Value $Value -PropertyType $Type -Force -Confirm:$false
        Write-RdpStatus -Level Change -Message "Set $Path\$Name to $(@($Value) -join ',')"
    }
}

function Save-RdpRegistryValue {
    # Records whether each value exists, its type and data, so Restore-RdpRegistryValue can put back
    # exactly that state (including "did not exist").
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Path,
        [Parameter(Mandatory)][string[]]$Name,
        [Parameter(Mandatory)][string]$File
    )
    $records = foreach ($valueName in $Name) {
        $data = Get-RdpRegistryValue -Path $Path -Name $valueName
        # By name, not by data: an empty REG_BINARY or REG_MULTI_SZ value exists although it reads as nothing.
        $exists = (Test-Path -LiteralPath $Path) -and (@((Get-Item -LiteralPath $Path).GetValueNames()) -contains $valueName)
        $kind = $null
        if ($exists) { $kind = (Get-Item -LiteralPath $Path).GetValueKind($valueName).ToString() }
        [pscustomobject]@{ Path = $Path; Name = $valueName; Exists = $exists; Kind = $kind; Data = @($data) }
    }
    ConvertTo-Json -InputObject @($records) -Depth 4 | Set-Content -LiteralPath $File -Encoding UTF8
}

function Restore-RdpRegistryValue {
    # Puts back the values recorded by Save-RdpRegistryValue; a value that did not exist is removed.
    # Only the keys in -ExpectedPath are touched: a backup file naming any other key was not written
    # by this fix (a tampered or wrong folder), so it is refused rather than trusted.
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string]$File,
        [Parameter(Mandatory)][string[]]$ExpectedPath
    )
    # Assigned first: Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one object, so
    # @(... | ConvertFrom-Json) would give a one-item array holding the whole list.
    $records = Get-Content -LiteralPath $File -Raw | ConvertFrom-Json
    foreach ($record in $records) {
        if ($ExpectedPath -notcontains $record.Path) {
            throw "Backup file '$File' names registry key '$($record.Path)', which this fix never backs up; refusing to restore from it."
        }
        $target = "$($record.Path)\$($record.Name)"
        if ($record.Exists) {
            $data = $record.Data
            if ($record.Kind -eq 'DWord') { $data = [int]$record.Data[0] }
            elseif ($record.Kind -eq 'QWord') { $data = [long]$record.Data[0] }
            elseif ($record.Kind -eq 'String' -or $record.Kind -eq 'ExpandString') { $data = [string]$record.Data[0] }
            elseif ($record.Kind -eq 'MultiString') { $data = [string[]]@($record.Data) }
            elseif ($record.Kind -eq 'Binary') { $data = [byte[]]@($record.Data) }
            else { throw "Backup file '$File' holds $target as $($record.Kind), a registry type this script does not restore; restore it by hand." }
            Set-RdpRegistryValue -Path $record.Path -Name $record.Name -Value $data -Type $record.Kind
        }
        elseif ((Test-Path -LiteralPath $record.Path) -and (@((Get-Item -LiteralPath $record.Path).GetValueNames()) -contains $record.Name)) {
            if ($PSCmdlet.ShouldProcess((Format-RdpTarget $target), 'Remove registry value (it did not exist before)')) {
                Remove-ItemProperty -LiteralPath $record.Path -Name $record.Name -Confirm:$false
                Write-RdpStatus -Level Change -Message "Removed $target"
            }
        }
    }
}
function Assert-RdpTrustedItem {
    # One folder or file that an elevated run trusts: owned by SYSTEM or Administrators, writable by no
    # one else, and not a junction or symbolic link (a standard user could point one at a folder of
    # their choosing, so the elevated run would write or read there).
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $trusted = @('S-1-5-18', 'S-1-5-32-544')
    # Write data, append, write attributes (extended too), delete (child), change permissions, take
    # ownership, generic write, generic all.
    $writeRights = 0x2 -bor 0x4 -bor 0x10 -bor 0x40 -bor 0x100 -bor 0x10000 -bor 0x40000 -bor 0x80000 -bor 0x40000000 -bor 0x10000000
    $item = Get-Item -LiteralPath $Path -Force
    if (($item.Attributes -band [System.IO.FileAttributes]::ReparsePoint) -ne 0) {
        throw "'$Path' on $env:COMPUTERNAME is a junction or symbolic link; refusing to use it (it may have been planted). Remove it, or pass a folder only administrators can write to."
    }
    $acl = Get-Acl -LiteralPath $item.FullName
    $owner = $acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value
    if ($trusted -notcontains $owner) {
        throw "'$($item.FullName)' on $env:COMPUTERNAME is owned by $owner, not by SYSTEM or Administrators; refusing to use it (it may have been tampered with). Remove it, or pass a folder only administrators can write to."
    }
    foreach ($rule in $acl.GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier])) {
        $writes = ([int]$rule.FileSystemRights -band $writeRights) -ne 0
        if ($rule.AccessControlType -eq 'Allow' -and $writes -and $trusted -notcontains $rule.IdentityReference.Value) {
            throw "$($rule.IdentityReference.Value) may write to '$($item.FullName)' on $env:COMPUTERNAME; only SYSTEM and Administrators may. Refusing to use it (it may have been tampered with)."
        }
    }
}

function Assert-RdpTrustedFolder {
    # A rollback runs as Administrator and acts on what the backup folder holds. It refuses a folder, or
    # anything in it, that anyone but SYSTEM or Administrators owns or may write to: such files could
    # have been planted or edited by a standard user.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    Assert-RdpTrustedItem -Path $Path
    foreach ($item in @(Get-ChildItem -LiteralPath $Path -Recurse -Force)) { Assert-RdpTrustedItem -Path $item.FullName }
}

function Protect-RdpFolder {
    # A protected ACL of its own (SYSTEM and Administrators, full control), owned by Administrators. A new
    # folder under %ProgramData% would otherwise inherit the grant that lets every user create files and
    # folders in it.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $output = & icacls $Path /inheritance:r /grant:r '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F' /q
    if ($LASTEXITCODE -eq 0) { $output = & icacls $Path /setowner '*S-1-5-32-544' /q }
    if ($LASTEXITCODE -ne 0) {
        throw "Could not restrict access to '$Path' on $env:COMPUTERNAME (icacls exit code $LASTEXITCODE): $($output -join ' '). Nothing was changed."
    }
}

function Set-RdpBackupOwner {
    # Gives Administrators ownership of the run folder and everything in it, once the backups and
    # rollback.ps1 are written. On Windows 10/11 what an elevated administrator creates is owned by their
    # own account ("System objects: Default owner for objects created by members of the Administrators
    # group" defaults to "Object creator" on clients, "Administrators group" on servers), and the rollback
    # trusts only SYSTEM or Administrators as owner, so without this it would refuse its own backups.
    # https://learn.microsoft.com/windows/win32/secauthz/owner-of-a-new-object
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $output = & icacls $Path /setowner '*S-1-5-32-544' /t /c /q
    if ($LASTEXITCODE -ne 0) {
        throw "Could not make Administrators the owner of '$Path' and its files on $env:COMPUTERNAME (icacls exit code $LASTEXITCODE): $($output -join ' '). The rollback would refuse them, so nothing was changed."
    }
}

function Protect-RdpBackupFolder {
    # Backups drive an elevated rollback, so only SYSTEM and Administrators may write them: the run folder
    # is protected before anything is written into it, and must then be empty.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    Protect-RdpFolder -Path $Path
    Assert-RdpTrustedFolder -Path $Path
    if (@(Get-ChildItem -LiteralPath $Path -Force).Count -gt 0) {
        throw "The new backup folder '$Path' on $env:COMPUTERNAME already holds files that this script did not write; nothing was changed. Remove them, or pass -BackupRoot with a folder only administrators can write to."
    }
}

function Initialize-RdpDataFolder {
    # %ProgramData%\RdpFixGuide and its Logs or Backup folder. %ProgramData% lets every user create
    # folders, so a standard user could create these first (or as a junction) and make the elevated run
    # write its transcript or backups where they choose, or plant a "newer" backup run. Each level that
    # exists must be trusted: not a link, owned by SYSTEM or Administrators. A folder an administrator
    # created (an earlier version of this script did, with the inherited ACL) is protected again; one a
    # standard user created is refused. A missing level is created and protected.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $root = Join-Path -Path $env:ProgramData -ChildPath 'RdpFixGuide'
    foreach ($folder in @($root, $Path) | Select-Object -Unique) {
        if (Test-Path -LiteralPath $folder) {
            $item = Get-Item -LiteralPath $folder -Force
            if (($item.Attributes -band [System.IO.FileAttributes]::ReparsePoint) -ne 0) {
                throw "'$folder' on $env:COMPUTERNAME is a junction or symbolic link; refusing to write there (a standard user may have planted it). Delete it as Administrator and run again."
            }
            $owner = (Get-Acl -LiteralPath $folder).GetOwner([System.Security.Principal.SecurityIdentifier]).Value
            if (@('S-1-5-18', 'S-1-5-32-544') -notcontains $owner) {
                throw "'$folder' on $env:COMPUTERNAME is owned by $owner, not by SYSTEM or Administrators, so a standard user created it; refusing to write there. Delete it as Administrator and run again."
            }
        }
        else { $null = New-Item -ItemType Directory -Path $folder -WhatIf:$false }
        Protect-RdpFolder -Path $folder
        Assert-RdpTrustedItem -Path $folder
    }
}
function Get-RdpUserSession {
    # The user sessions, active or disconnected, that restarting TermService would end. quser (query user)
    # lists both kinds, locally and under WinRM (the remoting process runs in session 0, which it does not
    # list): https://learn.microsoft.com/windows-server/administration/windows-commands/query-user
    # Its words are localized (a German Windows prints no English), so no text is ever matched: a header
    # line, then one line per session, on stdout. The line of the session running this script starts with
    # '>'; it is left out only when it is the local console. With no session quser exits 1, writes nothing
    # to stdout and one message to stderr that echoes the '*' it was asked about ("No User exists for *"
    # in English). Any other failure returns $null ("unknown"), which the caller treats like sessions present.
    [CmdletBinding()]
    param()
    if ($null -eq (Get-Command -Name 'quser' -ErrorAction SilentlyContinue)) { return $null }
    # Windows PowerShell 5.1 turns a native command's stderr into a terminating error under Stop.
    $ErrorActionPreference = 'Continue'
    $all = @(& quser 2>&1)
    $exitCode = $LASTEXITCODE
    $lines = @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] } | ForEach-Object { "$_" } | Where-Object { $_.Trim() -ne '' })
    $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { "$_" })
    if ($exitCode -ne 0) {
        if ($exitCode -eq 1 -and $lines.Count -eq 0 -and ($errors -join ' ').Contains('*')) { return , @() }
        return $null
    }
    $sessions = @($lines | Select-Object -Skip 1)
    if ("$env:SESSIONNAME" -eq 'Console') { $sessions = @($sessions | Where-Object { -not $_.StartsWith('>') }) }
    return , $sessions
}

function Approve-RdpHighImpact {
    # One High-impact confirmation (asked even at the default $ConfirmPreference), for an action such as
    # a TermService restart that ends sessions. The target names the computer.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([Parameter(Mandatory)][string]$Target, [Parameter(Mandatory)][string]$Action)
    return $PSCmdlet.ShouldProcess((Format-RdpTarget $Target), $Action)
}

function Restart-RdpService {
    # Restart-Service has no timeout: a service that hangs in StopPending blocks the run forever, before
    # the summary with the backup and rollback paths. Here each stop and start waits at most
    # $TimeoutSeconds (ServiceController.WaitForStatus), the start is tried twice, and running dependents
    # (UmRdpService for TermService) are stopped first and started after, as Restart-Service -Force does.
    # https://learn.microsoft.com/dotnet/api/system.serviceprocess.servicecontroller.waitforstatus
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name, [int]$TimeoutSeconds = 60)
    $timeout = [System.TimeSpan]::FromSeconds($TimeoutSeconds)
    $service = Get-Service -Name $Name
    $dependents = @($service.DependentServices | Where-Object { "$($_.Status)" -eq 'Running' } | ForEach-Object { "$($_.Name)" })
    if ("$($service.Status)" -ne 'Stopped') {
        foreach ($name in @($dependents) + @($Name)) {
            $controller = Get-Service -Name $name
            if ("$($controller.Status)" -eq 'Stopped') { continue }
            try {
                if ("$($controller.Status)" -ne 'StopPending') { $controller.Stop() }
                $controller.WaitForStatus('Stopped', $timeout)
            }
            catch {
                $controller.Refresh()
                throw "$name did not stop within $TimeoutSeconds s on $env:COMPUTERNAME (it is $($controller.Status)): $($_.Exception.Message). RDP may be unavailable: from the console, check it with 'sc.exe queryex $name', or restart the computer."
            }
        }
    }
    foreach ($name in @($Name) + @($dependents)) {
        $controller = Get-Service -Name $name
        for ($attempt = 1; $attempt -le 2; $attempt++) {
            try {
                $controller.Refresh()
                if ("$($controller.Status)" -ne 'Running') { $controller.Start() }
                $controller.WaitForStatus('Running', $timeout)
                break
            }
            catch {
                if ($attempt -eq 2) {
                    throw "$name did not start again on $env:COMPUTERNAME within $TimeoutSeconds s, twice: $($_.Exception.Message). RDP may be unavailable: from the console, run 'Start-Service -Name $name' and read the System event log."
                }
                Start-Sleep -Seconds 5
            }
        }
    }
}
function New-RdpEvidence {
    # The evidence of one Diagnose run on this computer: every finding a diagnose function reported (its
    # Evidence dictionary, stable ids such as certificate.self-signed.state), plus one decision per step
    # about the cause it owns. Write-RdpEvidence prints it; the selector reads it back (src/lib/evidence).
    [CmdletBinding()]
    param()
    [pscustomobject]@{ Findings = [ordered]@{}; Decisions = [System.Collections.Generic.List[object]]::new() }
}

function ConvertTo-RdpEvidenceValue {
    # Values travel as short single-line text: true/false, numbers in invariant digits, text cut at 120.
    [CmdletBinding()]
    param([AllowNull()][object]$Value)
    if ($null -eq $Value) { return '' }
    if ($Value -is [bool]) { if ($Value) { return 'true' } else { return 'false' } }
    if ($Value -is [datetime]) { return $Value.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', [System.Globalization.CultureInfo]::InvariantCulture) }
    $text = [System.Convert]::ToString($Value, [System.Globalization.CultureInfo]::InvariantCulture) -replace '[\x00-\x1F\x7F]', ' '
    if ($text.Length -gt 120) { $text = $text.Substring(0, 120) }
    return $text.Trim()
}

function Add-RdpEvidence {
    # Records one step. The decision is the one the diagnose function states, if any (Decision = 'proven',
    # 'ruled-out' or 'unknown', DecidedBy = the finding id); otherwise NeedsFix decides for a fix: true proves
    # the cause, false rules it out. A read-only check (Kind diagnostic) never sets NeedsFix, so without its own
    # Decision its cause stays unknown, never "ruled out". A step that could not be diagnosed (Failed) or did
    # not run here (Skipped) decides nothing: its cause stays unknown.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][object]$Evidence,
        [Parameter(Mandatory)][object]$Step,
        [AllowNull()][object]$Finding,
        [ValidateSet('Ran', 'Failed', 'Skipped')][string]$Outcome = 'Ran'
    )
    $own = "fix.$($Step.Id).needs-fix"
    $cause = ''
    $state = 'unknown'
    $decidedBy = $own
    if ($Outcome -ne 'Ran' -or $null -eq $Finding) {
        $Evidence.Findings[$own] = $Outcome.ToLowerInvariant()
    }
    else {
        $names = @($Finding.PSObject.Properties | ForEach-Object { $_.Name })
        if ($names -contains 'Evidence' -and $Finding.Evidence -is [System.Collections.IDictionary]) {
            foreach ($key in @($Finding.Evidence.Keys)) {
                # Only ids in the documented shape (CONTRIBUTING.md, "Evidence"): the selector refuses anything else.
                if ("$key" -cmatch '^[a-z0-9]+(?:[.-][a-z0-9]+)*$') { $Evidence.Findings["$key"] = ConvertTo-RdpEvidenceValue $Finding.Evidence[$key] }
            }
        }
        $Evidence.Findings[$own] = ConvertTo-RdpEvidenceValue ([bool]$Finding.NeedsFix)
        if ($names -contains 'Cause') { $cause = "$($Finding.Cause)" }
        $isCheck = $null -ne $Step.PSObject.Properties['Kind'] -and "$($Step.Kind)" -eq 'diagnostic'
        if ([bool]$Finding.NeedsFix) { $state = 'proven' } elseif (-not $isCheck) { $state = 'ruled-out' }
        if ($names -contains 'Decision' -and @('proven', 'ruled-out', 'unknown') -contains "$($Finding.Decision)") { $state = "$($Finding.Decision)" }
        if ($names -contains 'DecidedBy' -and $Evidence.Findings.Contains("$($Finding.DecidedBy)")) { $decidedBy = "$($Finding.DecidedBy)" }
    }
    if ($cause -cmatch '^[a-z0-9]+(?:-[a-z0-9]+)*$') {
        $Evidence.Decisions.Add([ordered]@{ fix = $Step.Id; cause = $cause; state = $state; finding = $decidedBy })
    }
}

function Get-RdpEvidenceToken {
    # One line: rfe1.<base64url of the JSON>.<first 16 hex digits of the SHA-256 of that base64url text>.
    # The checksum catches a line cut short or changed by copying; it is no signature (anyone can recompute
    # it), so the selector treats the content as untrusted whatever the checksum says.
    [CmdletBinding()]
    param([Parameter(Mandatory)][object]$Evidence, [string]$Site = '', [int]$Generator = 0)
    $body = [ordered]@{ format = 1; site = $Site; generator = $Generator; computer = "$env:COMPUTERNAME"; findings = $Evidence.Findings; decisions = @($Evidence.Decisions) }
    $json = ConvertTo-Json -InputObject $body -Depth 4 -Compress
    $payload = [System.Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($json)).TrimEnd('=').Replace('+', '-').Replace('/', '_')
    $sha = [System.Security.Cryptography.SHA256]::Create()
    try { $hash = $sha.ComputeHash([System.Text.Encoding]::ASCII.GetBytes($payload)) }
    finally { $sha.Dispose() }
    $checksum = (@($hash | Select-Object -First 8 | ForEach-Object { $_.ToString('x2') }) -join '')
    return ('rfe1.{0}.{1}' -f $payload, $checksum)
}

function Write-RdpEvidence {
    # The end of every Diagnose run on this computer: a readable table, the evidence line between markers
    # (to paste into the selector), and a link that opens the selector with it. The link puts the evidence
    # after the hash sign, which browsers never send to the web server or a proxy.
    [CmdletBinding()]
    param([Parameter(Mandatory)][object]$Evidence, [string]$Site = '', [int]$Generator = 0)
    $computer = $env:COMPUTERNAME
    Write-RdpStatus "Evidence from ${computer}: $($Evidence.Findings.Count) finding(s), $($Evidence.Decisions.Count) cause decision(s)."
    foreach ($key in @($Evidence.Findings.Keys)) { Write-RdpStatus "  $key = $($Evidence.Findings[$key])" }
    foreach ($decision in @($Evidence.Decisions)) { Write-RdpStatus "  cause $($decision.cause): $($decision.state) (by $($decision.finding), from $($decision.fix))" }
    $token = Get-RdpEvidenceToken -Evidence $Evidence -Site $Site -Generator $Generator
    Write-RdpStatus '-----BEGIN RDP FIX EVIDENCE-----'
    Write-RdpStatus $token
    Write-RdpStatus '-----END RDP FIX EVIDENCE-----'
    # Concatenated, not inside a double-quoted string, where some PowerShell tooling reads the hash sign as a comment.
    if ($Site) { $link = $Site + '#evidence=' + $token; Write-RdpStatus "Open the selector with this evidence: $link" }
    else { Write-RdpStatus 'Paste the lines from BEGIN to END into the evidence box of the selector.' }
}
function Get-RdpCertificatePrerequisitesFinding {
    # Read-only. Microsoft's "An internal error has occurred" article (Windows Server) lists what Windows needs to
    # create the RDP self-signed certificate: the services CertPropSvc, KeyIso, CryptSvc and SessionEnv
    # running, WinStations\SelfSignedCertStore = "Remote Desktop", and ProfileList\ProgramData =
    # %SystemDrive%\ProgramData. The same article ties a one-minute stall followed by the error to the client
    # opening audio; its workaround (stopping Windows Audio) is a change this check only mentions. Services are
    # named by service name and start types read from Win32_Service, so nothing depends on the display language.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $evidence = [ordered]@{}
    $problem = $false
    foreach ($name in @('CertPropSvc', 'KeyIso', 'CryptSvc', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service) {
            $evidence["service.$($name.ToLowerInvariant())"] = 'missing'
            $problem = $true
            $findings.Add("Service $name is not installed. -> certificate-creation-prerequisites")
            continue
        }
        $mode = Get-RdpServiceStartMode -Name $name
        $evidence["service.$($name.ToLowerInvariant())"] = "$($service.Status)".ToLowerInvariant()
        if ("$($service.Status)" -ne 'Running') {
            $problem = $true
            $findings.Add("Service $name is $($service.Status) (start type $mode): Windows needs it to create the RDP self-signed certificate. Start it, and if it fails, read the Service Control Manager events for its dependencies. -> certificate-creation-prerequisites")
        }
    }
    $store = Get-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations' -Name 'SelfSignedCertStore'
    $evidence['registry.self-signed-cert-store'] = $(if ($null -eq $store) { 'not-set' } else { [string]$store })
    if ($null -ne $store -and [string]$store -ne 'Remote Desktop') {
        $problem = $true
        $findings.Add("WinStations SelfSignedCertStore is '$store'; Microsoft's article expects 'Remote Desktop'. -> certificate-creation-prerequisites")
    }
    # Get-ItemProperty expands REG_EXPAND_SZ, so both the literal and the expanded form count as right.
    $programData = Get-RdpRegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList' -Name 'ProgramData'
    $expected = @('%SystemDrive%\ProgramData', [Environment]::ExpandEnvironmentVariables('%SystemDrive%\ProgramData'))
    $evidence['registry.profilelist-programdata'] = $(if ($null -eq $programData) { 'not-set' } elseif ([string]$programData -in $expected) { 'default' } else { 'changed' })
    if ($null -ne $programData -and [string]$programData -notin $expected) {
        $problem = $true
        $findings.Add("ProfileList ProgramData is '$programData'; Microsoft's article expects %SystemDrive%\ProgramData. -> certificate-creation-prerequisites")
    }
    $audio = Get-Service -Name 'Audiosrv' -ErrorAction SilentlyContinue
    $evidence['service.audiosrv'] = $(if ($null -eq $audio) { 'missing' } else { "$($audio.Status)".ToLowerInvariant() })
    $findings.Add('If the connection hangs for about a minute before "An internal error has occurred" and the next attempt works, Microsoft ties it to the client opening audio; its workaround is to stop Windows Audio (Audiosrv) on the remote computer. This check changes nothing. -> audio-redirection-stall')
    if (-not $problem) { $findings.Add('The services and registry values Windows needs to create the RDP self-signed certificate are as Microsoft documents them.') }
    $evidence['certificate.prerequisites-problem'] = $problem
    # A check never sets NeedsFix, so it states its decision: every documented prerequisite was read, so a
    # missing one proves the cause and none missing rules it out.
    $decision = $(if ($problem) { 'proven' } else { 'ruled-out' })
    [pscustomobject]@{ NeedsFix = $false; Cause = 'certificate-creation-prerequisites'; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $decision; DecidedBy = 'certificate.prerequisites-problem' }
}
function Get-RdpDomainSecureChannelFinding {
    # Read-only. With NLA, a domain account is checked before the session starts, so the host must reach a
    # domain controller over a healthy secure channel (Microsoft, "Troubleshoot authentication errors when you
    # use RDP to connect to Azure VM"). Reports: whether NLA is required (a policy value overrides RDP-Tcp),
    # domain membership (Win32_ComputerSystem), whether DNS returns the domain's DC locator SRV record
    # _ldap._tcp.dc._msdcs.<domain> (MS-ADTS 6.3.6.1), Test-ComputerSecureChannel (Windows PowerShell 5.1 only),
    # and the Microsoft Entra join state from dsregcmd /status (its documented field names, never its wording).
    # Repairing the channel needs domain credentials: the command is printed, never run, and no credential is
    # asked for or stored. Nothing here changes the computer, so it never reports NeedsFix.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $evidence = [ordered]@{}
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $nla = Get-RdpRegistryValue -Path $policy -Name 'UserAuthentication'
    $nlaSource = 'policy'
    if ($null -eq $nla) { $nla = Get-RdpRegistryValue -Path $listener -Name 'UserAuthentication'; $nlaSource = 'listener' }
    if ($null -eq $nla) { $nlaSource = 'default' }
    $evidence['nla.required'] = $(if ($null -eq $nla) { 'not-set' } else { [string][int]$nla })
    $evidence['nla.source'] = $nlaSource
    if ($nla -eq 0) { $findings.Add("NLA is not required ($nlaSource value 0): domain controller problems do not block the connection before sign-in.") }
    else { $findings.Add("NLA is required or left at the Windows default ($nlaSource): a domain account is checked against a domain controller before the session starts.") }

    $computer = Get-CimInstance -ClassName 'Win32_ComputerSystem'
    $joined = [bool]$computer.PartOfDomain
    $evidence['domain.joined'] = $joined
    $problem = $false
    # A check never sets NeedsFix, so it states its decision: proven only by a missing DC record or a channel
    # Test-ComputerSecureChannel calls broken; ruled out only off the domain or with both healthy; unknown when
    # the channel could not be tested (PowerShell 7, or the test itself failed).
    $decision = 'unknown'
    $decidedBy = 'domain.secure-channel'
    if (-not $joined) {
        $findings.Add('This computer is not joined to an Active Directory domain: NLA checks local or Microsoft Entra accounts here, so an unreachable domain controller is not the cause.')
        $evidence['domain.dc-srv-records'] = 'not-checked'
        $evidence['domain.secure-channel'] = 'not-checked'
        $decision = 'ruled-out'
        $decidedBy = 'domain.joined'
    }
    else {
        $domain = [string]$computer.Domain
        $findings.Add("Domain member of $domain.")
        $records = @(Resolve-DnsName -Name "_ldap._tcp.dc._msdcs.$domain" -Type SRV -DnsOnly -ErrorAction SilentlyContinue | Where-Object { $_.NameTarget })
        $evidence['domain.dc-srv-records'] = $records.Count
        if ($records.Count -eq 0) {
            $problem = $true
            $findings.Add("DNS returns no _ldap._tcp.dc._msdcs.$domain SRV record: this computer cannot locate a domain controller. Check its DNS servers. -> nla-domain-controller-unreachable")
            $decision = 'proven'
            $decidedBy = 'domain.dc-srv-records'
        }
        else { $findings.Add("DNS names $($records.Count) domain controller(s): $((@($records | ForEach-Object { $_.NameTarget }) | Select-Object -First 3) -join ', ').") }
        if (Get-Command -Name 'Test-ComputerSecureChannel' -ErrorAction SilentlyContinue) {
            try {
                $healthy = Test-ComputerSecureChannel -ErrorAction Stop
                $evidence['domain.secure-channel'] = $(if ($healthy) { 'ok' } else { 'broken' })
                if ($healthy) {
                    $findings.Add("The secure channel to $domain is healthy.")
                    if ($decision -ne 'proven') { $decision = 'ruled-out' }
                }
                else {
                    $problem = $true
                    $decision = 'proven'
                    $decidedBy = 'domain.secure-channel'
                    $findings.Add("The secure channel to $domain is broken (Test-ComputerSecureChannel returned False). Repair it in an elevated Windows PowerShell 5.1 with an account allowed to reset this computer account: Test-ComputerSecureChannel -Repair -Credential (Get-Credential). This script does not ask for or store credentials. -> nla-domain-controller-unreachable")
                }
            }
            catch {
                $problem = $true
                $evidence['domain.secure-channel'] = 'error'
                $findings.Add("The secure channel to $domain could not be verified: $($_.Exception.Message) -> nla-domain-controller-unreachable")
            }
        }
        else {
            $evidence['domain.secure-channel'] = 'not-checked'
            $findings.Add('Test-ComputerSecureChannel exists only in Windows PowerShell 5.1: run this check in powershell.exe to test the secure channel.')
        }
    }

    # dsregcmd field names (AzureAdJoined, DomainJoined) are documented identifiers; a line that is missing is
    # reported as "not read", never guessed.
    $entra = 'not-read'
    $dsreg = Get-Command -Name 'dsregcmd' -ErrorAction SilentlyContinue
    if ($null -ne $dsreg) {
        $line = @(& dsregcmd /status) | Where-Object { $_ -match '^\s*AzureAdJoined\s*:\s*(YES|NO)\s*$' } | Select-Object -First 1
        if ($line) { $entra = $(if ($line -match 'YES') { 'yes' } else { 'no' }) }
    }
    $evidence['entra.joined'] = $entra
    if ($entra -eq 'yes') {
        $findings.Add('This computer is Microsoft Entra joined: connect by its name (not its IP address) with "Use a web account to sign in to the remote computer", and sign in as user@domain. -> entra-joined-host')
    }
    $evidence['domain.problem'] = $problem
    [pscustomobject]@{ NeedsFix = $false; Cause = 'nla-domain-controller-unreachable'; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $decision; DecidedBy = $decidedBy }
}
function Get-RdpCertificateIdentityFinding {
    # Read-only. What the client's "identity of the remote computer cannot be verified" warning is about, seen
    # from the host: the certificate the listener is bound to (Win32_TSGeneralSetting), the name it is issued to,
    # whether it is self-signed (binding type 1) and in date, and which names clients can use without a name
    # mismatch. Microsoft: the warnings come from "an incorrect certificate" on the listener (KB 2000960,
    # https://learn.microsoft.com/troubleshoot/windows-server/remote/error-when-connecting-terminal-server).
    # Trust is the client's business: this check never installs or changes a certificate, and never makes a
    # client trust one. The computer's DNS name is read from the Tcpip parameters (Hostname, Domain), so a domain
    # member's FQDN counts as a match.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $cause = 'certificate-untrusted-or-expired'
    $tcpip = 'HKLM:\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters'
    $hostName = Get-RdpRegistryValue -Path $tcpip -Name 'Hostname'
    $domain = Get-RdpRegistryValue -Path $tcpip -Name 'Domain'
    $fqdn = ''
    if ($hostName -and $domain) { $fqdn = "$hostName.$domain" }
    $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
    $type = [int]$setting.SSLCertificateSHA1HashType
    $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
    $evidence = [ordered]@{
        'computer.name'              = $env:COMPUTERNAME
        'computer.fqdn'              = $fqdn
        'certificate.binding.type'   = $type
        'certificate.bound.thumbprint' = $bound
    }
    # A check never sets NeedsFix, so every result states its decision on the cause it reports, and the finding
    # that decides it.
    $result = { param([string]$Cause, [string]$Decision, [string]$DecidedBy) [pscustomobject]@{ NeedsFix = $false; Cause = $Cause; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $Decision; DecidedBy = $DecidedBy } }
    $certificate = $null
    foreach ($storeName in @('Remote Desktop', 'My')) {
        $certificate = @(Get-ChildItem -Path "Cert:\LocalMachine\$storeName" -ErrorAction SilentlyContinue | Where-Object { $_.Thumbprint -eq $bound }) | Select-Object -First 1
        if ($null -ne $certificate) { break }
    }
    if ($null -eq $certificate) {
        $evidence['certificate.found'] = $false
        $findings.Add("The listener is bound to $bound, which is in neither the Remote Desktop nor the Personal store: see the stale-binding fix.")
        return & $result 'certificate-binding-mismatch' 'proven' 'certificate.found'
    }
    $evidence['certificate.found'] = $true
    $subjectName = [regex]::Match("$($certificate.Subject)", '(?:^|,\s*)CN=([^,]+)').Groups[1].Value.Trim()
    $selfSigned = $type -eq 1
    $now = Get-Date
    $inDate = $certificate.NotBefore -le $now -and $certificate.NotAfter -gt $now
    $matchesComputer = $subjectName -eq $env:COMPUTERNAME -or ($fqdn -and $subjectName -eq $fqdn) -or $subjectName -like "$env:COMPUTERNAME.*"
    $evidence['certificate.subject'] = "$($certificate.Subject)"
    $evidence['certificate.self-signed'] = $selfSigned
    $evidence['certificate.in-date'] = $inDate
    $evidence['certificate.not-after'] = $certificate.NotAfter.ToString('u')
    $evidence['certificate.subject-matches-computer'] = [bool]$matchesComputer
    $names = @($env:COMPUTERNAME, $fqdn) | Where-Object { $_ } | Sort-Object -Unique
    $findings.Add("The listener uses certificate $bound issued to CN=$subjectName (binding type $type), valid until $($certificate.NotAfter.ToString('u')). This computer is $($names -join ' / ').")
    if (-not $inDate) {
        $findings.Add("The certificate is not valid now (valid $($certificate.NotBefore.ToString('u')) to $($certificate.NotAfter.ToString('u'))): clients warn that it expired. Check the clocks of client and host too: a wrong date makes a good certificate look expired.")
        $cause = 'certificate-untrusted-or-expired'
        if ($selfSigned) { $findings.Add('A self-signed certificate that expired is replaced by the regenerate fix.') }
        return & $result $cause 'proven' 'certificate.in-date'
    }
    if (-not $matchesComputer) {
        if ($selfSigned) {
            $cause = 'computer-renamed-certificate'
            $findings.Add("The self-signed certificate names CN=$subjectName, which does not match this computer's name ($env:COMPUTERNAME): the computer was renamed after Windows made it. The regenerate fix replaces it with one for the current name.")
        }
        else {
            $cause = 'certificate-name-mismatch'
            $findings.Add("The certificate names CN=$subjectName, not this computer ($($names -join ' / ')): clients that connect by the computer's name get a name mismatch. Connect by the name on the certificate, or bind a certificate issued to the name clients use.")
        }
        return & $result $cause 'proven' 'certificate.subject-matches-computer'
    }
    if ($selfSigned) {
        $findings.Add("The certificate is self-signed (the Windows default): clients that do not trust it warn that it is not from a trusted certifying authority, even with the right name. The cure is a certificate from a CA the clients trust (for example through the Group Policy certificate template), not trusting it by hand on every client.")
    }
    else {
        $findings.Add("The certificate is issued to this computer's name. If clients still warn, connect by exactly CN=$subjectName (not an IP address or alias), and make sure they trust its issuer ($($certificate.Issuer)).")
        $cause = 'certificate-name-mismatch'
    }
    # In date and issued to this computer: what is left (whether clients trust the issuer, which name they type)
    # is decided on the client, so the host cannot prove or rule it out.
    return & $result $cause 'unknown' 'certificate.self-signed'
}
function Get-RdpListenerPortFinding {
    # Read-only. Which TCP port the RDP-Tcp listener uses (PortNumber; 3389 when it is absent), whether anything
    # listens there and which service owns it, and whether the EFFECTIVE firewall policy (-PolicyStore ActiveStore:
    # the local rules plus every GPO's) has an enabled inbound allow rule for that port. A custom port is not a
    # fault to repair: the technician connects to host:port, as Microsoft says
    # (https://learn.microsoft.com/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer).
    # Changing PortNumber back is left to a person on purpose: it moves every client and every firewall rule and
    # takes effect only after Remote Desktop Services restarts (or, per Microsoft's port article, a reboot).
    # Owners are found by process id through Win32_Service, never by localized display names.
    [CmdletBinding()]
    param([Parameter(Mandatory)][ValidateRange(1, 65535)][int]$RdpPort)
    $listenerKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $findings = [System.Collections.Generic.List[string]]::new()
    $cause = 'rdp-custom-port'
    $portNumber = Get-RdpRegistryValue -Path $listenerKey -Name 'PortNumber'
    $port = 3389
    if ($null -ne $portNumber) { $port = [int]$portNumber }
    if ($null -eq $portNumber) { $findings.Add("PortNumber is not set in $listenerKey; the listener uses 3389, the default.") }
    elseif ($port -ne $RdpPort) {
        $findings.Add("The RDP-Tcp listener uses TCP port $port (PortNumber), not $($RdpPort). Connect to $($env:COMPUTERNAME):$port (host:port in the client), or change PortNumber on purpose by hand and restart Remote Desktop Services; this check changes nothing.")
    }
    else { $findings.Add("The RDP-Tcp listener uses TCP port $port (PortNumber), as expected.") }

    $services = @(Get-CimInstance -ClassName 'Win32_Service' -ErrorAction SilentlyContinue)
    $termPid = @($services | Where-Object { $_.Name -eq 'TermService' -and $_.State -eq 'Running' } | ForEach-Object { $_.ProcessId })
    $listening = @(Get-NetTCPConnection -LocalPort $port -State 'Listen' -ErrorAction SilentlyContinue)
    $owners = @($listening | ForEach-Object { $_.OwningProcess } | Sort-Object -Unique)
    $ownerNames = @(foreach ($owner in $owners) {
            $names = @($services | Where-Object { $_.ProcessId -eq $owner } | ForEach-Object { $_.Name })
            if ($names.Count -gt 0) { $names -join '+' }
            else { "process $owner ($(@(Get-Process -Id $owner -ErrorAction SilentlyContinue | ForEach-Object { $_.ProcessName }) -join ''))" }
        })
    $rdpListens = @($owners | Where-Object { $termPid -contains $_ }).Count -gt 0
    if ($listening.Count -eq 0) {
        $cause = 'rdp-listener-disabled'
        $findings.Add("Nothing listens on TCP port $port. Check that TermService runs and that Remote Desktop is allowed (fDenyTSConnections 0, fEnableWinStation 1): run qwinsta and look for rdp-tcp in the Listen state.")
    }
    elseif (-not $rdpListens) {
        $cause = 'listener-firewall-port'
        $findings.Add("TCP port $port is held by $($ownerNames -join ', '), not by Remote Desktop Services (TermService): the listener cannot use it. Move that program to another port, as Microsoft recommends.")
    }
    else { $findings.Add("TermService listens on TCP port $port.") }

    $covers = {
        param($Ports)
        foreach ($p in @($Ports)) {
            $text = "$p"
            if ($text -eq 'Any' -or $text -eq "$port") { return $true }
            if ($text -match '^(\d+)-(\d+)$' -and [int]$Matches[1] -le $port -and $port -le [int]$Matches[2]) { return $true }
        }
        return $false
    }
    $allowing = @(foreach ($rule in @(Get-NetFirewallRule -PolicyStore 'ActiveStore' -Direction 'Inbound' -Enabled 'True' -Action 'Allow' -ErrorAction SilentlyContinue)) {
            $filter = @(Get-NetFirewallPortFilter -AssociatedNetFirewallRule $rule)
            if (@($filter | Where-Object { "$($_.Protocol)" -in @('TCP', '6', 'Any') -and (& $covers $_.LocalPort) }).Count -gt 0) { $rule.Name }
        })
    if ($allowing.Count -gt 0) { $findings.Add("The effective firewall policy allows inbound TCP $port (rule $($allowing -join ', ')).") }
    else {
        if ($cause -eq 'rdp-custom-port' -and $port -eq $RdpPort) { $cause = 'listener-firewall-port' }
        $findings.Add("No enabled inbound allow rule in the effective firewall policy (local and Group Policy) covers TCP $($port): clients are blocked unless another firewall handles it. The built-in Remote Desktop rules cover 3389 only; a custom port needs its own rule.")
    }
    $evidence = [ordered]@{
        'listener.port'              = $port
        'listener.port.expected'     = $RdpPort
        'listener.port.is-expected'  = $port -eq $RdpPort
        'listener.listening'         = $listening.Count -gt 0
        'listener.owner.termservice' = $rdpListens
        'listener.owner'             = $ownerNames -join ', '
        'firewall.allows-port'       = $allowing.Count -gt 0
    }
    # A check: it never repairs, so NeedsFix stays false whatever it finds, and it states the decision on the
    # cause it reports, by the finding that chose it. Only a healthy listener on the expected port that the
    # firewall lets through rules the custom port out.
    $decision = 'proven'
    $decidedBy = 'listener.port.is-expected'
    if ($cause -eq 'rdp-listener-disabled') { $decidedBy = 'listener.listening' }
    elseif ($cause -eq 'listener-firewall-port' -and -not $rdpListens) { $decidedBy = 'listener.owner.termservice' }
    elseif ($cause -eq 'listener-firewall-port') { $decidedBy = 'firewall.allows-port' }
    elseif ($port -eq $RdpPort) { $decision = 'ruled-out' }
    [pscustomobject]@{ NeedsFix = $false; Cause = $cause; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $decision; DecidedBy = $decidedBy }
}
function Get-RdpSessionBrokerFinding {
    # Read-only check for RDS deployments: are the Connection Broker or RD Gateway roles here, and has the
    # broker logged 2056 (logon to its database failed) or 1296 (not ready for RPC)? Microsoft's fix for
    # those, after an unsupported rename of the broker server, is manual, so this never needs a fix.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $broker = Get-Service -Name 'Tssdis' -ErrorAction SilentlyContinue
    $gateway = Get-Service -Name 'TSGateway' -ErrorAction SilentlyContinue
    if ($null -eq $broker) { $findings.Add('The RD Connection Broker service (Tssdis) is not installed here.') }
    else { $findings.Add("RD Connection Broker (Tssdis) is installed: $($broker.Status), start type $(Get-RdpServiceStartMode -Name $broker.Name).") }
    if ($null -eq $gateway) { $findings.Add('The RD Gateway service (TSGateway) is not installed here.') }
    else { $findings.Add("RD Gateway (TSGateway) is installed: $($gateway.Status), start type $(Get-RdpServiceStartMode -Name $gateway.Name).") }

    $since = (Get-Date).AddDays(-7)
    $queries = @(
        @{ LogName = 'Microsoft-Windows-TerminalServices-SessionBroker/Operational'; Id = 2056; Meaning = 'logon to the broker database failed' },
        @{ LogName = 'Microsoft-Windows-TerminalServices-SessionBroker-Client/Operational'; Id = 1296; Meaning = 'the broker is not ready for RPC communication' }
    )
    $found = 0
    foreach ($query in $queries) {
        $events = @(Get-WinEvent -FilterHashtable @{ LogName = $query.LogName; Id = $query.Id; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
        foreach ($logged in $events) {
            $found++
            $findings.Add("Event $($logged.Id) in $($query.LogName) at $($logged.TimeCreated.ToString('u')): $($query.Meaning).")
        }
    }
    if ($found -gt 0) {
        $findings.Add('Microsoft ties these events to a broker server whose name was changed, which is not supported. Its fix is manual: remove and reinstall the RD Connection Broker role and the Windows Internal Database. Plan it; this script does not do it.')
    }
    elseif ($null -ne $broker) {
        $findings.Add('No broker event 2056 or 1296 in the last 7 days.')
    }
    # A check proves nothing by itself: its cause stays unknown in the evidence (CONTRIBUTING.md, "Evidence").
    [pscustomobject]@{ NeedsFix = $false; Cause = 'gateway-broker'; Findings = $findings.ToArray(); Decision = 'unknown' }
}
function Get-RdpCipherSuiteFinding {
    # Read-only. The SSL Cipher Suite Order policy (Computer Configuration > Administrative Templates > Network >
    # SSL Configuration Settings) writes a comma-separated list to Policies\Microsoft\Cryptography\Configuration\
    # SSL\00010002, value Functions; Microsoft's "An internal error has occurred" article names it as a cause
    # (and the local list under Control\Cryptography\Configuration\Local\SSL\00010002). A hardened list can
    # leave no suite both ends share, which is different from a disabled TLS version. Our reading, labelled as
    # such: TLS 1.2 suite names contain "_WITH_" (TLS 1.3 names do not), and an RSA certificate (the self-signed
    # RDP certificate's key is in the RSA MachineKeys folder) needs a suite with "_RSA_". Never changes the list.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $evidence = [ordered]@{}
    $policyKey = 'HKLM:\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002'
    $localKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\Cryptography\Configuration\Local\SSL\00010002'
    $problem = $false
    $decidedBy = 'schannel.36874.count'
    $policy = Get-RdpRegistryValue -Path $policyKey -Name 'Functions'
    if ($null -eq $policy -or "$policy".Trim() -eq '') {
        $evidence['tls.cipher-suites.policy'] = 'not-set'
        $findings.Add('The SSL Cipher Suite Order policy is not set: Windows uses its default cipher suite order.')
    }
    else {
        $suites = @("$policy".Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ })
        $tls12Rsa = @($suites | Where-Object { $_ -like '*_WITH_*' -and $_ -like '*_RSA_*' })
        $evidence['tls.cipher-suites.policy'] = 'set'
        $evidence['tls.cipher-suites.policy-count'] = $suites.Count
        $evidence['tls.cipher-suites.policy-tls12-rsa-count'] = $tls12Rsa.Count
        $findings.Add("The SSL Cipher Suite Order policy is set ($policyKey, Functions) with $($suites.Count) suite(s): $(($suites | Select-Object -First 6) -join ', ').")
        if ($tls12Rsa.Count -eq 0) {
            $problem = $true
            $decidedBy = 'tls.cipher-suites.policy-tls12-rsa-count'
            $findings.Add('None of them is a TLS 1.2 suite for an RSA certificate (a name with _WITH_ and _RSA_), so a listener with an RSA certificate and a client on TLS 1.2 share no suite. Change the policy in the GPO that sets it: set it to Not configured (Microsoft''s internal-error article) or add TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. This script does not change it. -> cipher-suite-mismatch')
        }
    }
    $local = Get-RdpRegistryValue -Path $localKey -Name 'Functions'
    $evidence['tls.cipher-suites.local-count'] = $(if ($null -eq $local) { 'not-set' } else { @($local | Where-Object { $_ }).Count })
    if (Get-Command -Name 'Get-TlsCipherSuite' -ErrorAction SilentlyContinue) {
        $enabled = @(Get-TlsCipherSuite -ErrorAction SilentlyContinue)
        $evidence['tls.cipher-suites.enabled-count'] = $enabled.Count
        $findings.Add("Get-TlsCipherSuite lists $($enabled.Count) enabled suite(s).")
    }
    else { $evidence['tls.cipher-suites.enabled-count'] = 'not-available' }
    $since = (Get-Date).AddDays(-7)
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36874; StartTime = $since } -MaxEvents 20 -ErrorAction SilentlyContinue)
    $evidence['schannel.36874.count'] = $events.Count
    if ($events.Count -gt 0) {
        $problem = $true
        $findings.Add("Schannel logged event 36874 $($events.Count) time(s) in 7 days, last at $($events[0].TimeCreated.ToString('u')): a client offered no cipher suite this computer accepts. -> cipher-suite-mismatch")
    }
    $evidence['tls.cipher-suites.problem'] = $problem
    # A check never sets NeedsFix, so it states its decision. A policy list without an RSA suite, or Schannel's
    # own "no cipher suite in common" event, proves the cause. Without either it is ruled out only when no policy
    # narrows the Windows default list; a policy list can still miss what one client offers, and Schannel event
    # logging can be turned off (SCHANNEL\EventLogging 0), so then it stays unknown.
    $decision = 'unknown'
    if ($problem) { $decision = 'proven' }
    elseif ($evidence['tls.cipher-suites.policy'] -eq 'not-set') { $decision = 'ruled-out'; $decidedBy = 'tls.cipher-suites.policy' }
    [pscustomobject]@{ NeedsFix = $false; Cause = 'cipher-suite-mismatch'; Findings = $findings.ToArray(); Evidence = $evidence; Decision = $decision; DecidedBy = $decidedBy }
}
function Get-RdpEvidenceFinding {
    # Read-only evidence for telling the causes of 0x904 / 0x7 apart, one readable line each, naming the
    # cause it points to. A check never "needs a fix": NeedsFix is always false, and Cause is the
    # best-supported cause id (first in the order below that has evidence), or '' when none has.
    [CmdletBinding()]
    param()
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $findings = [System.Collections.Generic.List[string]]::new()
    $pointsTo = [System.Collections.Generic.List[string]]::new()
    $note = {
        param([string]$Text, [string]$Cause = '')
        if ($Cause) { $pointsTo.Add($Cause); $Text = "$Text -> $Cause" }
        $findings.Add($Text)
    }
    $since = (Get-Date).AddDays(-7)
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence").
    $evidence = [ordered]@{}

    # Services (Microsoft's general troubleshooting article: TermService, its dependent UmRdpService, SessionEnv).
    foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service) { & $note "Service $name is not installed." 'rdp-services-stopped'; continue }
        $cause = ''
        if ($service.Status -ne 'Running' -and $name -ne 'SessionEnv') { $cause = 'rdp-services-stopped' }
        & $note "Service $name ($($service.DisplayName)): $($service.Status), start type $(Get-RdpServiceStartMode -Name $name)." $cause
    }

    # Listener port, whether something listens on it, and the User Mode firewall rule (by Name, not display name).
    $port = Get-RdpRegistryValue -Path $listener -Name 'PortNumber'
    if ($null -eq $port) { $port = 3389 }
    $evidence['listener.port'] = $port
    if (Get-Command -Name 'Get-NetTCPConnection' -ErrorAction SilentlyContinue) {
        $listening = @(Get-NetTCPConnection -LocalPort $port -State Listen -ErrorAction SilentlyContinue)
        if ($listening.Count -eq 0) { & $note "Nothing listens on TCP port $port (the RDP-Tcp PortNumber)." 'listener-firewall-port' }
        else { & $note "TCP port $port is listening (process id $(@($listening | ForEach-Object { $_.OwningProcess } | Select-Object -Unique) -join ', '))." }
    }
    $rule = Get-NetFirewallRule -Name 'RemoteDesktop-UserMode-In-TCP' -ErrorAction SilentlyContinue
    $evidence['firewall.rdp.rule-enabled'] = 'absent'
    if ($null -ne $rule) { $evidence['firewall.rdp.rule-enabled'] = "$($rule.Enabled)".ToLowerInvariant() }
    if ($null -ne $rule -and "$($rule.Enabled)" -ne 'True') { & $note 'Firewall rule RemoteDesktop-UserMode-In-TCP is disabled.' 'listener-firewall-port' }

    # Effective security settings: a Group Policy value overrides the RDP-Tcp listener value.
    foreach ($name in @('SecurityLayer', 'UserAuthentication', 'MinEncryptionLevel')) {
        $value = Get-RdpRegistryValue -Path $policy -Name $name
        $source = 'Group Policy'
        if ($null -eq $value) { $value = Get-RdpRegistryValue -Path $listener -Name $name; $source = 'RDP-Tcp listener' }
        if ($null -eq $value) { & $note "$name is not set (Windows default)."; continue }
        $cause = ''
        if (($name -eq 'SecurityLayer' -and $value -eq 0) -or ($name -eq 'MinEncryptionLevel' -and $value -ge 3)) { $cause = 'security-layer-mismatch' }
        & $note "$name is $value (from the $source)." $cause
    }
    if ((Get-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa\FIPSAlgorithmPolicy' -Name 'Enabled') -eq 1) { & $note 'FIPS algorithm policy is enabled.' 'security-layer-mismatch' }
    $tlsServer = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Server'
    if ((Get-RdpRegistryValue -Path $tlsServer -Name 'Enabled') -eq 0 -or (Get-RdpRegistryValue -Path $tlsServer -Name 'DisabledByDefault') -eq 1) { & $note 'TLS 1.2 (server) is disabled in the SCHANNEL registry keys.' 'tls-protocol-mismatch' }
    $oracle = Get-RdpRegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters' -Name 'AllowEncryptionOracle'
    $evidence['credssp.allow-encryption-oracle'] = $oracle
    if ($null -ne $oracle) {
        # Only Force Updated Clients (0) refuses unpatched peers; 1 and 2 let them connect.
        $cause = ''
        if ($oracle -eq 0) { $cause = 'credssp-oracle-mismatch' }
        & $note "CredSSP AllowEncryptionOracle is $oracle (0 Force Updated Clients, 1 Mitigated, 2 Vulnerable)." $cause
    }

    # Certificates: the binding (WMI and registry) and the Remote Desktop store. SSLCertificateSHA1HashType:
    # 1 self-signed, 2 enrolled from a Group Policy certificate template (in LocalMachine\My), 3 custom
    # (Win32_TSGeneralSetting). Only with type 1 does the Remote Desktop store hold the listener's certificate.
    $hashType = 0
    try {
        $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
        if ($null -ne $setting) {
            $hashType = [int]$setting.SSLCertificateSHA1HashType
            & $note "Listener certificate $($setting.SSLCertificateSHA1Hash), SSLCertificateSHA1HashType $hashType (1 = self-signed, 2 = Group Policy template, 3 = custom)."
        }
    }
    catch { & $note "Win32_TSGeneralSetting cannot be read: $($_.Exception.Message)" 'wmi-repository' }
    $bound = Get-RdpRegistryValue -Path $listener -Name 'SSLCertificateSHA1Hash'
    # WMI unreadable: a registry binding means custom, none means the self-signed default.
    if ($hashType -eq 0) { if ($null -ne $bound) { $hashType = 3 } else { $hashType = 1 } }
    $selfSigned = $hashType -eq 1
    if ($hashType -eq 2) { & $note 'The listener uses a certificate enrolled from a Group Policy certificate template: the self-signed certificates in the Remote Desktop store are not in use, and SessionEnv renews the enrolled one from the CA.' }
    # The helper's output is enumerated: REG_BINARY comes back as its bytes (object[]), never as [byte[]].
    if ($null -ne $bound -and @(@($bound) | Where-Object { $_ -isnot [byte] }).Count -eq 0) {
        $thumbprint = (@($bound) | ForEach-Object { $_.ToString('X2') }) -join ''
        $inStores = @(foreach ($storePath in @('Cert:\LocalMachine\My', 'Cert:\LocalMachine\Remote Desktop')) { if (Test-Path -LiteralPath $storePath) { Get-ChildItem -Path $storePath | Where-Object { $_.Thumbprint -eq $thumbprint } } })
        if ($inStores.Count -eq 0) { & $note "SSLCertificateSHA1Hash names $thumbprint, which is in neither the Personal nor the Remote Desktop store." 'certificate-binding-mismatch' }
    }
    $rdStore = 'Cert:\LocalMachine\Remote Desktop'
    $certificates = @()
    if (-not (Test-Path -LiteralPath $rdStore)) { & $note 'Remote Desktop certificate store absent (normal if RDP was never used on this computer: Windows creates it with the first self-signed certificate).' }
    else {
        $certificates = @(Get-ChildItem -Path $rdStore)
        if ($certificates.Count -eq 0 -and $selfSigned) { & $note 'The Remote Desktop certificate store is empty.' 'self-signed-certificate' }
    }
    $machineKeys = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    # CryptoAPI key files are in RSA\MachineKeys, CNG key files in Crypto\Keys (Microsoft, "Key Storage and Retrieval").
    $keyFolders = @($machineKeys, (Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\Keys'))
    $listenerContainers = @(Get-ChildItem -LiteralPath $machineKeys -File -Filter 'f686aace*' -ErrorAction SilentlyContinue)
    foreach ($certificate in $certificates) {
        $state = ''
        $unchecked = ''
        if ($certificate.NotAfter -lt (Get-Date)) { $state = 'expired' }
        elseif (-not $certificate.HasPrivateKey) { $state = 'no private key' }
        else {
            # HasPrivateKey only says key-provider information is attached: look for the key container itself.
            $output = & certutil -store 'Remote Desktop' $certificate.Thumbprint
            $container = [regex]::Match(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase').Value
            if ($LASTEXITCODE -ne 0) { $unchecked = ", key container not checked (certutil exit code $LASTEXITCODE)" }
            elseif (-not ($container -and @($keyFolders | Where-Object { Test-Path -LiteralPath (Join-Path -Path $_ -ChildPath $container) -PathType Leaf }).Count -gt 0) -and ($container -or $listenerContainers.Count -eq 0)) { $state = 'ORPHANED (its key container is gone)' }
        }
        $cause = ''
        if ($selfSigned -and $state) { $cause = 'self-signed-certificate' }
        $text = "Remote Desktop store: $($certificate.Thumbprint) $($certificate.Subject), expires $($certificate.NotAfter.ToString('u')), private key: $($certificate.HasPrivateKey)"
        if ($state) { $text = "$text, $state" }
        $text = "$text$unchecked"
        & $note "$text." $cause
    }

    # Events of the last 7 days, by full provider name. 36874 wording comes from community notes (unverified).
    $keyCause = 'self-signed-certificate'
    if ($hashType -eq 3) { $keyCause = 'private-key-access' }
    elseif ($hashType -eq 2) { $keyCause = '' }
    $eventSpecs = @(
        @{ Log = 'System'; Provider = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Ids = @(1057, 1058); Cause = 'machinekeys-permissions'; Meaning = 'the self-signed certificate could not be created or replaced, which Microsoft ties to MachineKeys permissions or a damaged key' }
        @{ Log = 'System'; Provider = 'Schannel'; Ids = @(36870); Cause = $keyCause; Meaning = 'the TLS server credential private key could not be read' }
        @{ Log = 'System'; Provider = 'Schannel'; Ids = @(36871, 36874); Cause = 'tls-protocol-mismatch'; Meaning = 'no TLS server credential, or no protocol or cipher suite in common' }
        @{ Log = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational'; Provider = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS'; Ids = @(131); Cause = ''; Meaning = 'TCP connections reached the listener, so the network path works' }
        @{ Log = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational'; Provider = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Ids = @(1149, 261); Cause = ''; Meaning = 'connections got as far as the listener (261) or user authentication (1149)' }
    )
    foreach ($spec in $eventSpecs) {
        $events = @(Get-WinEvent -FilterHashtable @{ LogName = $spec.Log; ProviderName = $spec.Provider; Id = $spec.Ids; StartTime = $since } -MaxEvents 50 -ErrorAction SilentlyContinue)
        $label = "$($spec.Provider) $($spec.Ids -join '/')"
        if ($events.Count -eq 0) { & $note "No $label events in the last 7 days."; continue }
        & $note "$($events.Count) $label event(s) in the last 7 days, latest $($events[0].TimeCreated.ToString('u')): $($spec.Meaning)." $spec.Cause
    }

    # The order ranks how directly each kind of evidence explains the server refusing the connection, and
    # puts the less invasive fix first where two fit (regenerate the certificate before changing MachineKeys).
    $order = @('rdp-services-stopped', 'listener-firewall-port', 'certificate-binding-mismatch', 'private-key-access', 'self-signed-certificate', 'machinekeys-permissions', 'tls-protocol-mismatch', 'security-layer-mismatch', 'credssp-oracle-mismatch', 'wmi-repository')
    $best = @($order | Where-Object { $pointsTo -contains $_ }) | Select-Object -First 1
    if ($null -eq $best) { $best = '' }
    # A check proves nothing by itself: its cause stays unknown in the evidence; the findings travel as they are.
    [pscustomobject]@{ NeedsFix = $false; Cause = $best; Findings = $findings.ToArray(); Evidence = $evidence; Decision = 'unknown' }
}
function Get-RdpServiceStateFinding {
    # Read-only. Microsoft's troubleshooting says TermService and UmRdpService must be running; SessionEnv
    # (Remote Desktop Configuration) renews the RDP certificate and must not be disabled. Disabled is a
    # finding for all three; a stopped SessionEnv is reported but not started.
    [CmdletBinding()]
    param()
    $mustRun = @('TermService', 'UmRdpService')
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence"): "<status>/<start type>".
    $evidence = [ordered]@{}
    foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        $evidence["service.$($name.ToLowerInvariant()).status"] = 'not-installed'
        if ($null -eq $service) {
            $findings.Add("$name is not installed on this computer; this fix cannot add it.")
            continue
        }
        $startType = Get-RdpServiceStartMode -Name $name
        $evidence["service.$($name.ToLowerInvariant()).status"] = "$($service.Status)/$startType"
        $state = "$name ($($service.DisplayName)) is $($service.Status), start type $startType"
        if ($startType -eq 'Disabled') {
            $needsFix = $true
            $findings.Add("$state. Disabled: its start type will be set to Manual, the Windows default.")
        }
        if ($mustRun -contains $name -and "$($service.Status)" -ne 'Running') {
            $needsFix = $true
            $findings.Add("$state. It must be running for RDP; it will be started.")
        }
        elseif ("$($service.Status)" -ne 'Running') {
            $findings.Add("$state. Not started by this fix.")
        }
        elseif ($startType -ne 'Disabled') {
            $findings.Add("$state.")
        }
    }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'rdp-services-stopped'; Findings = $findings.ToArray(); Evidence = $evidence }
}
function Backup-RdpServiceState {
    # Saves the status and start type of the three services, the only things Repair- changes.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $saved = foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service) { continue }
        [pscustomobject]@{ Name = $name; Status = "$($service.Status)"; StartType = Get-RdpServiceStartMode -Name $name }
    }
    ConvertTo-Json -InputObject @($saved) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'services.json') -Encoding UTF8
}
function Repair-RdpServiceState {
    # Sets a Disabled service back to Manual, the start type Microsoft documents for all three services,
    # then starts TermService and UmRdpService if they are stopped, waiting at most 60 s for each. A start,
    # not a restart: a running service is left alone, so a second run changes nothing and no session is
    # dropped.
    [CmdletBinding(SupportsShouldProcess)]
    param()
    foreach ($name in @('TermService', 'UmRdpService', 'SessionEnv')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service -or (Get-RdpServiceStartMode -Name $name) -ne 'Disabled') { continue }
        if ($PSCmdlet.ShouldProcess((Format-RdpTarget $name), 'Set start type from Disabled to Manual')) {
            Set-Service -Name $name -StartupType 'Manual'
            Write-RdpStatus -Level Change -Message "Set the start type of $name to Manual."
        }
    }
    # TermService first: UmRdpService depends on it.
    foreach ($name in @('TermService', 'UmRdpService')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service -or "$($service.Status)" -eq 'Running') { continue }
        if ($PSCmdlet.ShouldProcess((Format-RdpTarget $name), 'Start service')) {
            # Start-Service waits with no timeout for a service stuck in StartPending (printing "Waiting for
            # service" lines that name no computer), so the run would never reach its summary. Start it and
            # wait at most 60 s, as Restart-RdpService does.
            # https://learn.microsoft.com/dotnet/api/system.serviceprocess.servicecontroller.waitforstatus
            $controller = Get-Service -Name $name
            try {
                if ("$($controller.Status)" -ne 'StartPending') { $controller.Start() }
                $controller.WaitForStatus('Running', [System.TimeSpan]::FromSeconds(60))
            }
            catch {
                $controller.Refresh()
                throw "$name did not start within 60 s on $env:COMPUTERNAME (it is $($controller.Status)): $($_.Exception.Message). From the console, check it with 'sc.exe queryex $name' and read the System event log."
            }
            Write-RdpStatus -Level Change -Message "Started $name."
        }
    }
}
function Restore-RdpServiceState {
    # "Exact prior state" means both start type and status: a service that was Disabled is disabled
    # again, and one that was stopped is stopped again (UmRdpService before TermService, its dependency).
    # Stopping TermService ends every RDP session and the listener, so from inside an RDP session this
    # function restores the start types but leaves TermService running and says so: otherwise the
    # technician would cut off the only way back in. Run it from the console or remote PowerShell for an
    # exact restore. Stop-Service without -Force: if some other service now depends on a running one, it
    # fails instead of stopping services this fix never touched. A second run changes nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Not @(... | ConvertFrom-Json): Windows PowerShell 5.1 emits a JSON array as one object, so that would
    # hold a single nested array; piping the variable below enumerates it in 5.1 and 7 alike.
    $saved = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'services.json') -Raw | ConvertFrom-Json
    foreach ($name in @('UmRdpService', 'TermService', 'SessionEnv')) {
        $entry = @($saved | Where-Object { $_.Name -eq $name })
        if ($entry.Count -eq 0) { continue }
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        if ($null -eq $service) { continue }
        if ($entry[0].Status -eq 'Stopped' -and "$($service.Status)" -ne 'Stopped') {
            if ($name -eq 'TermService' -and "$env:SESSIONNAME" -like 'RDP-Tcp*') {
                Write-RdpStatus -Level Warn -Message 'TermService was stopped before, but stopping it now would end this RDP session; left running. Run the rollback from the console for an exact restore.'
            }
            elseif ($PSCmdlet.ShouldProcess((Format-RdpTarget $name), 'Stop service (it was stopped before the fix)')) {
                Stop-Service -Name $name
                Write-RdpStatus -Level Change -Message "Stopped $name."
            }
        }
        if ((Get-RdpServiceStartMode -Name $name) -ne $entry[0].StartType) {
            if ($PSCmdlet.ShouldProcess((Format-RdpTarget $name), "Set start type back to $($entry[0].StartType)")) {
                Set-Service -Name $name -StartupType $entry[0].StartType
                Write-RdpStatus -Level Change -Message "Set the start type of $name back to $($entry[0].StartType)."
            }
        }
    }
}
function Get-RdpCertificateBindingFinding {
    # Read-only. The listener's custom certificate binding is the REG_BINARY value SSLCertificateSHA1Hash
    # under RDP-Tcp (Microsoft's listener-certificate article). A binding is stale when that thumbprint
    # matches no certificate in Cert:\LocalMachine\My (where a custom certificate must be) or in
    # Cert:\LocalMachine\Remote Desktop (the self-signed one).
    [CmdletBinding()]
    param()
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    $value = Get-RdpRegistryValue -Path $listener -Name 'SSLCertificateSHA1Hash'
    try {
        $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
        if ($null -ne $setting) {
            $findings.Add("Win32_TSGeneralSetting reports SSLCertificateSHA1Hash $($setting.SSLCertificateSHA1Hash), SSLCertificateSHA1HashType $($setting.SSLCertificateSHA1HashType) (3 = custom).")
        }
    }
    catch {
        $findings.Add("Win32_TSGeneralSetting could not be read ($($_.Exception.Message)); the registry value is checked directly.")
    }
    if ($null -eq $value) {
        $findings.Add('No SSLCertificateSHA1Hash value under RDP-Tcp: the listener uses the self-signed certificate, so there is no binding to clear.')
        return [pscustomobject]@{ NeedsFix = $false; Cause = 'certificate-binding-mismatch'; Findings = $findings.ToArray() }
    }
    # A function's output is enumerated, so Get-RdpRegistryValue hands a REG_BINARY value back as its bytes
    # one by one (object[]), never as [byte[]]: test the items, not the array type.
    if (@(@($value) | Where-Object { $_ -isnot [byte] }).Count -eq 0) {
        $thumbprint = (@($value) | ForEach-Object { $_.ToString('X2') }) -join ''
    }
    else {
        $thumbprint = ("$value" -replace '[^0-9A-Fa-f]', '').ToUpperInvariant()
        $findings.Add('SSLCertificateSHA1Hash is not REG_BINARY, the type Microsoft documents for it.')
    }
    if ($thumbprint.Length -ne 40) {
        $needsFix = $true
        $findings.Add("SSLCertificateSHA1Hash holds '$thumbprint', which is not a 40-digit SHA-1 thumbprint; it will be deleted so the listener falls back to the self-signed certificate.")
        return [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'certificate-binding-mismatch'; Findings = $findings.ToArray() }
    }
    # A store that does not exist holds nothing (the Remote Desktop store is absent where RDP was never used).
    $found = @(foreach ($store in @('Cert:\LocalMachine\My', 'Cert:\LocalMachine\Remote Desktop') | Where-Object { Test-Path -LiteralPath $_ }) {
            Get-ChildItem -Path $store | Where-Object { $_.Thumbprint -eq $thumbprint } | ForEach-Object { [pscustomobject]@{ Store = $store; Certificate = $_ } }
        })
    if ($found.Count -eq 0) {
        $needsFix = $true
        $findings.Add("The listener is bound to $thumbprint, which is in neither Cert:\LocalMachine\My nor Cert:\LocalMachine\Remote Desktop: the binding is stale. Deleting the value makes the listener fall back to the self-signed certificate.")
    }
    foreach ($match in $found) {
        $certificate = $match.Certificate
        $findings.Add("The bound certificate $thumbprint is in $($match.Store): $($certificate.Subject), expires $($certificate.NotAfter.ToString('u')), private key: $($certificate.HasPrivateKey). The binding is not stale.")
        if ($certificate.NotAfter -lt (Get-Date)) { $findings.Add("Certificate $thumbprint has expired: renew it and bind the new thumbprint (not fixed here).") }
    }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'certificate-binding-mismatch'; Findings = $findings.ToArray() }
}
function Backup-RdpCertificateBinding {
    # Records SSLCertificateSHA1Hash (REG_BINARY, or "did not exist") so rollback can put back exactly that.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    Save-RdpRegistryValue -Path $listener -Name 'SSLCertificateSHA1Hash' -File (Join-Path -Path $Path -ChildPath 'registry.json')
}
function Repair-RdpCertificateBinding {
    # Deletes SSLCertificateSHA1Hash only when Get-RdpCertificateBindingFinding found it stale: Microsoft's
    # documented remedy, after which the listener falls back to the self-signed certificate. A binding to a
    # certificate that exists is never touched. The runner restarts TermService so the listener reloads it.
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $finding = Get-RdpCertificateBindingFinding
    if (-not $finding.NeedsFix) {
        Write-RdpStatus -Level Ok -Message 'The certificate binding is not stale; nothing changed.'
        return
    }
    if ($PSCmdlet.ShouldProcess((Format-RdpTarget "$listener\SSLCertificateSHA1Hash"), 'Delete the stale certificate binding')) {
        Remove-ItemProperty -LiteralPath $listener -Name 'SSLCertificateSHA1Hash' -Confirm:$false
        Write-RdpStatus -Level Change -Message "Deleted $listener\SSLCertificateSHA1Hash; the listener falls back to the self-signed certificate."
    }
}
function Restore-RdpCertificateBinding {
    # Writes back the saved binding (binary data included) or removes a value that did not exist; the
    # helper compares first, so a second run changes nothing. TermService reloads it at its next restart.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    Restore-RdpRegistryValue -File (Join-Path -Path $Path -ChildPath 'registry.json') -ExpectedPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    Write-RdpStatus -Level Warn -Message 'If the binding was restored, restart Remote Desktop Services (Restart-Service -Name TermService -Force, which ends every RDP session) for the listener to use the restored binding.'
}
function Get-RdpTls12ProtocolFinding {
    # Read-only. Probes the SCHANNEL protocol keys instead of guessing from the OS version: defaults
    # differ by build. A missing key or value means the OS default; only an explicit Enabled = 0 or a
    # non-zero DisabledByDefault turns TLS 1.2 off for that role.
    [CmdletBinding()]
    param()
    $root = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence"): "Enabled/DisabledByDefault" (empty = not set), or "default" when neither is set.
    $evidence = [ordered]@{}
    foreach ($role in @('Server', 'Client')) {
        $key = "$root\TLS 1.2\$role"
        $enabled = Get-RdpRegistryValue -Path $key -Name 'Enabled'
        $disabledByDefault = Get-RdpRegistryValue -Path $key -Name 'DisabledByDefault'
        $evidence["tls.$($role.ToLowerInvariant()).tls12.enabled"] = 'default'
        if ($null -ne $enabled -or $null -ne $disabledByDefault) { $evidence["tls.$($role.ToLowerInvariant()).tls12.enabled"] = "$enabled/$disabledByDefault" }
        if ($null -ne $enabled -and $enabled -eq 0) {
            $needsFix = $true
            $findings.Add("TLS 1.2 ($role) is disabled: Enabled = 0 in $key.")
        }
        elseif ($null -ne $disabledByDefault -and $disabledByDefault -ne 0) {
            $needsFix = $true
            $findings.Add("TLS 1.2 ($role) is disabled by default: DisabledByDefault = $disabledByDefault in $key, so Schannel does not offer it unless an application asks for it.")
        }
        elseif ($null -eq $enabled -and $null -eq $disabledByDefault) {
            $findings.Add("TLS 1.2 ($role): not configured, so the OS default applies.")
        }
        else {
            $findings.Add("TLS 1.2 ($role) is enabled (Enabled = $enabled, DisabledByDefault = $disabledByDefault; empty means not set).")
        }
    }
    # Other versions are reported for context only; this fix never changes them.
    foreach ($version in @('TLS 1.0', 'TLS 1.1', 'TLS 1.3')) {
        foreach ($role in @('Server', 'Client')) {
            $key = "$root\$version\$role"
            $enabled = Get-RdpRegistryValue -Path $key -Name 'Enabled'
            $disabledByDefault = Get-RdpRegistryValue -Path $key -Name 'DisabledByDefault'
            if ($null -ne $enabled -or $null -ne $disabledByDefault) {
                $findings.Add("$version ($role) is configured explicitly: Enabled = $enabled, DisabledByDefault = $disabledByDefault (not changed).")
            }
        }
    }
    $since = (Get-Date).AddDays(-7)
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36871; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        $findings.Add("Schannel event 36871 at $($logged.TimeCreated.ToString('u')): a fatal error occurred while creating a TLS credential (often a disabled protocol version).")
    }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'tls-protocol-mismatch'; Findings = $findings.ToArray(); Evidence = $evidence }
}
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
function Get-RdpCertificateKeyAccessFinding {
    # Read-only. For the custom certificate bound to the RDP-Tcp listener (SSLCertificateSHA1HashType 3),
    # checks that NETWORK SERVICE (S-1-5-20), the account Remote Desktop Services runs as, can read the
    # certificate's private key file. -CertificateThumbprint, if given, must name that same certificate.
    [CmdletBinding()]
    param([string]$CertificateThumbprint = '')
    $findings = [System.Collections.Generic.List[string]]::new()
    $thumbprint = ''
    # Thumbprint: the bound certificate this finding is about, so the repair works on exactly that one.
    $result = { param([bool]$NeedsFix) [pscustomobject]@{ NeedsFix = $NeedsFix; Cause = 'private-key-access'; Findings = $findings.ToArray(); Thumbprint = $thumbprint } }
    # Key file location: CryptoAPI keys are in MachineKeys, CNG keys in Crypto\Keys, named after the key's
    # unique container name (Microsoft's key-storage page). Unverified: which .NET key type is returned for
    # a CryptoAPI key differs between Windows PowerShell 5.1 and PowerShell 7, and opening the key needs
    # read access to it. So every name found is tried in both folders, with certutil's unique container
    # name (matched by its format, not by its localized label) as the fallback. Keys in a TPM, HSM or
    # smart card have no file: reported, never changed.
    $findKeyFile = {
        param($Certificate)
        $names = [System.Collections.Generic.List[string]]::new()
        try {
            $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($Certificate)
            if ($key -is [System.Security.Cryptography.RSACng]) { $names.Add($key.Key.UniqueName) }
            elseif ($key -is [System.Security.Cryptography.RSACryptoServiceProvider]) { $names.Add($key.CspKeyContainerInfo.UniqueKeyContainerName) }
        }
        catch { Write-Verbose "Could not open the private key of $($Certificate.Thumbprint) through .NET: $($_.Exception.Message)" }
        if ($names.Count -eq 0) {
            $output = & certutil -store My $Certificate.Thumbprint
            if ($LASTEXITCODE -eq 0) {
                foreach ($match in [regex]::Matches(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase')) { $names.Add($match.Value) }
            }
        }
        foreach ($name in $names) {
            foreach ($store in @('Microsoft\Crypto\RSA\MachineKeys', 'Microsoft\Crypto\Keys')) {
                $file = Join-Path -Path (Join-Path -Path $env:ProgramData -ChildPath $store) -ChildPath $name
                if (Test-Path -LiteralPath $file -PathType Leaf) { return $file }
            }
        }
        return $null
    }

    $requested = ($CertificateThumbprint -replace '[^0-9A-Fa-f]', '').ToUpperInvariant()
    # The certificate the listener is bound to: through WMI, or (WMI broken) the custom binding in the registry.
    $bound = ''
    $boundType = 0
    try {
        $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
        if ($null -eq $setting) {
            $findings.Add('Win32_TSGeneralSetting has no RDP-Tcp listener: check the listener first.')
            return & $result $false
        }
        $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
        $boundType = [int]$setting.SSLCertificateSHA1HashType
    }
    catch {
        # REG_BINARY comes back as loose bytes: @() before formatting them.
        $bytes = @(Get-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'SSLCertificateSHA1Hash')
        $bound = (($bytes | Where-Object { $null -ne $_ } | ForEach-Object { ([int]$_).ToString('X2') }) -join '')
        $boundType = 3
        $findings.Add("Win32_TSGeneralSetting could not be read ($($_.Exception.Message)); using the custom binding in the registry instead.")
    }
    # A thumbprint from the selector (or a link) only confirms which certificate to work on. It must be the
    # bound one: granting NETWORK SERVICE read on any other certificate's key would expose that key to
    # every service running as NETWORK SERVICE.
    if ($requested -and $requested -ne $bound) {
        $findings.Add("Certificate $requested is not the certificate the RDP listener is bound to ($(if ($bound) { $bound } else { 'none found' })). This fix only grants NETWORK SERVICE read on the listener's own certificate key; nothing will be changed. Bind the certificate first, or leave the thumbprint empty.")
        return & $result $false
    }
    if ($boundType -ne 3 -or -not $bound) {
        $findings.Add("The listener uses the default self-signed certificate (SSLCertificateSHA1HashType $boundType), not a custom one: this fix does not apply. For the self-signed certificate, repair MachineKeys and regenerate it.")
        return & $result $false
    }
    $thumbprint = $bound
    $certificate = @(Get-ChildItem -Path 'Cert:\LocalMachine\My' | Where-Object { $_.Thumbprint -eq $thumbprint }) | Select-Object -First 1
    if ($null -eq $certificate) {
        $findings.Add("Certificate $thumbprint is not in Cert:\LocalMachine\My. If the listener is bound to it, that is a stale binding: see the stale-binding fix.")
        return & $result $false
    }
    if (-not $certificate.HasPrivateKey) {
        $findings.Add("Certificate $thumbprint has no private key on this computer: import it again with its key (.pfx).")
        return & $result $false
    }
    $keyFile = & $findKeyFile $certificate
    if (-not $keyFile) {
        $findings.Add("The private key file of $thumbprint was not found in MachineKeys or Crypto\Keys (it may be in a TPM, HSM or smart card, or unreadable for Administrators). Use Manage Private Keys in the Certificates console.")
        return & $result $false
    }
    $findings.Add("Private key of $thumbprint ($($certificate.Subject)): $keyFile")
    # NETWORK SERVICE reads through its own SID, Everyone (S-1-1-0) or Authenticated Users (S-1-5-11).
    # Read is 0x120089 (what icacls calls R); GENERIC_ALL and GENERIC_READ also grant it.
    $readers = @('S-1-5-20', 'S-1-1-0', 'S-1-5-11')
    $rules = @((Get-Acl -LiteralPath $keyFile).GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier]) | Where-Object { $readers -contains $_.IdentityReference.Value })
    $canRead = $false
    $blocked = $false
    foreach ($rule in $rules) {
        $rights = [int]$rule.FileSystemRights
        $reads = (($rights -band 0x120089) -eq 0x120089) -or (($rights -band 0x10000000) -ne 0) -or (($rights -band 0x80000000) -ne 0)
        if ($rule.AccessControlType -eq 'Deny' -and ($reads -or ($rights -band 0x1))) {
            $blocked = $true
            $findings.Add("A deny entry for $($rule.IdentityReference.Value) blocks reading the key. This script does not remove deny entries: review it in Manage Private Keys.")
        }
        elseif ($rule.AccessControlType -eq 'Allow' -and $reads) { $canRead = $true }
    }
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36870; StartTime = (Get-Date).AddDays(-7) } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        $findings.Add("Schannel event 36870 at $($logged.TimeCreated.ToString('u')): the TLS server credential private key could not be read.")
    }
    if ($blocked) { return & $result $false }
    if ($canRead) {
        $findings.Add('NETWORK SERVICE (S-1-5-20) can read the private key.')
        return & $result $false
    }
    $findings.Add('NETWORK SERVICE (S-1-5-20) has no Read access to the private key: it will be granted Read (not Full Control).')
    return & $result $true
}
function Backup-RdpCertificateKeyAccess {
    # Saves the ACL of the private key file of the certificate bound to the listener (the only one the repair
    # may change: a -CertificateThumbprint naming any other certificate changes nothing) in icacls' restorable
    # /save format, plus the DACL as SDDL so rollback restores only what differs. Read-only.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    # The same key file lookup as diagnose.ps1 (each file defines one function, so it is repeated here).
    $findKeyFile = {
        param($Certificate)
        $names = [System.Collections.Generic.List[string]]::new()
        try {
            $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($Certificate)
            if ($key -is [System.Security.Cryptography.RSACng]) { $names.Add($key.Key.UniqueName) }
            elseif ($key -is [System.Security.Cryptography.RSACryptoServiceProvider]) { $names.Add($key.CspKeyContainerInfo.UniqueKeyContainerName) }
        }
        catch { Write-Verbose "Could not open the private key of $($Certificate.Thumbprint) through .NET: $($_.Exception.Message)" }
        if ($names.Count -eq 0) {
            $output = & certutil -store My $Certificate.Thumbprint
            if ($LASTEXITCODE -eq 0) {
                foreach ($match in [regex]::Matches(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase')) { $names.Add($match.Value) }
            }
        }
        foreach ($name in $names) {
            foreach ($store in @('Microsoft\Crypto\RSA\MachineKeys', 'Microsoft\Crypto\Keys')) {
                $file = Join-Path -Path (Join-Path -Path $env:ProgramData -ChildPath $store) -ChildPath $name
                if (Test-Path -LiteralPath $file -PathType Leaf) { return $file }
            }
        }
        return $null
    }

    # Only the key file of the certificate the diagnosis works on (the one bound to the listener): opening every
    # certificate's key would touch HSM/TPM keys that have nothing to do with RDP, and one unreadable key file
    # of another certificate would stop the whole run.
    $records = [System.Collections.Generic.List[object]]::new()
    $finding = Get-RdpCertificateKeyAccessFinding
    $thumbprint = $finding.Thumbprint
    $certificate = $null
    if ($thumbprint) { $certificate = @(Get-ChildItem -Path 'Cert:\LocalMachine\My' | Where-Object { $_.Thumbprint -eq $thumbprint }) | Select-Object -First 1 }
    $keyFile = $null
    if ($null -ne $certificate) { $keyFile = & $findKeyFile $certificate }
    if ($keyFile) {
        $aclFile = "$thumbprint.acl"
        $output = & icacls $keyFile /save (Join-Path -Path $Path -ChildPath $aclFile)
        if ($LASTEXITCODE -ne 0) { throw "icacls /save failed for $keyFile on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' '). Nothing was changed." }
        $dacl = (Get-Acl -LiteralPath $keyFile).GetSecurityDescriptorSddlForm('Access')
        $records.Add([pscustomobject]@{ Thumbprint = $thumbprint; KeyFile = $keyFile; AclFile = $aclFile; Dacl = $dacl })
    }
    ConvertTo-Json -InputObject @($records.ToArray()) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'key-acls.json') -Encoding UTF8
}
function Repair-RdpCertificateKeyAccess {
    # Grants NETWORK SERVICE (S-1-5-20) Read, and only Read, on the private key file of the certificate
    # that Get-RdpCertificateKeyAccessFinding checked, by SID so it works on every Windows language. Full
    # Control (common web advice) is more than Microsoft documents. The runner restarts TermService.
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$CertificateThumbprint = '')
    $finding = Get-RdpCertificateKeyAccessFinding -CertificateThumbprint $CertificateThumbprint
    if (-not $finding.NeedsFix) {
        Write-RdpStatus -Level Ok -Message 'NETWORK SERVICE can already read the key, or this fix does not apply; nothing changed.'
        return
    }
    # The same key file lookup as diagnose.ps1 (each file defines one function, so it is repeated here).
    $findKeyFile = {
        param($Certificate)
        $names = [System.Collections.Generic.List[string]]::new()
        try {
            $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($Certificate)
            if ($key -is [System.Security.Cryptography.RSACng]) { $names.Add($key.Key.UniqueName) }
            elseif ($key -is [System.Security.Cryptography.RSACryptoServiceProvider]) { $names.Add($key.CspKeyContainerInfo.UniqueKeyContainerName) }
        }
        catch { Write-Verbose "Could not open the private key of $($Certificate.Thumbprint) through .NET: $($_.Exception.Message)" }
        if ($names.Count -eq 0) {
            $output = & certutil -store My $Certificate.Thumbprint
            if ($LASTEXITCODE -eq 0) {
                foreach ($match in [regex]::Matches(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase')) { $names.Add($match.Value) }
            }
        }
        foreach ($name in $names) {
            foreach ($store in @('Microsoft\Crypto\RSA\MachineKeys', 'Microsoft\Crypto\Keys')) {
                $file = Join-Path -Path (Join-Path -Path $env:ProgramData -ChildPath $store) -ChildPath $name
                if (Test-Path -LiteralPath $file -PathType Leaf) { return $file }
            }
        }
        return $null
    }

    # The diagnosis above confirmed that this is the certificate bound to the listener.
    $thumbprint = $finding.Thumbprint
    $certificate = @(Get-ChildItem -Path 'Cert:\LocalMachine\My' | Where-Object { $_.Thumbprint -eq $thumbprint }) | Select-Object -First 1
    $keyFile = $null
    if ($null -ne $certificate) { $keyFile = & $findKeyFile $certificate }
    if (-not $keyFile) { throw "The private key file of certificate $thumbprint was not found on $env:COMPUTERNAME; nothing was changed. Use Manage Private Keys in the Certificates console." }
    if ($PSCmdlet.ShouldProcess((Format-RdpTarget $keyFile), 'Grant NETWORK SERVICE (S-1-5-20) Read')) {
        $output = & icacls $keyFile /grant '*S-1-5-20:(R)'
        if ($LASTEXITCODE -ne 0) { throw "icacls /grant failed on $keyFile (exit code $LASTEXITCODE): $($output -join ' '). Run rollback.ps1 from the backup folder if the ACL changed." }
        Write-RdpStatus -Level Change -Message "Granted NETWORK SERVICE (S-1-5-20) Read on $keyFile (certificate $thumbprint)."
    }
}
function Restore-RdpCertificateKeyAccess {
    # Puts back the saved ACL of each private key file whose DACL now differs from the backup (in practice
    # the one the repair changed), with icacls /restore run on the file's folder. Files that still match
    # are left alone, so a second run changes nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Assigned first: Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one object.
    $records = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'key-acls.json') -Raw | ConvertFrom-Json
    # Only key files in the two key folders, named by a plain file name: a backup naming any other path was
    # not written by this fix, and icacls /restore would rewrite that path's ACL.
    $keyFolders = @('Microsoft\Crypto\RSA\MachineKeys', 'Microsoft\Crypto\Keys') | ForEach-Object { Join-Path -Path $env:ProgramData -ChildPath $_ }
    foreach ($record in @($records)) {
        $name = Split-Path -Path $record.KeyFile -Leaf
        if ($keyFolders -notcontains (Split-Path -Path $record.KeyFile -Parent) -or $name -notmatch '^[0-9A-Za-z_-]+$' -or $record.AclFile -notmatch '^[0-9A-Za-z_.-]+$') {
            throw "Backup file '$(Join-Path -Path $Path -ChildPath 'key-acls.json')' names '$($record.KeyFile)', which is not a private key file this fix backs up; refusing to restore from it."
        }
        if (-not (Test-Path -LiteralPath $record.KeyFile -PathType Leaf)) {
            Write-RdpStatus -Level Warn -Message "$($record.KeyFile) (certificate $($record.Thumbprint)) no longer exists; nothing to restore."
            continue
        }
        if ((Get-Acl -LiteralPath $record.KeyFile).GetSecurityDescriptorSddlForm('Access') -eq $record.Dacl) { continue }
        if ($PSCmdlet.ShouldProcess((Format-RdpTarget $record.KeyFile), 'Restore the saved ACL of the private key file')) {
            $output = & icacls (Split-Path -Path $record.KeyFile -Parent) /restore (Join-Path -Path $Path -ChildPath $record.AclFile)
            if ($LASTEXITCODE -ne 0) { throw "icacls /restore failed for $($record.KeyFile) (exit code $LASTEXITCODE): $($output -join ' ')" }
            Write-RdpStatus -Level Change -Message "Restored the ACL of $($record.KeyFile) (certificate $($record.Thumbprint))."
        }
    }
}
function Get-RdpSelfSignedCertificateFinding {
    # Read-only. Only for a listener on the self-signed certificate (Win32_TSGeneralSetting
    # SSLCertificateSHA1HashType 1). Type 2 is a certificate enrolled from a Group Policy certificate
    # template (it lives in LocalMachine\My, and SessionEnv requests and renews it from the CA), type 3 a
    # custom certificate: both are left alone here. A self-signed certificate is broken when it has expired,
    # has no private key, or is ORPHANED: HasPrivateKey only says key-provider information is attached, so
    # the key container behind it is looked up (certutil's unique container name, matched by its format),
    # and a listener container (MachineKeys\f686aace*) that is gone means Windows will not mint a new
    # certificate while the old entry is in its way (events 1057/1058 "Object already exists"; Azure
    # repair-script-library win-fix-rdp-certificate.ps1). A container that exists but cannot be opened is a
    # permissions fault, for the MachineKeys fix: deleting the certificate would not cure it. A certificate
    # issued to another name than the computer's (a renamed computer) is replaced too.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $brokenThumbprints = [System.Collections.Generic.List[string]]::new()
    $store = 'Cert:\LocalMachine\Remote Desktop'
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence"); the state decides the cause.
    $evidence = [ordered]@{}
    $renamed = [System.Collections.Generic.List[string]]::new()
    $result = {
        param([bool]$NeedsFix)
        # Only renamed-host certificates broken: the cause is the rename, the repair the same.
        $cause = 'self-signed-certificate'
        if ($renamed.Count -gt 0 -and $renamed.Count -eq $brokenThumbprints.Count) { $cause = 'computer-renamed-certificate' }
        [pscustomobject]@{ NeedsFix = $NeedsFix; Cause = $cause; Findings = $findings.ToArray(); Broken = $brokenThumbprints.ToArray(); Evidence = $evidence; DecidedBy = 'certificate.self-signed.state' }
    }
    $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
    $type = [int]$setting.SSLCertificateSHA1HashType
    $evidence['certificate.listener.hash-type'] = $type
    $evidence['certificate.self-signed.state'] = 'not-used'
    if ($type -eq 2) {
        $findings.Add("The listener uses certificate $($setting.SSLCertificateSHA1Hash), enrolled from a Group Policy certificate template (SSLCertificateSHA1HashType 2, in LocalMachine\My); this fix only handles the self-signed certificate (type 1) and changes nothing. If that certificate is expired or broken, check its enrollment: the template in the Group Policy setting 'Server authentication certificate template', and the CA.")
        return & $result $false
    }
    if ($type -eq 3) {
        $findings.Add('The listener uses a custom certificate (SSLCertificateSHA1HashType 3); this fix only handles the self-signed one. Use the private-key fix, or the stale-binding fix if that certificate is gone.')
        return & $result $false
    }
    if ($type -ne 1) {
        $findings.Add("SSLCertificateSHA1HashType is $type (not a valid binding type); this fix only handles the self-signed certificate (type 1) and changes nothing.")
        return & $result $false
    }
    $now = Get-Date
    if (-not (Test-Path -LiteralPath $store)) {
        $findings.Add('The Remote Desktop certificate store is absent: restarting SessionEnv makes Windows create it and a self-signed certificate.')
        $evidence['certificate.self-signed.state'] = 'absent'
        return & $result $true
    }
    $certificates = @(Get-ChildItem -Path $store)
    $evidence['certificate.self-signed.count'] = $certificates.Count
    $evidence['certificate.self-signed.state'] = 'ok'
    if ($certificates.Count -eq 0) { $evidence['certificate.self-signed.state'] = 'empty' }
    if ($certificates.Count -eq 0) { $findings.Add('The Remote Desktop certificate store is empty: no self-signed certificate exists.') }
    $machineKeys = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    # A CryptoAPI key file is in RSA\MachineKeys, a CNG key file in Crypto\Keys (Microsoft, "Key Storage and
    # Retrieval"): a certificate whose key is in either is not orphaned, and deleting it would destroy a
    # working certificate that the rollback does not re-import.
    $keyFolders = @($machineKeys, (Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\Keys'))
    $listenerContainers = @(Get-ChildItem -LiteralPath $machineKeys -File -Filter 'f686aace*' -ErrorAction SilentlyContinue)
    foreach ($certificate in $certificates) {
        $thumbprint = $certificate.Thumbprint
        $problem = ''
        if ($certificate.NotAfter -lt $now) { $problem = "expired on $($certificate.NotAfter.ToString('u'))"; $evidence['certificate.self-signed.state'] = 'expired' }
        elseif (-not $certificate.HasPrivateKey) { $problem = 'has no private key'; $evidence['certificate.self-signed.state'] = 'no-private-key' }
        else {
            $output = & certutil -store 'Remote Desktop' $thumbprint
            $container = [regex]::Match(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase').Value
            if ($LASTEXITCODE -ne 0) {
                $findings.Add("Certificate ${thumbprint}: certutil could not read it (exit code $LASTEXITCODE), so its key container was not checked.")
            }
            elseif ($container -and @($keyFolders | Where-Object { Test-Path -LiteralPath (Join-Path -Path $_ -ChildPath $container) -PathType Leaf }).Count -gt 0) {
                $findings.Add("Certificate $thumbprint (expires $($certificate.NotAfter.ToString('u'))): its key container $container is in place.")
                # Windows keeps a usable self-signed certificate when the computer is renamed, so it still names
                # the old computer (first-hand report: https://qiita.com/mtmana/items/424579c1b9738c7a18c1). Its
                # subject is the computer name or its FQDN; any other name is a rename, which a new one cures.
                $subjectName = [regex]::Match("$($certificate.Subject)", '(?:^|,\s*)CN=([^,]+)').Groups[1].Value.Trim()
                if ($subjectName -and $subjectName -ne $env:COMPUTERNAME -and $subjectName -notlike "$env:COMPUTERNAME.*") {
                    $problem = "was issued to CN=$subjectName, but this computer is named $env:COMPUTERNAME (renamed after the certificate was made): clients that connect by the new name get a name mismatch, and a new self-signed certificate carries the current name"
                    $renamed.Add($thumbprint)
                    $evidence['certificate.self-signed.state'] = 'renamed'
                }
            }
            elseif ($container -or $listenerContainers.Count -eq 0) {
                $problem = 'is ORPHANED: it claims a private key, but its key container is in neither MachineKeys nor Crypto\Keys, so the listener cannot use it and Windows will not create a new one while it is in the way'
                $evidence['certificate.self-signed.state'] = 'orphaned'
            }
            else {
                $findings.Add("Certificate ${thumbprint}: its private key could not be opened, but a listener key container exists; that is a permissions fault (run the MachineKeys fix in Diagnose mode), not one deleting the certificate cures.")
            }
        }
        if ($problem) {
            $brokenThumbprints.Add($thumbprint)
            $findings.Add("Certificate $thumbprint $problem.")
        }
    }
    $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
    $missingBound = $bound -and @($certificates | Where-Object { $_.Thumbprint -eq $bound }).Count -eq 0
    if ($missingBound) {
        $findings.Add("The listener is bound to $bound, which is not in the Remote Desktop store.")
        if ($evidence['certificate.self-signed.state'] -eq 'ok') { $evidence['certificate.self-signed.state'] = 'bound-missing' }
    }
    $since = $now.AddDays(-7)
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Id = 1057, 1058; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
    $events += @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36870; StartTime = $since } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        # The status text tells the states apart: "Object already exists" (an orphaned entry in the way),
        # "Keyset does not exist" or "Access is denied" (the key container cannot be created or read).
        $findings.Add("Event $($logged.Id) at $($logged.TimeCreated.ToString('u')): $($logged.Message)")
        $eventId = "event.$($logged.Id).status"
        if ($logged.Id -eq 36870) { $evidence['event.36870.count'] = 1 + [int]$evidence['event.36870.count'] }
        elseif (-not $evidence.Contains($eventId)) { $evidence[$eventId] = "$($logged.Message)" }
    }
    return & $result ($brokenThumbprints.Count -gt 0 -or $certificates.Count -eq 0 -or $missingBound)
}
function Backup-RdpSelfSignedCertificate {
    # A record of the certificates in the Remote Desktop store, each written as a Base64 .cer file from its
    # RawData (the public certificate only, for reference): no PKI cmdlet, so it works the same in Windows
    # PowerShell 5.1 and in PowerShell 7, where Export-Certificate can run through the WinPSCompat session and
    # fail to bind a live certificate. Rollback does not re-import these (see rollback.ps1). Read-only.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $store = 'Cert:\LocalMachine\Remote Desktop'
    $certificates = @()
    if (Test-Path -LiteralPath $store) { $certificates = @(Get-ChildItem -Path $store) }
    $saved = foreach ($certificate in $certificates) {
        $file = "$($certificate.Thumbprint).cer"
        $pem = "-----BEGIN CERTIFICATE-----`r`n$([Convert]::ToBase64String($certificate.RawData, 'InsertLineBreaks'))`r`n-----END CERTIFICATE-----"
        Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath $file) -Value $pem -Encoding Ascii -WhatIf:$false -Confirm:$false
        [pscustomobject]@{ Thumbprint = $certificate.Thumbprint; Subject = $certificate.Subject; NotAfter = $certificate.NotAfter.ToString('o'); File = $file }
    }
    ConvertTo-Json -InputObject @($saved) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'certificates.json') -Encoding UTF8
}
function Repair-RdpSelfSignedCertificate {
    # Deletes only the certificates Get-RdpSelfSignedCertificateFinding found broken (expired, key-less or
    # orphaned), matched as objects by thumbprint: never a path built from a string, which would target the
    # store itself when it is empty. The runner then restarts SessionEnv, which creates a new self-signed
    # certificate. Does nothing unless the listener is on the self-signed certificate (type 1).
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $finding = Get-RdpSelfSignedCertificateFinding
    if (-not $finding.NeedsFix) {
        Write-RdpStatus -Level Ok -Message "No broken self-signed certificate on $env:COMPUTERNAME; nothing changed."
        return
    }
    $store = 'Cert:\LocalMachine\Remote Desktop'
    $broken = @($finding.Broken)
    if ($broken.Count -gt 0 -and (Test-Path -LiteralPath $store)) {
        foreach ($certificate in @(Get-ChildItem -Path $store | Where-Object { $broken -contains $_.Thumbprint })) {
            $thumbprint = $certificate.Thumbprint
            if ($PSCmdlet.ShouldProcess("$store\$thumbprint ($($certificate.Subject)) on $env:COMPUTERNAME", 'Delete certificate')) {
                Get-ChildItem -Path $store | Where-Object { $_.Thumbprint -eq $thumbprint } | Remove-Item -Confirm:$false
                Write-RdpStatus -Level Change -Message "Deleted certificate $thumbprint from the Remote Desktop store."
            }
        }
    }
    else {
        Write-RdpStatus -Message 'No broken certificate to delete; restarting SessionEnv creates a missing one.'
    }
}
function Restore-RdpSelfSignedCertificate {
    # Removes the certificates created since the backup (the regenerated one) and stops there. It does NOT
    # re-import the old certificates: the listener's key container has a fixed name (MachineKeys\f686aace*),
    # so minting the new certificate most likely re-keyed it, and an old certificate put back would point to
    # a key that no longer matches it - worse than no certificate. Windows mints a fresh self-signed
    # certificate the next time SessionEnv starts. The .cer files in the backup are a record only.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Assigned before @(): Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one object.
    $json = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'certificates.json') -Raw | ConvertFrom-Json
    $savedThumbprints = @(@($json | ForEach-Object { $_ }) | ForEach-Object { $_.Thumbprint })
    $store = 'Cert:\LocalMachine\Remote Desktop'
    if (-not (Test-Path -LiteralPath $store)) { return }
    foreach ($certificate in @(Get-ChildItem -Path $store)) {
        if ($savedThumbprints -contains $certificate.Thumbprint) { continue }
        $thumbprint = $certificate.Thumbprint
        if ($PSCmdlet.ShouldProcess("$store\$thumbprint on $env:COMPUTERNAME", 'Delete certificate created after the backup')) {
            Get-ChildItem -Path $store | Where-Object { $_.Thumbprint -eq $thumbprint } | Remove-Item -Confirm:$false
            Write-RdpStatus -Level Change -Message "Deleted certificate $thumbprint (not in the backup). The old certificates are not re-imported: their key was most likely replaced. Windows creates a new self-signed certificate when SessionEnv next starts."
        }
    }
}
function Get-RdpSecurityLayerFinding {
    # Read-only. Reports the effective SecurityLayer, UserAuthentication (NLA) and MinEncryptionLevel: a
    # Group Policy value under Policies\...\Terminal Services overrides the RDP-Tcp listener value, so
    # reading the listener alone can report a false success. Values set by policy are reported ("change
    # the GPO") and never counted as something this script fixes: a local write would be overwritten.
    # Never lowers: only the RDP layer (0, the server is not authenticated) or a missing value is a fault;
    # Negotiate (1) is raised to TLS (2) only when TLS was chosen, and TLS (2) always stays. NLA off is
    # reported; it is turned on only with -NetworkLevelAuthentication Require (it may be off on purpose).
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][ValidateSet('Negotiate', 'TLS')][string]$SecurityLayer,
        [Parameter(Mandatory)][ValidateSet('Report', 'Require')][string]$NetworkLevelAuthentication
    )
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $layerNames = @{ 0 = 'RDP (0: the server is not authenticated)'; 1 = 'Negotiate (1)'; 2 = 'TLS (2)' }
    $levelNames = @{ 1 = 'Low (1)'; 2 = 'Client Compatible (2)'; 3 = 'High (3)'; 4 = 'FIPS Compliant (4)' }
    $wanted = 1
    if ($SecurityLayer -eq 'TLS') { $wanted = 2 }
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    # TLS (2) turns every client away when the listener has no usable certificate, exactly the state many
    # hosts with this error are in; then Negotiate is the safe choice until the certificate is fixed.
    # HasPrivateKey only says key-provider information is attached (an ORPHANED certificate keeps it), so the
    # key container itself is looked up: certutil's unique container name (matched by its format, not its
    # localized label), in RSA\MachineKeys (CryptoAPI) or Crypto\Keys (CNG) (Microsoft, "Key Storage and
    # Retrieval"). A key that cannot be found counts as not ready: keeping Negotiate never lowers anything.
    $tlsReady = $true
    $tlsReason = 'there is none'
    if ($wanted -eq 2) {
        $tlsReady = $false
        try {
            $setting = Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting' -Filter "TerminalName='RDP-Tcp'"
            $bound = "$($setting.SSLCertificateSHA1Hash)".ToUpperInvariant()
            $keyFolders = @('Microsoft\Crypto\RSA\MachineKeys', 'Microsoft\Crypto\Keys') | ForEach-Object { Join-Path -Path $env:ProgramData -ChildPath $_ }
            foreach ($storeName in @('Remote Desktop', 'My')) {
                $certificate = @(Get-ChildItem -Path "Cert:\LocalMachine\$storeName" -ErrorAction SilentlyContinue | Where-Object { $_.Thumbprint -eq $bound -and $_.HasPrivateKey -and $_.NotAfter -gt (Get-Date) }) | Select-Object -First 1
                if ($null -eq $certificate) { continue }
                $output = & certutil -store $storeName $bound
                $container = [regex]::Match(($output -join "`n"), '\b[0-9a-f]{32}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b', 'IgnoreCase').Value
                if ($LASTEXITCODE -ne 0) { $tlsReason = "the key container of certificate $bound could not be checked (certutil exit code $LASTEXITCODE)" }
                elseif ($container -and @($keyFolders | Where-Object { Test-Path -LiteralPath (Join-Path -Path $_ -ChildPath $container) -PathType Leaf }).Count -gt 0) { $tlsReady = $true }
                else { $tlsReason = "the bound certificate $bound claims a private key, but its key container is in neither MachineKeys nor Crypto\Keys (an ORPHANED certificate)" }
                break
            }
        }
        catch { Write-Verbose "The listener certificate could not be checked: $($_.Exception.Message)" }
    }

    $localLayer = Get-RdpRegistryValue -Path $listener -Name 'SecurityLayer'
    $policyLayer = Get-RdpRegistryValue -Path $policy -Name 'SecurityLayer'
    $localNla = Get-RdpRegistryValue -Path $listener -Name 'UserAuthentication'
    $policyNla = Get-RdpRegistryValue -Path $policy -Name 'UserAuthentication'
    $level = Get-RdpRegistryValue -Path $listener -Name 'MinEncryptionLevel'
    $levelSource = 'listener'
    $policyLevel = Get-RdpRegistryValue -Path $policy -Name 'MinEncryptionLevel'
    if ($null -ne $policyLevel) { $level = $policyLevel; $levelSource = 'Group Policy' }

    # TargetLayer: the value Repair- writes ($null: nothing). EnableNla: Repair- turns NLA on (after a prompt).
    $targetLayer = $null
    $enableNla = $false
    $tlsBlocked = $null
    if ($wanted -eq 2 -and $level -eq 1) { $tlsBlocked = "TLS (2) is not allowed while MinEncryptionLevel is Low (1, from the $levelSource): raise the encryption level first" }
    elseif (-not $tlsReady) { $tlsBlocked = "TLS (2) needs a valid certificate with its private key bound to the listener, and $($tlsReason): requiring TLS now would turn every client away. Fix the certificate first" }
    if ($null -ne $policyLayer) {
        $findings.Add("Group Policy sets SecurityLayer to $($layerNames[[int]$policyLayer]) in $policy, which overrides the listener. This script does not change it: change the GPO (Remote Desktop Session Host > Security > Require use of specific security layer for remote (RDP) connections), then run gpupdate /force.")
    }
    elseif ($null -eq $localLayer -or $localLayer -eq 0) {
        $current = 'missing'
        if ($null -ne $localLayer) { $current = $layerNames[0] }
        $targetLayer = $wanted
        if ($null -ne $tlsBlocked) {
            $targetLayer = 1
            $findings.Add("The listener SecurityLayer is $current. $tlsBlocked; it will be raised to Negotiate (1) for now.")
        }
        else { $findings.Add("The listener SecurityLayer is $current; it will be raised to $($layerNames[$targetLayer]).") }
        $needsFix = $true
    }
    elseif ($localLayer -eq 1 -and $wanted -eq 2) {
        if ($null -ne $tlsBlocked) { $findings.Add("The listener SecurityLayer is Negotiate (1); TLS was chosen, but $tlsBlocked. Not changed.") }
        else {
            $targetLayer = 2
            $needsFix = $true
            $findings.Add('The listener SecurityLayer is Negotiate (1); it will be raised to TLS (2), as chosen.')
        }
    }
    elseif ($localLayer -eq 2 -and $wanted -eq 1) {
        $findings.Add('The listener SecurityLayer is TLS (2), which is stricter than Negotiate: not a fault, and this script never lowers it.')
    }
    elseif ($localLayer -eq 1 -or $localLayer -eq 2) {
        $findings.Add("The listener SecurityLayer is already $($layerNames[[int]$localLayer]).")
    }
    else {
        $findings.Add("The listener SecurityLayer is $localLayer, which Windows does not document; not changed. Set it to 1 (Negotiate) or 2 (TLS) by hand.")
    }

    if ($null -ne $policyNla) {
        $findings.Add("Group Policy sets UserAuthentication (Network Level Authentication) to $policyNla in $policy. This script does not change it: change the GPO (Require user authentication for remote connections by using Network Level Authentication).")
    }
    elseif ($localNla -eq 0 -and $NetworkLevelAuthentication -eq 'Require') {
        $findings.Add('The listener does not require Network Level Authentication (UserAuthentication = 0); it will be set to 1 after you confirm: clients that cannot use NLA will then be turned away.')
        $enableNla = $true
        $needsFix = $true
    }
    elseif ($localNla -eq 0) {
        $findings.Add('The listener does not require Network Level Authentication (UserAuthentication = 0). Not changed: it may be off on purpose (clients without NLA, users who must change an expired password at logon), and it is no documented cause of 0x904 / 0x7. To turn it on, run with -NetworkLevelAuthentication Require.')
    }
    elseif ($null -eq $localNla) {
        $findings.Add('The listener has no UserAuthentication value; this script leaves it as it is.')
    }

    if ($null -ne $level) {
        $findings.Add("MinEncryptionLevel is $($levelNames[[int]$level]) from the $levelSource; it only applies to the native RDP security layer.")
    }
    $fips = Get-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa\FIPSAlgorithmPolicy' -Name 'Enabled'
    if ($fips -eq 1) {
        $findings.Add('FIPS mode is on (FIPSAlgorithmPolicy Enabled = 1): clients that cannot use FIPS-compliant algorithms are refused. This script does not change security policy.')
    }
    # Repair- acts on TargetLayer and EnableNla only, so it changes exactly what this diagnosis found.
    # Evidence: stable finding ids for the selector (CONTRIBUTING.md, "Evidence"); empty means not set.
    $evidence = [ordered]@{
        'listener.security-layer.local' = $localLayer; 'listener.security-layer.policy' = $policyLayer
        'listener.user-authentication.local' = $localNla; 'listener.user-authentication.policy' = $policyNla
    }
    $decidedBy = 'listener.security-layer.local'
    if ($null -eq $targetLayer -and $enableNla) { $decidedBy = 'listener.user-authentication.local' }
    elseif ($null -ne $policyLayer) { $decidedBy = 'listener.security-layer.policy' }
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'security-layer-mismatch'; Findings = $findings.ToArray(); TargetLayer = $targetLayer; EnableNla = $enableNla; Evidence = $evidence; DecidedBy = $decidedBy }
}
function Backup-RdpSecurityLayer {
    # Saves the two listener values Repair- may write, including "did not exist", so Restore- can put
    # back exactly that state. One file per value: a one-record file reads back the same way in Windows
    # PowerShell 5.1 and PowerShell 7, whose ConvertFrom-Json differ in how they emit arrays.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    foreach ($name in @('SecurityLayer', 'UserAuthentication')) {
        Save-RdpRegistryValue -Path $listener -Name @($name) -File (Join-Path -Path $Path -ChildPath "listener-$name.json")
    }
}
function Repair-RdpSecurityLayer {
    # Writes only what the diagnosis found: SecurityLayer where it is the RDP layer (0) or missing, raised to
    # Negotiate (1) or, when TLS was chosen and a usable certificate is bound, TLS (2); Negotiate raised to TLS
    # only when TLS was chosen. TLS (2) is never lowered (Negotiate is the unattend default, TLS is stricter:
    # https://learn.microsoft.com/windows-hardware/customize/desktop/unattend/microsoft-windows-terminalservices-rdp-winstationextensions-securitylayer).
    # NLA is turned on only with -NetworkLevelAuthentication Require, behind a High-impact confirmation: a host
    # may have it off on purpose, and turning it on turns away every client that cannot use NLA.
    # Values that Group Policy sets are never written (the diagnosis reports them).
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][ValidateSet('Negotiate', 'TLS')][string]$SecurityLayer,
        [Parameter(Mandatory)][ValidateSet('Report', 'Require')][string]$NetworkLevelAuthentication
    )
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $finding = Get-RdpSecurityLayerFinding -SecurityLayer $SecurityLayer -NetworkLevelAuthentication $NetworkLevelAuthentication
    if ($null -ne $finding.TargetLayer) {
        if ($SecurityLayer -eq 'TLS' -and $finding.TargetLayer -eq 1) {
            Write-RdpStatus -Level Warn -Message "$env:COMPUTERNAME`: TLS (2) would turn every client away or is not allowed yet (see the diagnosis); SecurityLayer is raised to Negotiate (1) instead."
        }
        Set-RdpRegistryValue -Path $listener -Name 'SecurityLayer' -Value ([int]$finding.TargetLayer) -Type 'DWord'
    }
    if (-not $finding.EnableNla) { return }
    # A script block with its own ConfirmImpact High (the contract allows one function per file): PowerShell
    # asks before it unless -Confirm:$false was given, and the question names the computer.
    $requireNla = {
        [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
        param([Parameter(Mandatory)][string]$Path)
        $target = "$env:COMPUTERNAME`: $Path\UserAuthentication"
        if ($PSCmdlet.ShouldProcess($target, 'Require Network Level Authentication (set to 1); clients that cannot use NLA will be turned away')) {
            Set-RdpRegistryValue -Path $Path -Name 'UserAuthentication' -Value 1 -Type 'DWord' -Confirm:$false
        }
    }
    & $requireNla -Path $listener
}
function Restore-RdpSecurityLayer {
    # Puts SecurityLayer and UserAuthentication back as saved (a value that did not exist is removed).
    # Set-RdpRegistryValue skips values that already match, so a second run changes nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    foreach ($name in @('SecurityLayer', 'UserAuthentication')) {
        Restore-RdpRegistryValue -File (Join-Path -Path $Path -ChildPath "listener-$name.json") -ExpectedPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    }
}
function Get-RdpFirewallRuleFinding {
    # Read-only. Judges the EFFECTIVE firewall policy, not only the local rules: Get-NetFirewallRule reads the
    # local PersistentStore unless -PolicyStore says otherwise, while what applies is the ActiveStore, the sum
    # of the local store and every GPO (https://learn.microsoft.com/powershell/module/netsecurity/get-netfirewallrule).
    # A GPO rule for the RDP port (often scoped to admin subnets) is reported and the local rules, open to Any,
    # are left alone; with local rule merge off (AllowLocalFirewallRules False) local rules do not apply at all.
    # Only then are the two User Mode rules checked, by Name (display names and groups are localized), with
    # their Profile and RemoteAddress. It also compares the listener's PortNumber with the expected port and
    # names the process that listens on it. A blocked port usually fails with 0x204 rather than 0x904.
    [CmdletBinding()]
    param([Parameter(Mandatory)][ValidateRange(1, 65535)][int]$RdpPort)
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    $toEnable = [System.Collections.Generic.List[object]]::new()
    # "3389", "Any" or a range such as "3000-4000" (LocalPort is a string array).
    $covers = {
        param($Ports)
        foreach ($p in @($Ports)) {
            $text = "$p"
            if ($text -eq 'Any' -or $text -eq "$RdpPort") { return $true }
            if ($text -match '^(\d+)-(\d+)$' -and [int]$Matches[1] -le $RdpPort -and $RdpPort -le [int]$Matches[2]) { return $true }
        }
        return $false
    }
    $gpoRules = @(foreach ($rule in @(Get-NetFirewallRule -PolicyStore 'ActiveStore' -TracePolicyStore -Direction 'Inbound' -Enabled 'True' -ErrorAction SilentlyContinue)) {
            if ("$($rule.PolicyStoreSourceType)" -ne 'GroupPolicy') { continue }
            $filter = @(Get-NetFirewallPortFilter -AssociatedNetFirewallRule $rule)
            if (@($filter | Where-Object { "$($_.Protocol)" -in @('TCP', '6', 'Any') -and (& $covers $_.LocalPort) }).Count -eq 0) { continue }
            $remote = @(Get-NetFirewallAddressFilter -AssociatedNetFirewallRule $rule | ForEach-Object { $_.RemoteAddress }) -join ', '
            [pscustomobject]@{ Name = $rule.Name; DisplayName = $rule.DisplayName; Gpo = $rule.PolicyStoreSource; Action = "$($rule.Action)"; Profile = "$($rule.Profile)"; RemoteAddress = $remote }
        })
    foreach ($rule in $gpoRules) {
        $findings.Add("Group Policy ($($rule.Gpo)) has an inbound $($rule.Action) rule for TCP port $($RdpPort): '$($rule.DisplayName)' ($($rule.Name)), Profile $($rule.Profile), RemoteAddress $($rule.RemoteAddress).")
    }
    $mergeOff = @(Get-NetFirewallProfile -PolicyStore 'ActiveStore' -ErrorAction SilentlyContinue | Where-Object { "$($_.AllowLocalFirewallRules)" -eq 'False' } | ForEach-Object { $_.Name })
    if (@($gpoRules | Where-Object { $_.Action -eq 'Block' }).Count -gt 0) {
        $findings.Add("Group Policy blocks TCP port $RdpPort, and a block rule wins over any allow rule: local rules cannot open it. Change the GPO. Not changed here.")
    }
    elseif ($gpoRules.Count -gt 0) {
        $findings.Add('Group Policy decides who may reach RDP here, so the local Remote Desktop rules are left as they are: enabling them (RemoteAddress Any by default) would open RDP beyond the scope the GPO sets. If a client outside that scope must connect, change the GPO.')
    }
    elseif ($mergeOff.Count -gt 0) {
        $findings.Add("Group Policy does not apply local firewall rules for the $($mergeOff -join ', ') profile(s) (AllowLocalFirewallRules False), and no GPO rule allows TCP port $($RdpPort): enabling the local rules would change nothing. Allow RDP in the GPO. Not changed here.")
    }
    foreach ($ruleName in @('RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP')) {
        $rule = Get-NetFirewallRule -Name $ruleName -ErrorAction SilentlyContinue
        if ($null -eq $rule) {
            $findings.Add("Firewall rule $ruleName does not exist on this computer; this fix does not create rules.")
            continue
        }
        $rulePorts = @(Get-NetFirewallPortFilter -AssociatedNetFirewallRule $rule | ForEach-Object { $_.LocalPort })
        $remote = @(Get-NetFirewallAddressFilter -AssociatedNetFirewallRule $rule | ForEach-Object { $_.RemoteAddress })
        $scope = "Profile $($rule.Profile), RemoteAddress $($remote -join ', ')"
        if ("$($rule.Enabled)" -eq 'True') {
            $findings.Add("Firewall rule $ruleName is enabled ($scope).")
        }
        elseif ($gpoRules.Count -gt 0 -or $mergeOff.Count -gt 0) {
            $findings.Add("Firewall rule $ruleName is disabled ($scope); left as it is (see Group Policy above).")
        }
        else {
            $needsFix = $true
            $toEnable.Add([pscustomobject]@{ Name = $ruleName; Profile = "$($rule.Profile)"; RemoteAddress = @($remote) })
            $findings.Add("Firewall rule $ruleName is disabled ($scope); it will be enabled, after a confirmation when that opens RDP to any address or on Public networks.")
        }
        if ($rulePorts -notcontains "$RdpPort" -and $rulePorts -notcontains 'Any') {
            $findings.Add("Firewall rule $ruleName allows local port $($rulePorts -join ', '), not $($RdpPort): traffic to $RdpPort needs its own rule (not changed).")
        }
    }
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $portNumber = Get-RdpRegistryValue -Path $listener -Name 'PortNumber'
    if ($null -ne $portNumber -and $portNumber -ne $RdpPort) {
        $findings.Add("The listener PortNumber is $portNumber, not $RdpPort. This fix does not change it: connect to port $portNumber, or change PortNumber on purpose and restart Remote Desktop Services.")
    }
    $termService = Get-CimInstance -ClassName 'Win32_Service' -Filter "Name='TermService'" -ErrorAction SilentlyContinue
    $ports = @($RdpPort)
    if ($null -ne $portNumber -and $portNumber -ne $RdpPort) { $ports += [int]$portNumber }
    foreach ($port in $ports) {
        $listening = @(Get-NetTCPConnection -LocalPort $port -State 'Listen' -ErrorAction SilentlyContinue)
        if ($listening.Count -eq 0) {
            $findings.Add("Nothing listens on TCP port $port.")
            continue
        }
        foreach ($owner in @($listening | Select-Object -ExpandProperty 'OwningProcess' -Unique)) {
            $process = Get-Process -Id $owner -ErrorAction SilentlyContinue
            $processName = 'unknown'
            if ($null -ne $process) { $processName = $process.ProcessName }
            if ($null -ne $termService -and $owner -eq $termService.ProcessId) {
                $findings.Add("TCP port $port is held by Remote Desktop Services (process $owner, $processName).")
            }
            else {
                $findings.Add("TCP port $port is held by process $owner ($processName), not by Remote Desktop Services: move that program to another port.")
            }
        }
    }
    $findings.Add('A port blocked by a firewall usually fails with 0x204 (connection failed) rather than 0x904; if the client shows 0x904, look at the certificate and TLS checks too.')
    # RulesToEnable: what Repair- may enable, with the scope it would open (so it changes only what was found).
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'listener-firewall-port'; Findings = $findings.ToArray(); RulesToEnable = $toEnable.ToArray() }
}
function Backup-RdpFirewallRule {
    # Saves whether each of the two rules exists and is enabled: the only thing Repair- changes.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $saved = foreach ($ruleName in @('RemoteDesktop-UserMode-In-TCP', 'RemoteDesktop-UserMode-In-UDP')) {
        $rule = Get-NetFirewallRule -Name $ruleName -ErrorAction SilentlyContinue
        if ($null -eq $rule) { continue }
        [pscustomobject]@{ Name = $ruleName; Enabled = ("$($rule.Enabled)" -eq 'True') }
    }
    ConvertTo-Json -InputObject @($saved) -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'firewall-rules.json') -Encoding UTF8
}
function Repair-RdpFirewallRule {
    # Enables only the User Mode rules the diagnosis listed (RulesToEnable), by Name: never the whole Remote
    # Desktop group, which also holds the shadowing rule, and never while Group Policy decides (see Get-).
    # Enabling a rule open to any address, or on Public networks, is High impact: PowerShell asks first unless
    # -Confirm:$false is given, and the question names the computer, the Profile and the RemoteAddress.
    # RdpPort is declared because the runner passes every parameter of the fix to both functions.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][ValidateRange(1, 65535)][int]$RdpPort)
    $finding = Get-RdpFirewallRuleFinding -RdpPort $RdpPort
    # A script block with its own ConfirmImpact High (the contract allows one function per file).
    $enableWide = {
        [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
        param([Parameter(Mandatory)][string]$Target, [Parameter(Mandatory)][string]$Name)
        if ($PSCmdlet.ShouldProcess($Target, 'Enable firewall rule: RDP becomes reachable from any address or on Public networks')) {
            Enable-NetFirewallRule -Name $Name -Confirm:$false
            Write-RdpStatus -Level Change -Message "Enabled firewall rule $Name on $env:COMPUTERNAME."
        }
    }
    foreach ($entry in @($finding.RulesToEnable)) {
        $target = "$env:COMPUTERNAME`: firewall rule $($entry.Name) (Profile $($entry.Profile), RemoteAddress $(@($entry.RemoteAddress) -join ', '))"
        $wide = (@($entry.RemoteAddress) -contains 'Any') -or ($entry.Profile -match 'Any|Public')
        if ($wide) { & $enableWide -Target $target -Name $entry.Name; continue }
        if ($PSCmdlet.ShouldProcess($target, 'Enable firewall rule')) {
            Enable-NetFirewallRule -Name $entry.Name -Confirm:$false
            Write-RdpStatus -Level Change -Message "Enabled firewall rule $($entry.Name) on $env:COMPUTERNAME."
        }
    }
}
function Restore-RdpFirewallRule {
    # Puts each rule's enabled state back as saved: disables the ones that were disabled (and enables
    # any that were enabled and are now off). Rules already in their saved state are not touched.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    # Assigned first, then enumerated: Windows PowerShell 5.1's ConvertFrom-Json emits a JSON array as one
    # object, so @(... | ConvertFrom-Json) would hold a single nested array there.
    $saved = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'firewall-rules.json') -Raw | ConvertFrom-Json
    foreach ($entry in $saved) {
        $rule = Get-NetFirewallRule -Name $entry.Name -ErrorAction SilentlyContinue
        if ($null -eq $rule) { continue }
        $enabled = "$($rule.Enabled)" -eq 'True'
        if ($enabled -and -not $entry.Enabled) {
            if ($PSCmdlet.ShouldProcess((Format-RdpTarget "firewall rule $($entry.Name)"), 'Disable firewall rule (it was disabled before)')) {
                Disable-NetFirewallRule -Name $entry.Name -Confirm:$false
                Write-RdpStatus -Level Change -Message "Disabled firewall rule $($entry.Name)."
            }
        }
        elseif ($entry.Enabled -and -not $enabled) {
            if ($PSCmdlet.ShouldProcess((Format-RdpTarget "firewall rule $($entry.Name)"), 'Enable firewall rule (it was enabled before)')) {
                Enable-NetFirewallRule -Name $entry.Name -Confirm:$false
                Write-RdpStatus -Level Change -Message "Enabled firewall rule $($entry.Name)."
            }
        }
    }
}
function Get-RdpRemoteConnectionsFinding {
    # Read-only. Microsoft's checks when qwinsta does not list rdp-tcp in the Listen state: fDenyTSConnections
    # must be 0 under Terminal Server and, when Group Policy sets it, under Policies\...\Terminal Services; the
    # RDP-Tcp listener's fEnableWinStation must be 1
    # (https://learn.microsoft.com/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer).
    # A policy value wins over the local one, so a policy that denies RDP is reported ("change the GPO") and the
    # local value is then left alone: writing it would change nothing and hide where the setting comes from. A
    # missing RDP-Tcp key is reported too: Microsoft's repair imports it from a healthy computer by hand.
    [CmdletBinding()]
    param()
    $server = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    $findings = [System.Collections.Generic.List[string]]::new()
    $toChange = [System.Collections.Generic.List[object]]::new()
    $cause = 'rdp-connections-disabled'
    $localDeny = Get-RdpRegistryValue -Path $server -Name 'fDenyTSConnections'
    $policyDeny = Get-RdpRegistryValue -Path $policy -Name 'fDenyTSConnections'
    $listenerPresent = Test-Path -LiteralPath $listener
    $enabled = $null
    if ($listenerPresent) { $enabled = Get-RdpRegistryValue -Path $listener -Name 'fEnableWinStation' }

    if ($null -ne $policyDeny -and $policyDeny -ne 0) {
        $findings.Add("Group Policy denies Remote Desktop connections (fDenyTSConnections = $policyDeny in $policy). Not changed here: change 'Allow users to connect remotely by using Remote Desktop Services' in the winning GPO (gpresult /H shows which one), then run gpupdate /force.")
    }
    elseif ($localDeny -eq 1) {
        $toChange.Add([pscustomobject]@{ Path = $server; Name = 'fDenyTSConnections'; Value = 0; Action = 'Allow Remote Desktop connections (fDenyTSConnections 1 -> 0): this computer will accept RDP from every address the firewall lets through' })
        $policyNote = ''
        if ($policyDeny -eq 0) { $policyNote = ' Group Policy allows them (fDenyTSConnections = 0), but Microsoft advises setting both values to 0.' }
        $findings.Add("Remote Desktop connections are turned off (fDenyTSConnections = 1 in $server).$policyNote It will be set to 0 after you confirm.")
    }
    elseif ($null -eq $localDeny -and $null -eq $policyDeny) {
        $findings.Add("fDenyTSConnections is not set in $server or by Group Policy; this script does not create it.")
    }
    else {
        $findings.Add('Remote Desktop connections are allowed (fDenyTSConnections = 0).')
    }

    if (-not $listenerPresent) {
        $cause = 'rdp-listener-disabled'
        $findings.Add("The RDP-Tcp listener key is missing ($listener). Not repaired by script: Microsoft's repair exports that key from a healthy computer with the same Windows version and imports it here, then restarts Remote Desktop Services.")
    }
    elseif ($null -ne $enabled -and $enabled -ne 1) {
        if ($toChange.Count -eq 0 -and -not ($null -ne $policyDeny -and $policyDeny -ne 0)) { $cause = 'rdp-listener-disabled' }
        $toChange.Add([pscustomobject]@{ Path = $listener; Name = 'fEnableWinStation'; Value = 1; Action = 'Enable the RDP-Tcp listener (fEnableWinStation -> 1): this computer will accept RDP connections' })
        $findings.Add("The RDP-Tcp listener is disabled (fEnableWinStation = $enabled); Microsoft documents 1. It will be set to 1 after you confirm.")
    }
    elseif ($null -eq $enabled) {
        $findings.Add('The RDP-Tcp listener has no fEnableWinStation value; Microsoft documents 1. Not created by this script: check qwinsta.')
    }
    else {
        $findings.Add('The RDP-Tcp listener is enabled (fEnableWinStation = 1).')
    }

    $termService = Get-Service -Name 'TermService' -ErrorAction SilentlyContinue
    if ($null -ne $termService -and "$($termService.Status)" -ne 'Running') {
        $findings.Add("TermService is $($termService.Status): nothing listens until it runs (the services fix starts it).")
    }
    $evidence = [ordered]@{
        'rdp.connections.denied'        = $localDeny
        'rdp.connections.denied.policy' = $policyDeny
        'listener.key.present'          = $listenerPresent
        'listener.enabled'              = $enabled
    }
    # The decision is stated, not left to NeedsFix: a GPO that denies RDP and a missing listener key prove their
    # cause although this fix writes nothing for them, and an unset fDenyTSConnections decides nothing.
    $decision = 'ruled-out'
    $decidedBy = $(if ($null -eq $localDeny) { 'rdp.connections.denied.policy' } else { 'rdp.connections.denied' })
    if ($cause -eq 'rdp-listener-disabled') {
        $decision = 'proven'
        $decidedBy = $(if ($listenerPresent) { 'listener.enabled' } else { 'listener.key.present' })
    }
    elseif ($null -ne $policyDeny -and $policyDeny -ne 0) { $decision = 'proven'; $decidedBy = 'rdp.connections.denied.policy' }
    elseif ($localDeny -eq 1) { $decision = 'proven' }
    elseif ($null -eq $localDeny -and $null -eq $policyDeny) { $decision = 'unknown' }
    # Repair- writes exactly ToChange, so it changes only what this diagnosis found.
    [pscustomobject]@{ NeedsFix = $toChange.Count -gt 0; Cause = $cause; Findings = $findings.ToArray(); Evidence = $evidence; ToChange = $toChange.ToArray(); Decision = $decision; DecidedBy = $decidedBy }
}
function Backup-RdpRemoteConnections {
    # Saves the two values Repair- may write, including "did not exist", one file each.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    Save-RdpRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' -Name @('fDenyTSConnections') -File (Join-Path -Path $Path -ChildPath 'server-fDenyTSConnections.json')
    $listener = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    if (Test-Path -LiteralPath $listener) {
        Save-RdpRegistryValue -Path $listener -Name @('fEnableWinStation') -File (Join-Path -Path $Path -ChildPath 'listener-fEnableWinStation.json')
    }
}
function Repair-RdpRemoteConnections {
    # Sets fDenyTSConnections to 0 and fEnableWinStation to 1 only where the diagnosis found them otherwise, each
    # behind a High-impact confirmation that names the computer: allowing RDP opens this computer to remote logons
    # from every address its firewall lets through. A value Group Policy sets is never written (the diagnosis
    # reports it). No service restart: Microsoft's steps change the value and connect again.
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $finding = Get-RdpRemoteConnectionsFinding
    # A script block with its own ConfirmImpact High (the contract allows one function per file).
    $allow = {
        [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
        param([Parameter(Mandatory)][object]$Change)
        if ($PSCmdlet.ShouldProcess((Format-RdpTarget "$($Change.Path)\$($Change.Name)"), $Change.Action)) {
            Set-RdpRegistryValue -Path $Change.Path -Name $Change.Name -Value ([int]$Change.Value) -Type 'DWord' -Confirm:$false
        }
    }
    foreach ($change in @($finding.ToChange)) { & $allow -Change $change }
}
function Restore-RdpRemoteConnections {
    # Puts fDenyTSConnections and fEnableWinStation back as saved: Remote Desktop is turned off again if it was.
    # Set-RdpRegistryValue skips values that already match, so a second run changes nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    Restore-RdpRegistryValue -File (Join-Path -Path $Path -ChildPath 'server-fDenyTSConnections.json') -ExpectedPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server'
    $saved = Join-Path -Path $Path -ChildPath 'listener-fEnableWinStation.json'
    if (Test-Path -LiteralPath $saved) {
        Restore-RdpRegistryValue -File $saved -ExpectedPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
    }
}
function Get-RdpMachineKeysAclFinding {
    # Read-only. The fault is the listener's KEY CONTAINER, not the folder: Microsoft's Azure team measured a
    # MachineKeys folder hardened to SYSTEM and Administrators with RDP still working, while NETWORK SERVICE
    # losing Read on the listener's container (MachineKeys\f686aace*, the hash of its fixed container name)
    # breaks every connection (Azure repair-script-library win-fix-rdp-certificate.ps1, measured on builds
    # 9600-26100). Measured container default: SYSTEM Full, NETWORK SERVICE Read, and Administrators Read up to
    # build 14393 or NT SERVICE\SessionEnv Full from 17763. The folder is compared with KB 278381
    # (Administrators Full Control, Everyone 0x12019F, this folder only, nothing inherited) and repaired only
    # alongside a broken container. A missing container is not a fault: Windows creates one.
    [CmdletBinding()]
    param()
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    $wanted = @{ 'S-1-5-32-544' = 0x1F01FF; 'S-1-1-0' = 0x12019F }
    $names = @{ 'S-1-5-32-544' = 'Administrators'; 'S-1-1-0' = 'Everyone'; 'S-1-5-18' = 'SYSTEM'; 'S-1-5-20' = 'NETWORK SERVICE' }
    $sessionEnv = 'S-1-5-80-4022436659-1090538466-1613889075-870485073-3428993833'
    $findings = [System.Collections.Generic.List[string]]::new()
    $broken = [System.Collections.Generic.List[string]]::new()
    $folderDeviates = $false
    $build = 0
    $result = { [pscustomobject]@{ NeedsFix = ($broken.Count -gt 0); Cause = 'machinekeys-permissions'; Findings = $findings.ToArray(); BrokenContainers = $broken.ToArray(); FolderDeviates = $folderDeviates; Build = $build } }
    if (-not (Test-Path -LiteralPath $folder -PathType Container)) {
        $findings.Add("$folder does not exist. This script does not create it: a new folder would not get the documented permissions, and machine keys stored elsewhere would be orphaned. Restore the folder from backup.")
        return & $result
    }
    $buildText = Get-RdpRegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' -Name 'CurrentBuildNumber'
    if ("$buildText" -match '^\d+$') { $build = [int]$buildText }

    # 1. The listener key container(s). Access is summed over the entries for the exact SID, minus any deny.
    foreach ($name in @(Get-ChildItem -LiteralPath $folder -File -Filter 'f686aace*' | ForEach-Object { $_.Name })) {
        $file = Join-Path -Path $folder -ChildPath $name
        try { $rules = @((Get-Acl -LiteralPath $file).GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier])) }
        catch {
            # An empty DACL (what removing inherited entries can leave) refuses even Administrators, for reading
            # and for changing it: this script cannot repair it without taking ownership, which it never does.
            $findings.Add("Listener key container ${file}: its permissions cannot be read ($($_.Exception.Message)); most likely an empty DACL, which leaves no one able to use the key. Not changed here: run rollback.ps1 of the run that changed it, or take ownership of that one file (takeown /F `"$file`") and run this fix again.")
            continue
        }
        foreach ($need in @(@{ Sid = 'S-1-5-18'; Mask = 0x1F01FF; Text = 'Full Control' }, @{ Sid = 'S-1-5-20'; Mask = 0x120089; Text = 'Read' })) {
            $allow = 0
            $denied = $false
            foreach ($rule in @($rules | Where-Object { $_.IdentityReference.Value -eq $need.Sid })) {
                # An entry may hold generic rights; Windows maps them for files (Microsoft, "File Security and
                # Access Rights" and "Generic Access Rights"): GENERIC_ALL 0x10000000 -> 0x1F01FF, GENERIC_READ
                # 0x80000000 -> 0x120089, GENERIC_WRITE 0x40000000 -> 0x120116, GENERIC_EXECUTE 0x20000000 -> 0x1200A0.
                $rights = [int]$rule.FileSystemRights
                if ($rights -band 0x10000000) { $rights = $rights -bor 0x1F01FF }
                if ($rights -band 0x80000000) { $rights = $rights -bor 0x120089 }
                if ($rights -band 0x40000000) { $rights = $rights -bor 0x120116 }
                if ($rights -band 0x20000000) { $rights = $rights -bor 0x1200A0 }
                if ($rule.AccessControlType -eq 'Allow') { $allow = $allow -bor $rights }
                elseif (($rights -band $need.Mask) -ne 0) { $denied = $true }
            }
            if ($denied -or ($allow -band $need.Mask) -ne $need.Mask) {
                if (-not $broken.Contains($file)) { $broken.Add($file) }
                $findings.Add("Listener key container $($file): $($names[$need.Sid]) ($($need.Sid)) does not have $($need.Text)$(if ($denied) { ' (a deny entry blocks it)' }). Without it the listener cannot use its key.")
            }
        }
        if (-not $broken.Contains($file)) { $findings.Add("Listener key container $($file): SYSTEM Full Control and NETWORK SERVICE Read are in place.") }
    }
    if (@(Get-ChildItem -LiteralPath $folder -File -Filter 'f686aace*').Count -eq 0) {
        $findings.Add("No listener key container (f686aace*) in ${folder}: not a fault, Windows creates one with the next self-signed certificate.")
    }
    if ($broken.Count -gt 0) {
        $third = 'Administrators Read (build 14393 and earlier)'
        if ($build -ge 17763) { $third = "NT SERVICE\SessionEnv ($sessionEnv) Full Control (build 17763 and later)" }
        if ($build -eq 0) { $findings.Add('The Windows build number could not be read: the repair sets SYSTEM Full Control and NETWORK SERVICE Read only.') }
        else { $findings.Add("Build ${build}: the repair sets SYSTEM Full Control, NETWORK SERVICE Read and $third, the measured default.") }
    }

    # 2. The folder, against KB 278381.
    $acl = Get-Acl -LiteralPath $folder
    $findings.Add("Owner of ${folder}: $($acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value) (not changed by this fix).")
    if (-not $acl.AreAccessRulesProtected) {
        $folderDeviates = $true
        $findings.Add('The folder inherits permissions from its parent; the documented default inherits nothing.')
    }
    $rules = @($acl.GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier]))
    foreach ($rule in $rules) {
        $sid = $rule.IdentityReference.Value
        $label = $sid
        if ($names.ContainsKey($sid)) { $label = "$($names[$sid]) ($sid)" }
        $mask = '0x{0:X}' -f [int]$rule.FileSystemRights
        $scope = "inheritance $($rule.InheritanceFlags), propagation $($rule.PropagationFlags)"
        if ($rule.IsInherited) {
            $folderDeviates = $true
            $findings.Add("Inherited $($rule.AccessControlType) entry for $label, rights $mask.")
        }
        elseif ($rule.AccessControlType -ne 'Allow') {
            $folderDeviates = $true
            $findings.Add("Deny entry for $label, rights $mask (not in the documented default).")
        }
        elseif ($wanted.ContainsKey($sid)) {
            if ([int]$rule.FileSystemRights -ne $wanted[$sid] -or $rule.InheritanceFlags -ne 'None' -or $rule.PropagationFlags -ne 'None') {
                $folderDeviates = $true
                $findings.Add(('{0} has rights {1} ({2}); the default is 0x{3:X}, this folder only.' -f $label, $mask, $scope, $wanted[$sid]))
            }
        }
        elseif ($sid -eq 'S-1-5-18') {
            $findings.Add("Explicit entry for $label, rights $mask ($scope): kept.")
        }
        else {
            $folderDeviates = $true
            $findings.Add("Extra entry for $label, rights $mask ($scope): not in the documented default.")
        }
    }
    foreach ($sid in $wanted.Keys) {
        if (@($rules | Where-Object { -not $_.IsInherited -and $_.AccessControlType -eq 'Allow' -and $_.IdentityReference.Value -eq $sid }).Count -eq 0) {
            $folderDeviates = $true
            $findings.Add(('{0} ({1}) has no explicit entry; the default is 0x{2:X}, this folder only.' -f $names[$sid], $sid, $wanted[$sid]))
        }
    }
    if ($folderDeviates -and $broken.Count -eq 0) {
        $findings.Add("The folder differs from the KB 278381 default, but no listener key container is broken: not a fault on its own (RDP was measured working with a hardened folder). Nothing will be changed.")
    }
    elseif ($folderDeviates) {
        $findings.Add('The folder will be set back to the KB 278381 default together with the container, so the next key Windows creates is not shaped by the wrong folder ACL. Key files that inherit from the folder first get their inherited entries copied as their own (with the icacls option /inheritance:d), so none loses access.')
    }
    elseif ($broken.Count -eq 0) { $findings.Add("The permissions of $folder match the documented default.") }

    $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; ProviderName = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Id = 1057, 1058; StartTime = (Get-Date).AddDays(-7) } -MaxEvents 5 -ErrorAction SilentlyContinue)
    foreach ($logged in $events) {
        $findings.Add("Event $($logged.Id) at $($logged.TimeCreated.ToString('u')): the self-signed RDP certificate could not be created or replaced ($($logged.Message)).")
    }
    & $result
}
function Backup-RdpMachineKeysAcl {
    # Saves, in icacls' restorable /save format, only the ACLs the repair will change: the folder, each broken
    # listener key container, and (when the folder is repaired too) each key file that inherits from the
    # folder. Never a /t save of the whole tree: a bloated MachineKeys folder (tens of thousands of orphaned
    # keys) makes that, and its /restore, take very long. Also records each saved ACL as SDDL, so rollback
    # can tell what differs. Read-only.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    $finding = Get-RdpMachineKeysAclFinding
    # Windows PowerShell 5.1 (remoting in particular) turns each stderr line of a native command into an error
    # record, which under $ErrorActionPreference 'Stop' ends the step before $LASTEXITCODE is read. icacls
    # therefore runs in a child scope with 'Continue' and stderr merged: the exit code decides, the text explains.
    $native = { param([string[]]$Arguments) $ErrorActionPreference = 'Continue'; @(& icacls @Arguments 2>&1 | ForEach-Object { "$_" }) }
    $output = & $native @($folder, '/save', (Join-Path -Path $Path -ChildPath 'machinekeys-folder.acl'), '/c')
    if ($LASTEXITCODE -ne 0) { throw "icacls /save failed for $folder on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' '). Nothing was changed." }
    $files = [System.Collections.Generic.List[string]]::new()
    foreach ($container in @($finding.BrokenContainers)) { $files.Add($container) }
    if ($finding.FolderDeviates) {
        foreach ($file in @(Get-ChildItem -LiteralPath $folder -File | ForEach-Object { Join-Path -Path $folder -ChildPath $_.Name })) {
            if ($files.Contains($file)) { continue }
            try { $fileAcl = Get-Acl -LiteralPath $file } catch { continue }
            if (-not $fileAcl.AreAccessRulesProtected -and @($fileAcl.GetAccessRules($false, $true, [System.Security.Principal.SecurityIdentifier])).Count -gt 0) { $files.Add($file) }
        }
    }
    $keys = [System.Collections.Generic.List[object]]::new()
    $keyFolder = Join-Path -Path $Path -ChildPath 'keys'
    if ($files.Count -gt 0) { $null = New-Item -ItemType Directory -Path $keyFolder -WhatIf:$false -Confirm:$false }
    foreach ($file in $files) {
        $name = Split-Path -Path $file -Leaf
        $output = & $native @($file, '/save', (Join-Path -Path $keyFolder -ChildPath "$name.acl"))
        if ($LASTEXITCODE -ne 0) {
            # An empty DACL cannot be read or saved; the repair replaces it and rollback cannot put it back.
            Write-RdpStatus -Level Warn -Message "icacls /save could not read $file on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' '). Its ACL is not in the backup."
            continue
        }
        $keys.Add([pscustomobject]@{ Name = $name; Dacl = (Get-Acl -LiteralPath $file).GetSecurityDescriptorSddlForm('Access') })
    }
    $acl = Get-Acl -LiteralPath $folder
    $record = [pscustomobject]@{
        Folder = $folder
        Owner  = $acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value
        Dacl   = $acl.GetSecurityDescriptorSddlForm('Access')
        Keys   = $keys.ToArray()
    }
    ConvertTo-Json -InputObject $record -Depth 3 | Set-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'machinekeys.json') -Encoding UTF8
}
function Repair-RdpMachineKeysAcl {
    # Works only when Get-RdpMachineKeysAclFinding found a broken listener key container:
    # 1. each broken f686aace* container gets the measured default for this build (SYSTEM Full, NETWORK
    #    SERVICE Read, plus Administrators Read up to 14393 or NT SERVICE\SessionEnv Full from 17763) as its
    #    own protected entries; deny entries for those accounts are removed, other explicit entries stay;
    # 2. only if the folder also differs from KB 278381, the folder is set back to it. Before its inheritable
    #    entries go, every key file that inherits from the folder gets those entries copied as its own
    #    (icacls /inheritance:d). Windows propagates a folder change to the files below it, and a file that
    #    held only inherited entries would be left with an EMPTY DACL: no access for anyone, SYSTEM included
    #    (Microsoft, "Automatic Propagation of Inheritable ACEs"). That is the state `icacls /reset /t` leaves.
    # No /t, /reset, takeown or rename; the folder's owner is not touched. SYSTEM's explicit folder entry is
    # kept (Microsoft's Azure repair grants it; removing it gains nothing).
    # High-risk: PowerShell asks before each change unless -Confirm:$false is given.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    $finding = Get-RdpMachineKeysAclFinding
    if (-not $finding.NeedsFix) {
        Write-RdpStatus -Level Ok -Message "No listener key container is broken on $env:COMPUTERNAME; nothing changed."
        return
    }
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    # Returns whether the change was made (declined, or -WhatIf: $false).
    $icacls = {
        param([string]$Target, [string]$Action, [string[]]$Arguments)
        if (-not $PSCmdlet.ShouldProcess("$Target on $env:COMPUTERNAME", $Action)) { return $false }
        $output = & icacls $Target @Arguments
        if ($LASTEXITCODE -ne 0) {
            throw "icacls $($Arguments -join ' ') failed on $Target on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' '). Run rollback.ps1 from the backup folder to restore the previous ACLs."
        }
        Write-RdpStatus -Level Change -Message "$Action on $Target"
        return $true
    }

    # 1. The containers. /grant:r replaces each account's explicit grants; /inheritance:r then drops what the
    # container inherited (after /reset /t: Users read on the listener key) so it holds exactly its own entries.
    $grants = @('*S-1-5-18:F', '*S-1-5-20:R')
    $third = 'no third entry (build unknown)'
    if ($finding.Build -ge 17763) { $grants += '*S-1-5-80-4022436659-1090538466-1613889075-870485073-3428993833:F'; $third = 'NT SERVICE\SessionEnv Full Control' }
    elseif ($finding.Build -gt 0) { $grants += '*S-1-5-32-544:R'; $third = 'Administrators Read' }
    foreach ($container in @($finding.BrokenContainers)) {
        $denied = @()
        try {
            $denied = @((Get-Acl -LiteralPath $container).GetAccessRules($true, $false, [System.Security.Principal.SecurityIdentifier]) |
                    Where-Object { $_.AccessControlType -ne 'Allow' -and @('S-1-5-18', 'S-1-5-20') -contains $_.IdentityReference.Value } | ForEach-Object { $_.IdentityReference.Value } | Select-Object -Unique)
        }
        catch { Write-Verbose "The ACL of $container cannot be read ($($_.Exception.Message)); granting replaces it." }
        foreach ($sid in $denied) { $null = & $icacls $container "Remove the deny entries for $sid from the listener key container" @('/remove:d', "*$sid") }
        if (& $icacls $container "Grant SYSTEM Full Control, NETWORK SERVICE Read and $third on the listener key container (build $($finding.Build) default)" (@('/grant:r') + $grants)) {
            $null = & $icacls $container 'Keep only the listener key container''s own entries (stop inheriting from MachineKeys)' @('/inheritance:r')
        }
    }

    if (-not $finding.FolderDeviates) { return }
    # 2a. Key files that inherit from the folder keep what they have, as their own entries. If one is
    # declined, the folder is left alone (its change would empty that file's DACL).
    $declined = $false
    foreach ($file in @(Get-ChildItem -LiteralPath $folder -File | ForEach-Object { Join-Path -Path $folder -ChildPath $_.Name })) {
        if (@($finding.BrokenContainers) -contains $file) { continue }
        try { $fileAcl = Get-Acl -LiteralPath $file } catch { continue }
        if ($fileAcl.AreAccessRulesProtected -or @($fileAcl.GetAccessRules($false, $true, [System.Security.Principal.SecurityIdentifier])).Count -eq 0) { continue }
        if (-not (& $icacls $file 'Copy the entries it inherits from MachineKeys into its own (icacls /inheritance:d), so the folder repair cannot empty its DACL' @('/inheritance:d'))) { $declined = $true }
    }
    if ($declined -and -not $WhatIfPreference) {
        Write-RdpStatus -Level Warn -Message "The MachineKeys folder on $env:COMPUTERNAME was left as it is: a key file that inherits from it was not protected first, and changing the folder would empty that file's DACL. The listener key container is repaired."
        return
    }
    # 2b. The folder, KB 278381. icacls specific rights for 0x12019F: RD WD AD REA WEA RA WA, RC, S.
    $wanted = @{
        'S-1-5-32-544' = @{ Mask = 0x1F01FF; Grant = '*S-1-5-32-544:F' }
        'S-1-1-0'      = @{ Mask = 0x12019F; Grant = '*S-1-1-0:(RD,WD,AD,REA,WEA,RA,WA,RC,S)' }
    }
    $acl = Get-Acl -LiteralPath $folder
    $explicit = @($acl.GetAccessRules($true, $false, [System.Security.Principal.SecurityIdentifier]))
    $inherited = @($acl.GetAccessRules($false, $true, [System.Security.Principal.SecurityIdentifier]))
    foreach ($sid in $wanted.Keys) {
        $allow = @($explicit | Where-Object { $_.IdentityReference.Value -eq $sid -and $_.AccessControlType -eq 'Allow' })
        $exact = @($allow | Where-Object { [int]$_.FileSystemRights -eq $wanted[$sid].Mask -and $_.InheritanceFlags -eq 'None' -and $_.PropagationFlags -eq 'None' })
        if ($allow.Count -ne 1 -or $exact.Count -ne 1) {
            # Without (OI)(CI) the entry applies to this folder only.
            $null = & $icacls $folder ('Set the default entry for {0}' -f $sid) @('/grant:r', $wanted[$sid].Grant)
        }
    }
    foreach ($sid in @($explicit | Where-Object { $_.AccessControlType -ne 'Allow' } | ForEach-Object { $_.IdentityReference.Value } | Select-Object -Unique)) {
        $null = & $icacls $folder "Remove deny entries for $sid" @('/remove:d', "*$sid")
    }
    $keep = @('S-1-5-32-544', 'S-1-1-0', 'S-1-5-18')
    foreach ($sid in @($explicit | Where-Object { $_.AccessControlType -eq 'Allow' -and $keep -notcontains $_.IdentityReference.Value } | ForEach-Object { $_.IdentityReference.Value } | Select-Object -Unique)) {
        $null = & $icacls $folder "Remove extra entries for $sid" @('/remove:g', "*$sid")
    }
    if (-not $acl.AreAccessRulesProtected -or $inherited.Count -gt 0) {
        $null = & $icacls $folder 'Disable inheritance and remove inherited entries' @('/inheritance:r')
    }
}
function Restore-RdpMachineKeysAcl {
    # Puts back exactly what the backup saved, with icacls /restore run on MachineKeys as icacls requires: the
    # folder's DACL first (so what the key files inherit is right again), then each saved key file whose DACL
    # differs. Does nothing for ACLs that already match, so a second run changes nothing. Owner last.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Path)
    $saved = Get-Content -LiteralPath (Join-Path -Path $Path -ChildPath 'machinekeys.json') -Raw | ConvertFrom-Json
    $folder = Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'
    # icacls /restore rewrites the ACL of whatever the backup names: only ever MachineKeys and plain key file names in it.
    if ($saved.Folder -ne $folder) {
        throw "Backup file '$(Join-Path -Path $Path -ChildPath 'machinekeys.json')' names '$($saved.Folder)', not $folder; refusing to restore from it."
    }
    $restore = {
        param([string]$Target, [string]$File, [string]$Dacl, [string]$What)
        if ((Get-Acl -LiteralPath $Target).GetSecurityDescriptorSddlForm('Access') -eq $Dacl) { return }
        if (-not $PSCmdlet.ShouldProcess("$Target on $env:COMPUTERNAME", $What)) { return }
        $output = & icacls $folder /restore $File /c
        if ($LASTEXITCODE -ne 0 -or (Get-Acl -LiteralPath $Target).GetSecurityDescriptorSddlForm('Access') -ne $Dacl) {
            throw "The ACL of $Target on $env:COMPUTERNAME still differs from the backup in $Path (icacls exit code $LASTEXITCODE): $($output -join ' '). Restore it by hand: icacls `"$folder`" /restore `"$File`" /c"
        }
        Write-RdpStatus -Level Change -Message "$What ($Target)."
    }
    $parent = Split-Path -Path $folder -Parent
    if ((Get-Acl -LiteralPath $folder).GetSecurityDescriptorSddlForm('Access') -ne $saved.Dacl) {
        if ($PSCmdlet.ShouldProcess("$folder on $env:COMPUTERNAME", 'Restore the saved ACL of the folder')) {
            $folderFile = Join-Path -Path $Path -ChildPath 'machinekeys-folder.acl'
            $output = & icacls $parent /restore $folderFile /c
            if ($LASTEXITCODE -ne 0 -or (Get-Acl -LiteralPath $folder).GetSecurityDescriptorSddlForm('Access') -ne $saved.Dacl) {
                throw "The ACL of $folder on $env:COMPUTERNAME still differs from the backup in $Path (icacls exit code $LASTEXITCODE): $($output -join ' '). Restore it by hand: icacls `"$parent`" /restore `"$folderFile`" /c"
            }
            Write-RdpStatus -Level Change -Message "Restored the saved ACL of $folder."
        }
    }
    else { Write-RdpStatus -Level Ok -Message "The ACL of $folder already matches the backup." }
    $keys = @()
    if ($saved.PSObject.Properties['Keys']) { $keys = @($saved.Keys | ForEach-Object { $_ }) }
    foreach ($key in $keys) {
        if ($key.Name -notmatch '^[0-9A-Za-z_-]+$') { throw "Backup file '$(Join-Path -Path $Path -ChildPath 'machinekeys.json')' names '$($key.Name)', which is not a key file name; refusing to restore from it." }
        $target = Join-Path -Path $folder -ChildPath $key.Name
        if (-not (Test-Path -LiteralPath $target -PathType Leaf)) { Write-RdpStatus -Level Warn -Message "$target no longer exists on $env:COMPUTERNAME; nothing to restore."; continue }
        & $restore $target (Join-Path -Path (Join-Path -Path $Path -ChildPath 'keys') -ChildPath "$($key.Name).acl") $key.Dacl 'Restore the saved ACL of the key file'
    }
    $owner = (Get-Acl -LiteralPath $folder).GetOwner([System.Security.Principal.SecurityIdentifier]).Value
    if ($owner -ne $saved.Owner -and $PSCmdlet.ShouldProcess("$folder on $env:COMPUTERNAME", "Set owner back to $($saved.Owner)")) {
        $output = & icacls $folder /setowner "*$($saved.Owner)"
        if ($LASTEXITCODE -ne 0) { throw "icacls /setowner failed on $folder on $env:COMPUTERNAME (exit code $LASTEXITCODE): $($output -join ' ')" }
        Write-RdpStatus -Level Change -Message "Set the owner of $folder back to $($saved.Owner)."
    }
}
function Get-RdpWmiRepositoryFinding {
    # Read-only. No Microsoft source ties WMI to 0x904 / 0x7; WMI matters here only because the RDP
    # listener settings (Win32_TSGeneralSetting) are read and set through it. `winmgmt /verifyrepository`
    # only checks consistency; per Microsoft's winmgmt page it returns ERROR_INTERNAL_DB_CORRUPTION (1358)
    # when the repository is inconsistent. Its printed text is localized, so it is shown, not parsed.
    [CmdletBinding()]
    param()
    $findings = [System.Collections.Generic.List[string]]::new()
    $needsFix = $false
    $output = & winmgmt /verifyrepository
    $exitCode = $LASTEXITCODE
    $text = (@($output) -join ' ').Trim()
    if ($exitCode -eq 0) {
        $findings.Add("winmgmt /verifyrepository: the WMI repository is consistent ($text).")
    }
    elseif ($exitCode -eq 1358) {
        $needsFix = $true
        $findings.Add("winmgmt /verifyrepository returned 1358 (ERROR_INTERNAL_DB_CORRUPTION): the WMI repository is inconsistent ($text). It will be salvaged with /salvagerepository.")
    }
    else {
        $findings.Add("winmgmt /verifyrepository could not check the repository (exit code $exitCode): $text. Run the script from an elevated PowerShell.")
    }
    try {
        $setting = @(Get-CimInstance -Namespace 'root/cimv2/TerminalServices' -ClassName 'Win32_TSGeneralSetting')
        $findings.Add("Win32_TSGeneralSetting can be read ($($setting.Count) listener(s)).")
    }
    catch {
        $findings.Add("Win32_TSGeneralSetting cannot be read: $($_.Exception.Message)")
        if (-not $needsFix) {
            $findings.Add('The repository is not reported inconsistent, so salvaging it is not indicated: the Terminal Services WMI provider itself may be the problem.')
        }
    }
    $findings.Add('Note: no Microsoft source ties WMI to 0x904 / 0x7; fix WMI only because the RDP tools need it.')
    [pscustomobject]@{ NeedsFix = $needsFix; Cause = 'wmi-repository'; Findings = $findings.ToArray() }
}
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
function Repair-RdpWmiRepository {
    # Salvages the repository only when /verifyrepository reports it inconsistent (1358), with the
    # documented switch /salvagerepository: it rebuilds the repository and merges back what it can read.
    # "winmgmt /salvage" (web advice) is not a documented switch. Resetting the repository to its install
    # state is a last resort that loses provider registrations, so this script never does it.
    # The salvage's own exit code does not say whether it worked: per Microsoft's winmgmt page, 1358 "can be
    # returned from any command which performs repository verification, such as /verifyrepository or
    # /salvagerepository" (https://learn.microsoft.com/windows/win32/wmisdk/winmgmt). So the result is judged
    # by a fresh /verifyrepository. The pre-salvage backup is never offered as a remedy: it is the corrupt one.
    # High-risk: PowerShell asks before the change unless -Confirm:$false is given.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    $null = & winmgmt /verifyrepository
    if ($LASTEXITCODE -ne 1358) {
        Write-RdpStatus -Level Ok -Message "$env:COMPUTERNAME`: winmgmt /verifyrepository did not report an inconsistent repository (exit code $LASTEXITCODE); nothing changed."
        return
    }
    if (-not $PSCmdlet.ShouldProcess("$env:COMPUTERNAME`: WMI repository", 'Salvage (winmgmt /salvagerepository)')) { return }
    $output = & winmgmt /salvagerepository
    $salvageCode = $LASTEXITCODE
    $verifyOutput = & winmgmt /verifyrepository
    $verifyCode = $LASTEXITCODE
    if ($verifyCode -eq 0) {
        Write-RdpStatus -Level Change -Message "$env:COMPUTERNAME`: salvaged the WMI repository (winmgmt /salvagerepository exit code $($salvageCode): $(@($output) -join ' ')); a fresh winmgmt /verifyrepository reports it consistent."
        return
    }
    throw "$env:COMPUTERNAME`: winmgmt /salvagerepository exited $salvageCode ($(@($output) -join ' ')), and a fresh winmgmt /verifyrepository still reports the repository inconsistent (exit code $($verifyCode): $(@($verifyOutput) -join ' ')). Do not restore the copy saved before the salvage: it is the inconsistent repository. Collect the WMI logs and follow Microsoft's WMI troubleshooting guidance; resetting the repository is a last resort that loses provider registrations."
}
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
function New-RdpFixStep {
    # Describes one catalogue entry for Invoke-RdpFixRun. The script blocks call the fix's own functions.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Id,
        [Parameter(Mandatory)][string]$Title,
        [Parameter(Mandatory)][ValidateSet('host', 'client')][string]$RunsOn,
        [Parameter(Mandatory)][scriptblock]$Diagnose,
        [ValidateSet('fix', 'diagnostic')][string]$Kind = 'fix',
        [scriptblock]$Backup,
        [scriptblock]$Repair,
        [scriptblock]$Restore,
        [string[]]$RestoreFunction = @(),
        [string[]]$RestartService = @(),
        [switch]$DropsSession,
        [switch]$NeedsReboot,
        [switch]$HighImpact
    )
    [pscustomobject]@{
        Id = $Id; Title = $Title; RunsOn = $RunsOn; Kind = $Kind
        Diagnose = $Diagnose; Backup = $Backup; Repair = $Repair; Restore = $Restore
        RestoreFunction = $RestoreFunction; RestartService = $RestartService
        DropsSession = [bool]$DropsSession; NeedsReboot = [bool]$NeedsReboot; HighImpact = [bool]$HighImpact
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

function Complete-RdpSummary {
    # The one result object per computer. Outcome (and its exit code, from the table the generator writes
    # into $Settings.ExitCodes) is the most serious thing that happened; an explicit refusal wins.
    [CmdletBinding()]
    param([Parameter(Mandatory)][System.Collections.IDictionary]$Summary, [Parameter(Mandatory)][hashtable]$ExitCodes, [string]$Outcome)
    if (-not $Outcome) {
        $open = @($Summary.Found | Where-Object { $Summary.Verified -notcontains $_ })
        if (@($Summary.Failed).Count -gt 0) { $Outcome = 'Failed' }
        elseif ($Summary.Mode -ne 'Rollback' -and $open.Count -gt 0) { $Outcome = 'Found' }
        else { $Outcome = 'Ok' }
    }
    $Summary.Outcome = $Outcome
    $Summary.ExitCode = [int]$ExitCodes[$Outcome]
    if ($Summary.Backup) { Write-RdpStatus -Level Info "Backup: $($Summary.Backup); to undo the changes run: $($Summary.Rollback)" }
    Write-RdpStatus -Level Info "Result: $Outcome (exit code $($Summary.ExitCode))."
    return [pscustomobject]$Summary
}

function Invoke-RdpFixRun {
    # The safe order: preflight, diagnose, refuse what must not run unattended, back up, apply, restart
    # each service once, verify, summary. Whatever fails, the summary comes back with the backup and
    # rollback paths: a remote run shows only what it returns.
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][object[]]$Steps,
        [Parameter(Mandatory)][ValidateSet('Diagnose', 'Fix', 'Rollback')][string]$Mode,
        [Parameter(Mandatory)][hashtable]$ExitCodes,
        [string]$BackupRoot,
        [string]$BackupPath,
        [switch]$AllowSessionDrop,
        [bool]$Interactive = $true,
        [int]$RestartTimeoutSeconds = 60,
        [int]$VerifyTimeoutSeconds = 30,
        [string]$EvidenceSite = '',
        [int]$Generator = 0
    )
    $computer = $env:COMPUTERNAME
    $summary = [ordered]@{ Computer = $computer; Mode = $Mode; Outcome = $null; ExitCode = $null; Found = @(); Changed = @(); Verified = @(); Failed = @(); NotChecked = @(); Backup = $null; Rollback = $null; RebootNeeded = $false }

    Write-RdpStatus "Preflight on $computer (PowerShell $($PSVersionTable.PSVersion), Windows $([System.Environment]::OSVersion.Version))"
    if (-not (Test-RdpElevation)) {
        # Not a partial diagnosis: without Administrator rights winmgmt, the MachineKeys and key-file ACLs
        # and (unverified) the Terminal Services WMI namespace answer "access denied", which a check would
        # read as a broken WMI repository or key. So nothing is checked, and nothing is blamed.
        Write-RdpStatus -Level Warn "Not elevated on ${computer}: nothing was checked or changed. Run PowerShell as Administrator (for a remote run, use an administrator account on $computer)."
        foreach ($step in $Steps) { $summary.NotChecked += $step.Id; Write-RdpStatus -Level Warn "  $($step.Id): not checked (not elevated)" }
        return Complete-RdpSummary -Summary $summary -ExitCodes $ExitCodes -Outcome 'NotElevated'
    }
    try {
        if ($Mode -eq 'Rollback') { $outcome = Invoke-RdpRollbackMode -Steps $Steps -Summary $summary -BackupPath $BackupPath }
        else { $outcome = Invoke-RdpFixMode -Steps $Steps -Summary $summary -BackupRoot $BackupRoot -AllowSessionDrop:$AllowSessionDrop -Interactive $Interactive -RestartTimeoutSeconds $RestartTimeoutSeconds -VerifyTimeoutSeconds $VerifyTimeoutSeconds -EvidenceSite $EvidenceSite -Generator $Generator }
    }
    catch {
        $summary.Failed += 'run'
        $outcome = $null
        Write-RdpStatus -Level Warn "The run stopped on ${computer}: $($_.Exception.Message)"
    }
    return Complete-RdpSummary -Summary $summary -ExitCodes $ExitCodes -Outcome $outcome
}

function Initialize-RdpRunLog {
    # The transcript and report paths on this computer. Elevated, the default folder is
    # %ProgramData%\RdpFixGuide\Logs, created protected and refused if a standard user made it first;
    # not elevated (a read-only Diagnose), the user's own %TEMP%, as nothing elevated writes there.
    [CmdletBinding()]
    param([string]$TranscriptPath, [string]$ReportPath)
    $stamp = (Get-Date).ToString('yyyyMMdd-HHmmss')
    if (-not $TranscriptPath) {
        $logs = $env:TEMP
        if (Test-RdpElevation) { $logs = Join-Path -Path $env:ProgramData -ChildPath 'RdpFixGuide\Logs'; Initialize-RdpDataFolder -Path $logs }
        $TranscriptPath = Join-Path -Path $logs -ChildPath "rdp-fix-$stamp.log"
    }
    else { $null = New-Item -ItemType Directory -Path (Split-Path -Path $TranscriptPath -Parent) -Force -WhatIf:$false }
    if (-not $ReportPath) { $ReportPath = $TranscriptPath -replace '\.(log|txt)$', '.json' }
    else { $null = New-Item -ItemType Directory -Path (Split-Path -Path $ReportPath -Parent) -Force -WhatIf:$false }
    return [pscustomobject]@{ Transcript = $TranscriptPath; Report = $ReportPath }
}

function Write-RdpReport {
    # One row per computer, as JSON or CSV (by the file's extension), for a ticket or an RMM tool; then
    # the exit code of the whole run: the highest of any computer.
    [CmdletBinding()]
    param([Parameter(Mandatory)][AllowEmptyCollection()][object[]]$Results, [Parameter(Mandatory)][string]$Path)
    $fields = @('Computer', 'Mode', 'Outcome', 'ExitCode', 'Found', 'Changed', 'Verified', 'Failed', 'NotChecked', 'Backup', 'Rollback', 'RebootNeeded')
    $rows = @($Results | Select-Object -Property $fields)
    if ($Path -match '\.csv$') {
        $flat = foreach ($row in $rows) {
            $copy = [ordered]@{}
            foreach ($field in $fields) { $copy[$field] = @($row.$field) -join '; ' }
            [pscustomobject]$copy
        }
        @($flat) | Export-Csv -LiteralPath $Path -NoTypeInformation -Encoding UTF8 -WhatIf:$false
    }
    else { ConvertTo-Json -InputObject $rows -Depth 4 | Set-Content -LiteralPath $Path -Encoding UTF8 -WhatIf:$false }
    $exitCode = 0
    foreach ($row in $rows) { if ([int]$row.ExitCode -gt $exitCode) { $exitCode = [int]$row.ExitCode } }
    return $exitCode
}
function Invoke-RdpFixMode {
    # Diagnose and Fix modes. Fills $Summary; returns an outcome that overrides the computed one (a
    # refusal), or nothing.
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][object[]]$Steps,
        [Parameter(Mandatory)][System.Collections.IDictionary]$Summary,
        [string]$BackupRoot,
        [switch]$AllowSessionDrop,
        [bool]$Interactive = $true,
        [int]$RestartTimeoutSeconds = 60,
        [int]$VerifyTimeoutSeconds = 30,
        [string]$EvidenceSite = '',
        [int]$Generator = 0
    )
    $computer = $env:COMPUTERNAME
    $isHost = Test-RdpHostRole
    $pending = @()
    $evidence = New-RdpEvidence
    foreach ($step in $Steps) {
        if ($step.RunsOn -eq 'host' -and -not $isHost) {
            Write-RdpStatus -Level Warn "$computer is not an RDP host (no TermService); skipping '$($step.Title)'."
            Add-RdpEvidence -Evidence $evidence -Step $step -Finding $null -Outcome Skipped
            continue
        }
        Write-RdpStatus "Diagnose: $($step.Title)"
        # One check that cannot run (WMI broken, say) must not stop the others, such as the WMI repair.
        try { $finding = & $step.Diagnose }
        catch {
            $Summary.Failed += $step.Id
            Write-RdpStatus -Level Warn "  Could not diagnose $($step.Id), so it is left alone: $($_.Exception.Message)"
            Add-RdpEvidence -Evidence $evidence -Step $step -Finding $null -Outcome Failed
            continue
        }
        foreach ($line in @($finding.Findings)) { Write-RdpStatus -Level Found "  $line" }
        Add-RdpEvidence -Evidence $evidence -Step $step -Finding $finding
        if ($finding.NeedsFix) { $Summary.Found += $step.Id; $pending += $step }
        else { Write-RdpStatus -Level Ok "  Nothing to change for $($step.Id)." }
    }
    # Every Diagnose run ends with the evidence the selector reads back (src/lib/evidence).
    if ($Summary.Mode -eq 'Diagnose') { Write-RdpEvidence -Evidence $evidence -Site $EvidenceSite -Generator $Generator; return }
    $pending = @($pending | Where-Object { $null -ne $_.Repair })
    if ($pending.Count -eq 0) {
        Write-RdpStatus -Level Ok 'Nothing to change: every selected check passed.'
        return
    }

    # No silent session drops: TermService ends every session, active or disconnected, on this computer.
    $dropping = @($pending | Where-Object { $_.DropsSession -or $_.RestartService -contains 'TermService' })
    $sessionNote = ''
    if ($dropping.Count -gt 0) {
        $sessions = Get-RdpUserSession
        $sessionNote = if ($null -eq $sessions) { 'the sessions could not be counted' } else { "$(@($sessions).Count) user session(s), active or disconnected" }
        if (-not $AllowSessionDrop -and ($null -eq $sessions -or @($sessions).Count -gt 0)) {
            Write-RdpStatus -Level Warn "Refused on ${computer}: $sessionNote, and $(@($dropping | ForEach-Object { $_.Id }) -join ', ') restarts Remote Desktop Services (TermService), which ends them all. Nothing was changed. Warn the users (quser lists them), then run again with -AllowSessionDrop."
            return 'SessionsPresent'
        }
    }

    # Non-interactive runs never hang: a step that would ask is refused here, before any change.
    $asking = @($pending | Where-Object { $_.HighImpact -or $_.RestartService -contains 'TermService' })
    $prompts = -not $WhatIfPreference -and "$ConfirmPreference" -ne 'None' -and ($asking.Count -gt 0 -or "$ConfirmPreference" -ne 'High')
    if ($prompts -and -not $Interactive) {
        $what = if ($asking.Count -gt 0) { "$(@($asking | ForEach-Object { $_.Id }) -join ', ') needs a High-impact confirmation" } else { '-Confirm asks before every change' }
        Write-RdpStatus -Level Warn "Refused on ${computer}: $what, and this PowerShell cannot ask (non-interactive: RMM, Intune, a scheduled task or -NonInteractive). Nothing was changed. Run it interactively, or pass -Confirm:`$false to accept every High-impact change without a prompt."
        return 'NeedsConfirmation'
    }

    if (-not $BackupRoot) { $BackupRoot = Join-Path -Path $env:ProgramData -ChildPath 'RdpFixGuide\Backup'; $defaultRoot = $true } else { $defaultRoot = $false }
    $runFolder = Join-Path -Path $BackupRoot -ChildPath "$((Get-Date).ToString('yyyyMMdd-HHmmss'))-$computer"
    if ($PSCmdlet.ShouldProcess((Format-RdpTarget $runFolder), 'Back up the current state and write rollback.ps1')) {
        try {
            if ($defaultRoot) { Initialize-RdpDataFolder -Path $BackupRoot }
            elseif (-not (Test-Path -LiteralPath $BackupRoot)) { $null = New-Item -ItemType Directory -Path $BackupRoot -Force }
            # Without -Force: a folder that already exists was not made by this run, so it is not trusted.
            $null = New-Item -ItemType Directory -Path $runFolder
            Protect-RdpBackupFolder -Path $runFolder
        }
        catch {
            $Summary.Failed += 'backup'
            Write-RdpStatus -Level Warn "No backup folder on ${computer}, so nothing was changed: $($_.Exception.Message)"
            return
        }
        $Summary.Backup = $runFolder
        $saved = @()
        foreach ($step in $pending) {
            # One backup that fails skips only its own fix: no backup, no change.
            try {
                $folder = Join-Path -Path $runFolder -ChildPath $step.Id
                $null = New-Item -ItemType Directory -Path $folder -Force
                & $step.Backup $folder
                $saved += $step
            }
            catch {
                $Summary.Failed += $step.Id
                Write-RdpStatus -Level Warn "  Backup of $($step.Id) failed on $computer, so it is not applied: $($_.Exception.Message)"
            }
        }
        $pending = $saved
        try {
            $Summary.Rollback = Write-RdpRollbackScript -Folder $runFolder -Steps $pending
            Set-RdpBackupOwner -Path $runFolder
        }
        catch {
            $Summary.Failed += 'backup'
            Write-RdpStatus -Level Warn "No usable backup on ${computer}, so nothing was changed: $($_.Exception.Message)"
            return
        }
        Write-RdpStatus -Level Ok "Backup and rollback script: $($Summary.Rollback)"
    }
    elseif (-not $WhatIfPreference) {
        $Summary.Failed += 'backup'
        Write-RdpStatus -Level Warn "The backup was declined on $computer, so no change was made. Every change needs a backup first."
        return
    }

    foreach ($step in $pending) {
        Write-RdpStatus "Apply: $($step.Title)"
        try {
            & $step.Repair
            # Under -WhatIf nothing changed; the summary must not say otherwise.
            if (-not $WhatIfPreference) { $Summary.Changed += $step.Id }
        }
        catch { $Summary.Failed += $step.Id; Write-RdpStatus -Level Warn "  Failed: $($_.Exception.Message)" }
    }

    # Each service at most once, in this order: SessionEnv (recreates the self-signed certificate), then
    # TermService with its dependent UmRdpService. Only for repairs that went through.
    $applied = @($pending | Where-Object { $Summary.Failed -notcontains $_.Id })
    $restart = @($applied | ForEach-Object { $_.RestartService })
    $notRestarted = @()
    foreach ($service in @('SessionEnv', 'TermService')) {
        if ($restart -notcontains $service) { continue }
        if ($service -eq 'TermService') { $approved = Approve-RdpHighImpact -Target 'TermService (Remote Desktop Services)' -Action "Restart; ends every RDP session ($sessionNote)" }
        else { $approved = $PSCmdlet.ShouldProcess((Format-RdpTarget $service), 'Restart service (and its dependent services)') }
        if (-not $approved) { $notRestarted += $service; continue }
        try {
            Restart-RdpService -Name $service -TimeoutSeconds $RestartTimeoutSeconds
            Write-RdpStatus -Level Change "Restarted $service"
        }
        catch {
            $notRestarted += $service
            $Summary.Failed += "restart-$service"
            Write-RdpStatus -Level Warn "Restart of $service failed: $($_.Exception.Message)"
        }
    }
    if ($WhatIfPreference) { return }

    foreach ($step in $pending) {
        if ($step.NeedsReboot) { $Summary.RebootNeeded = $true }
        # A failed step is never also verified: its re-diagnosis may be clean for another reason.
        if ($Summary.Failed -contains $step.Id) { Write-RdpStatus -Level Warn "Verify: $($step.Id) failed above, so it is not verified."; continue }
        $missing = @($step.RestartService | Where-Object { $notRestarted -contains $_ })
        if ($missing.Count -gt 0) {
            $Summary.Failed += $step.Id
            Write-RdpStatus -Level Warn "Verify: $($step.Id) changed settings that take effect only when $($missing -join ', ') restarts, which did not happen on $computer."
            continue
        }
        try { $after = & $step.Diagnose }
        catch { $Summary.Failed += $step.Id; Write-RdpStatus -Level Warn "Verify: could not check $($step.Id) again: $($_.Exception.Message)"; continue }
        # Windows creates the new self-signed certificate seconds after SessionEnv starts: poll for it.
        $waited = 0
        $verifyError = $null
        while ($after.NeedsFix -and $step.RestartService -contains 'SessionEnv' -and $waited -lt $VerifyTimeoutSeconds) {
            Start-Sleep -Seconds 2
            $waited += 2
            # A check that throws now (WMI busy, say) fails this step only; the other verifies still run.
            try { $after = & $step.Diagnose }
            catch { $verifyError = $_.Exception.Message; break }
        }
        if ($null -ne $verifyError) { $Summary.Failed += $step.Id; Write-RdpStatus -Level Warn "Verify: could not check $($step.Id) again on ${computer}: $verifyError"; continue }
        if ($after.NeedsFix) { Write-RdpStatus -Level Warn "Verify: $($step.Id) still reports: $(@($after.Findings) -join '; ')" }
        else { $Summary.Verified += $step.Id; Write-RdpStatus -Level Ok "Verify: $($step.Id) is fixed." }
    }
    if ($Summary.RebootNeeded) { Write-RdpStatus -Level Warn 'A reboot is needed for some changes to take effect. This script does not reboot.' }
}
function Select-RdpBackupRun {
    # -BackupPath is a run folder (it holds rollback.ps1), or the folder holding runs, where this computer
    # takes its newest TRUSTED run: a standard user could plant a folder with a later stamp to be picked
    # (and refused), which would block the rollback, so untrusted runs are skipped and named.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$BackupPath)
    $computer = $env:COMPUTERNAME
    if (-not (Test-Path -LiteralPath $BackupPath)) { throw "Backup folder '$BackupPath' does not exist on $computer. Pass -BackupPath with the folder a Fix run printed." }
    if (Test-Path -LiteralPath (Join-Path -Path $BackupPath -ChildPath 'rollback.ps1')) { return $BackupPath }
    $runs = @(Get-ChildItem -LiteralPath $BackupPath -Directory | Where-Object { $_.Name -like "*-$computer" } | Sort-Object -Property 'Name' -Descending)
    foreach ($run in $runs) {
        if (-not (Test-Path -LiteralPath (Join-Path -Path $run.FullName -ChildPath 'rollback.ps1'))) { continue }
        try { Assert-RdpTrustedFolder -Path $run.FullName }
        catch { Write-RdpStatus -Level Warn "Skipping $($run.FullName): $($_.Exception.Message)"; continue }
        Write-RdpStatus "Newest trusted backup of ${computer}: $($run.FullName)"
        return $run.FullName
    }
    throw "'$BackupPath' on $computer is neither a backup run folder (it has no rollback.ps1) nor a folder holding trusted runs of $computer. Pass -BackupPath with the folder a Fix run printed."
}

function Invoke-RdpRollbackMode {
    # Restores each step's backup, newest change first; a restore that fails does not stop the others.
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][object[]]$Steps, [Parameter(Mandatory)][System.Collections.IDictionary]$Summary, [string]$BackupPath)
    $BackupPath = Select-RdpBackupRun -BackupPath $BackupPath
    Assert-RdpTrustedFolder -Path $BackupPath
    $Summary.Backup = $BackupPath
    $reversed = @($Steps)
    [array]::Reverse($reversed)
    foreach ($step in $reversed) {
        if ($null -eq $step.Restore) { continue }
        $folder = Join-Path -Path $BackupPath -ChildPath $step.Id
        if (-not (Test-Path -LiteralPath $folder)) { Write-RdpStatus -Level Info "No backup for $($step.Id) in $BackupPath; nothing to restore."; continue }
        Write-RdpStatus "Restoring: $($step.Title)"
        try {
            & $step.Restore $folder
            if (-not $WhatIfPreference) { $Summary.Changed += $step.Id }
            if ($step.NeedsReboot) { $Summary.RebootNeeded = $true }
        }
        catch { $Summary.Failed += $step.Id; Write-RdpStatus -Level Warn "  Failed: $($_.Exception.Message)" }
    }
    # The restored settings are read when these services start; this script does not restart them.
    $services = @($reversed | Where-Object { $Summary.Changed -contains $_.Id } | ForEach-Object { $_.RestartService } | Select-Object -Unique)
    if ($services.Count -gt 0) { Write-RdpStatus -Level Warn "Restart $($services -join ', ') (from the console, not your only RDP session) for the restored settings to take effect." }
    if ($Summary.RebootNeeded) { Write-RdpStatus -Level Warn 'A reboot is needed for some restored settings to take effect. This script does not reboot.' }
}

function Write-RdpRollbackScript {
    # Writes rollback.ps1 next to the backups: the restore functions of this run, then their calls in
    # reverse order of the changes. Runs on its own (no download, no catalogue), writes a transcript into
    # the backup folder, and goes on past a restore that fails (exit code 3 then).
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Folder, [Parameter(Mandatory)][AllowEmptyCollection()][object[]]$Steps)
    $helperNames = @('Write-RdpStatus', 'Format-RdpTarget', 'Get-RdpRegistryValue', 'Set-RdpRegistryValue', 'Restore-RdpRegistryValue', 'Assert-RdpTrustedItem', 'Assert-RdpTrustedFolder')
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add('#Requires -Version 5.1')
    $lines.Add('#Requires -RunAsAdministrator')
    $lines.Add('<# Rollback written by an RDP Fix Guide run on ' + $env:COMPUTERNAME + ' at ' + (Get-Date).ToString('u') + '.')
    $lines.Add('   Restores the state saved in this folder. Run it with -WhatIf first. Exit code 0: all restored; 3: a restore failed. #>')
    $lines.Add('[CmdletBinding(SupportsShouldProcess, ConfirmImpact = ''High'')]')
    $lines.Add('param()')
    $lines.Add('$ErrorActionPreference = ''Stop''')
    # The restore functions and every *-Rdp* function they call, however deep (a fix's own helper too).
    $names = [System.Collections.Generic.List[string]]::new()
    $queue = [System.Collections.Generic.Queue[string]]::new()
    foreach ($name in @($helperNames) + @($Steps | ForEach-Object { $_.RestoreFunction })) { $queue.Enqueue($name) }
    while ($queue.Count -gt 0) {
        $name = $queue.Dequeue()
        if ($names.Contains($name)) { continue }
        $names.Add($name)
        $calls = (Get-Command -Name $name -CommandType Function).ScriptBlock.Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)
        foreach ($call in $calls) {
            $called = $call.GetCommandName()
            if ($called -like '*-Rdp*' -and $null -ne (Get-Command -Name $called -CommandType Function -ErrorAction SilentlyContinue)) { $queue.Enqueue($called) }
        }
    }
    foreach ($name in $names) {
        $definition = (Get-Command -Name $name -CommandType Function).Definition
        $lines.Add("function $name {")
        $lines.Add($definition.Trim())
        $lines.Add('}')
    }
    # Refuse a folder someone other than SYSTEM or Administrators could have written to.
    $lines.Add('Assert-RdpTrustedFolder -Path $PSScriptRoot')
    $lines.Add('$transcript = Join-Path -Path $PSScriptRoot -ChildPath (''rollback-{0}.log'' -f (Get-Date).ToString(''yyyyMMdd-HHmmss''))')
    $lines.Add('$null = Start-Transcript -LiteralPath $transcript -Append -WhatIf:$false')
    $lines.Add('$failed = @()')
    $lines.Add('try {')
    $reversed = @($Steps)
    [array]::Reverse($reversed)
    foreach ($step in $reversed) {
        foreach ($name in $step.RestoreFunction) {
            $lines.Add("    try { Write-RdpStatus 'Restoring $($step.Id)'; $name -Path (Join-Path -Path `$PSScriptRoot -ChildPath '$($step.Id)') }")
            $lines.Add("    catch { `$failed += '$($step.Id)'; Write-RdpStatus -Level Warn ""Could not restore $($step.Id): `$(`$_.Exception.Message)"" }")
        }
    }
    $lines.Add('}')
    # The transcript is a new file: on Windows 10/11 its owner is the administrator's own account, and the
    # check above would refuse the folder the next time. Administrators own it, as they own the backups.
    $lines.Add('finally {')
    $lines.Add('    $null = Stop-Transcript')
    $lines.Add('    $null = & icacls $transcript /setowner ''*S-1-5-32-544'' /c /q')
    $lines.Add('    if ($LASTEXITCODE -ne 0) { Write-RdpStatus -Level Warn "Could not make Administrators the owner of $transcript (icacls exit code $LASTEXITCODE); a later run of this rollback will refuse the folder until it is deleted." }')
    $lines.Add('}')
    $lines.Add('if ($failed.Count -gt 0) { Write-RdpStatus -Level Warn "Not restored: $($failed -join '', ''). Transcript: $transcript"; exit 3 }')
    $lines.Add('Write-RdpStatus -Level Ok "Rollback finished. Transcript: $transcript"')
    $file = Join-Path -Path $Folder -ChildPath 'rollback.ps1'
    Set-Content -LiteralPath $file -Value $lines -Encoding UTF8
    return $file
}
    if ($DefineOnly) { return }
    $steps = @()
    # check-certificate-prerequisites v2
    $step = @{
        Id = 'check-certificate-prerequisites'
        Title = 'Check what Windows needs to create the RDP certificate'
        RunsOn = 'host'
        Diagnose = { Get-RdpCertificatePrerequisitesFinding }
        Kind = 'diagnostic'
    }
    $steps += New-RdpFixStep @step
    # check-domain-secure-channel v2
    $step = @{
        Id = 'check-domain-secure-channel'
        Title = 'Check the host’’s domain controller path for NLA'
        RunsOn = 'host'
        Diagnose = { Get-RdpDomainSecureChannelFinding }
        Kind = 'diagnostic'
    }
    $steps += New-RdpFixStep @step
    # check-rdp-certificate-identity v2
    $step = @{
        Id = 'check-rdp-certificate-identity'
        Title = 'Check which name and issuer the RDP certificate presents'
        RunsOn = 'host'
        Diagnose = { Get-RdpCertificateIdentityFinding }
        Kind = 'diagnostic'
    }
    $steps += New-RdpFixStep @step
    # check-rdp-listener-port v2
    $step = @{
        Id = 'check-rdp-listener-port'
        Title = 'Check the RDP listener port, its owner and its firewall rule'
        RunsOn = 'host'
        Diagnose = { Get-RdpListenerPortFinding -RdpPort $Settings.RdpPort }
        Kind = 'diagnostic'
    }
    $steps += New-RdpFixStep @step
    # check-session-broker v4
    $step = @{
        Id = 'check-session-broker'
        Title = 'Check the RD Connection Broker and RD Gateway'
        RunsOn = 'host'
        Diagnose = { Get-RdpSessionBrokerFinding }
        Kind = 'diagnostic'
    }
    $steps += New-RdpFixStep @step
    # check-tls-cipher-suites v2
    $step = @{
        Id = 'check-tls-cipher-suites'
        Title = 'Check the TLS cipher suite order on the host'
        RunsOn = 'host'
        Diagnose = { Get-RdpCipherSuiteFinding }
        Kind = 'diagnostic'
    }
    $steps += New-RdpFixStep @step
    # collect-rdp-evidence v4
    $step = @{
        Id = 'collect-rdp-evidence'
        Title = 'Collect RDP evidence on the host'
        RunsOn = 'host'
        Diagnose = { Get-RdpEvidenceFinding }
        Kind = 'diagnostic'
    }
    $steps += New-RdpFixStep @step
    # start-rdp-services v4
    $step = @{
        Id = 'start-rdp-services'
        Title = 'Start the Remote Desktop services'
        RunsOn = 'host'
        Diagnose = { Get-RdpServiceStateFinding }
        Backup = { param($Path) Backup-RdpServiceState -Path $Path }
        Repair = { Repair-RdpServiceState }
        Restore = { param($Path) Restore-RdpServiceState -Path $Path }
        RestoreFunction = 'Restore-RdpServiceState'
    }
    $steps += New-RdpFixStep @step
    # clear-stale-certificate-binding v3
    $step = @{
        Id = 'clear-stale-certificate-binding'
        Title = 'Clear a stale RDP certificate binding'
        RunsOn = 'host'
        Diagnose = { Get-RdpCertificateBindingFinding }
        Backup = { param($Path) Backup-RdpCertificateBinding -Path $Path }
        Repair = { Repair-RdpCertificateBinding }
        Restore = { param($Path) Restore-RdpCertificateBinding -Path $Path }
        RestoreFunction = 'Restore-RdpCertificateBinding'
        RestartService = @('TermService')
        DropsSession = $true
    }
    $steps += New-RdpFixStep @step
    # enable-tls12-schannel v4
    $step = @{
        Id = 'enable-tls12-schannel'
        Title = 'Turn TLS 1.2 back on in Schannel'
        RunsOn = 'host'
        Diagnose = { Get-RdpTls12ProtocolFinding }
        Backup = { param($Path) Backup-RdpTls12Protocol -Path $Path }
        Repair = { Repair-RdpTls12Protocol }
        Restore = { param($Path) Restore-RdpTls12Protocol -Path $Path }
        RestoreFunction = 'Restore-RdpTls12Protocol'
        NeedsReboot = $true
    }
    $steps += New-RdpFixStep @step
    # grant-network-service-key-read v3
    $step = @{
        Id = 'grant-network-service-key-read'
        Title = 'Let NETWORK SERVICE read the RDP certificate private key'
        RunsOn = 'host'
        Diagnose = { Get-RdpCertificateKeyAccessFinding -CertificateThumbprint $Settings.CertificateThumbprint }
        Backup = { param($Path) Backup-RdpCertificateKeyAccess -Path $Path }
        Repair = { Repair-RdpCertificateKeyAccess -CertificateThumbprint $Settings.CertificateThumbprint }
        Restore = { param($Path) Restore-RdpCertificateKeyAccess -Path $Path }
        RestoreFunction = 'Restore-RdpCertificateKeyAccess'
        RestartService = @('TermService')
        DropsSession = $true
    }
    $steps += New-RdpFixStep @step
    # regenerate-rdp-certificate v6
    $step = @{
        Id = 'regenerate-rdp-certificate'
        Title = 'Regenerate the RDP self-signed certificate'
        RunsOn = 'host'
        Diagnose = { Get-RdpSelfSignedCertificateFinding }
        Backup = { param($Path) Backup-RdpSelfSignedCertificate -Path $Path }
        Repair = { Repair-RdpSelfSignedCertificate }
        Restore = { param($Path) Restore-RdpSelfSignedCertificate -Path $Path }
        RestoreFunction = 'Restore-RdpSelfSignedCertificate'
        RestartService = @('SessionEnv')
    }
    $steps += New-RdpFixStep @step
    # restore-rdp-security-layer v4
    $step = @{
        Id = 'restore-rdp-security-layer'
        Title = 'Restore the RDP security layer (and, on request, Network Level Authentication)'
        RunsOn = 'host'
        Diagnose = { Get-RdpSecurityLayerFinding -SecurityLayer $Settings.SecurityLayer -NetworkLevelAuthentication $Settings.NetworkLevelAuthentication }
        Backup = { param($Path) Backup-RdpSecurityLayer -Path $Path }
        Repair = { Repair-RdpSecurityLayer -SecurityLayer $Settings.SecurityLayer -NetworkLevelAuthentication $Settings.NetworkLevelAuthentication }
        Restore = { param($Path) Restore-RdpSecurityLayer -Path $Path }
        RestoreFunction = 'Restore-RdpSecurityLayer'
    }
    $steps += New-RdpFixStep @step
    # enable-rdp-firewall-rules v2
    $step = @{
        Id = 'enable-rdp-firewall-rules'
        Title = 'Enable the Remote Desktop firewall rules'
        RunsOn = 'host'
        Diagnose = { Get-RdpFirewallRuleFinding -RdpPort $Settings.RdpPort }
        Backup = { param($Path) Backup-RdpFirewallRule -Path $Path }
        Repair = { Repair-RdpFirewallRule -RdpPort $Settings.RdpPort }
        Restore = { param($Path) Restore-RdpFirewallRule -Path $Path }
        RestoreFunction = 'Restore-RdpFirewallRule'
        HighImpact = $true
    }
    $steps += New-RdpFixStep @step
    # enable-remote-desktop-connections v2
    $step = @{
        Id = 'enable-remote-desktop-connections'
        Title = 'Allow Remote Desktop connections (fDenyTSConnections, listener)'
        RunsOn = 'host'
        Diagnose = { Get-RdpRemoteConnectionsFinding }
        Backup = { param($Path) Backup-RdpRemoteConnections -Path $Path }
        Repair = { Repair-RdpRemoteConnections }
        Restore = { param($Path) Restore-RdpRemoteConnections -Path $Path }
        RestoreFunction = 'Restore-RdpRemoteConnections'
        HighImpact = $true
    }
    $steps += New-RdpFixStep @step
    # repair-machinekeys-acl v3
    $step = @{
        Id = 'repair-machinekeys-acl'
        Title = 'Repair the RDP key container and MachineKeys permissions'
        RunsOn = 'host'
        Diagnose = { Get-RdpMachineKeysAclFinding }
        Backup = { param($Path) Backup-RdpMachineKeysAcl -Path $Path }
        Repair = { Repair-RdpMachineKeysAcl }
        Restore = { param($Path) Restore-RdpMachineKeysAcl -Path $Path }
        RestoreFunction = 'Restore-RdpMachineKeysAcl'
        HighImpact = $true
    }
    $steps += New-RdpFixStep @step
    # repair-wmi-repository v3
    $step = @{
        Id = 'repair-wmi-repository'
        Title = 'Salvage an inconsistent WMI repository'
        RunsOn = 'host'
        Diagnose = { Get-RdpWmiRepositoryFinding }
        Backup = { param($Path) Backup-RdpWmiRepository -Path $Path }
        Repair = { Repair-RdpWmiRepository }
        Restore = { param($Path) Restore-RdpWmiRepository -Path $Path }
        RestoreFunction = 'Restore-RdpWmiRepository'
        HighImpact = $true
    }
    $steps += New-RdpFixStep @step
    Invoke-RdpFixRun -Steps $steps -Mode $Settings.Mode -BackupRoot $Settings.BackupRoot -BackupPath $Settings.BackupPath -AllowSessionDrop:$Settings.AllowSessionDrop -Interactive $Settings.Interactive -ExitCodes $Settings.ExitCodes -EvidenceSite $Settings.EvidenceSite -Generator $Settings.Generator
}

$settings = @{
    Mode = 'Fix'
    WhatIf = [bool]$WhatIfPreference
    ConfirmPreference = [string]$ConfirmPreference
    BackupRoot = $BackupRoot
    BackupPath = ''
    AllowSessionDrop = [bool]$AllowSessionDrop
    Interactive = [bool](Test-RdpInteractive)
    EvidenceSite = ''
    Generator = 5
    ExitCodes = @{ Ok = 0; Found = 2; Failed = 3; SessionsPresent = 4; NeedsConfirmation = 5; NotElevated = 6 }
    RdpPort = $RdpPort
    CertificateThumbprint = $CertificateThumbprint
    SecurityLayer = $SecurityLayer
    NetworkLevelAuthentication = $NetworkLevelAuthentication
}
# The shared functions, defined on this side too (transcript, report); nothing runs yet.
. $hostScript -Settings $settings -DefineOnly
# Get-Credential asks on this computer; where no one can answer (RMM, Intune, a scheduled task,
# -NonInteractive) it fails or waits forever, so the run is refused before it asks, like any other prompt.
if ($PromptForCredential -and -not $settings.Interactive) {
    Write-RdpStatus -Level Warn "Refused on ${env:COMPUTERNAME}: -PromptForCredential asks for an administrator account, and this PowerShell cannot ask (non-interactive: RMM, Intune, a scheduled task or -NonInteractive). Nothing was run on any computer. Run it interactively, or pass -PromptForCredential `$false to connect as the account running this script."
    exit $settings.ExitCodes['NeedsConfirmation']
}
$log = Initialize-RdpRunLog -TranscriptPath $TranscriptPath -ReportPath $ReportPath
$remote = @{ ComputerName = $ComputerName; ScriptBlock = $hostScript; ArgumentList = @($settings); ThrottleLimit = $ThrottleLimit }
if ($PromptForCredential) {
    $remote.Credential = Get-Credential -Message 'An administrator account on the target computers'
    if ($null -eq $remote.Credential) { throw 'No credential was entered, so nothing was run. Run the script again and enter an administrator account, or set -PromptForCredential $false.' }
}
$null = Start-Transcript -LiteralPath $log.Transcript -Append -WhatIf:$false
try {
    # Backups and rollback.ps1 are written on each target computer; the summary says where.
    # A computer that cannot be reached, or whose run stops, is reported; the others run to the end.
    $results = @(Invoke-Command @remote -ErrorAction Continue -ErrorVariable remoteErrors)
}
finally {
    $null = Stop-Transcript
}
foreach ($failure in @($remoteErrors)) {
    # A failure inside a remote run carries the computer in OriginInfo; a connection failure names it in its TargetObject.
    $where = "$($failure.TargetObject)"
    $origin = $failure.PSObject.Properties['OriginInfo']
    if ($null -ne $origin -and $null -ne $origin.Value) { $where = $origin.Value.PSComputerName }
    if (-not $where) { Write-Warning "[$env:COMPUTERNAME] A remote run reported an error that names no computer: $($failure.Exception.Message)"; continue }
    Write-Warning "[$where] Not completed: $($failure.Exception.Message)"
    # One result object per computer, also for one that returned none.
    if (@($results | Where-Object { "$($_.PSComputerName)" -eq $where }).Count -eq 0) {
        $results += [pscustomobject]@{ Computer = $where; Mode = $settings.Mode; Outcome = 'Failed'; ExitCode = $settings.ExitCodes['Failed']; Found = @(); Changed = @(); Verified = @(); Failed = @("not completed: $($failure.Exception.Message)"); NotChecked = @(); Backup = $null; Rollback = $null; RebootNeeded = $false; PSComputerName = $where }
    }
}
$exitCode = Write-RdpReport -Results $results -Path $log.Report
$results | Select-Object -Property 'Computer', 'Mode', 'Outcome', 'ExitCode', 'Found', 'Changed', 'Verified', 'Failed', 'NotChecked', 'Backup', 'Rollback', 'RebootNeeded'
Write-RdpStatus "Transcript and report (on this computer): $($log.Transcript); $($log.Report); exit code $exitCode, the highest of any computer (each Result line above says why)."
exit $exitCode
