# RdpLab: what the lab suite (RdpLab.Tests.ps1) needs to act on "the machine". On a real VM that is this computer;
# inside `npm test` it is the simulated host (tools/ps-harness), reached through $global:RdpLabSimulation. The suite
# sends the SAME PowerShell text either way, so a plant such as `icacls ... /reset /t` goes through the real icacls on
# a VM and through the harness's model of icacls in the simulation. Runs on Windows PowerShell 5.1 and PowerShell 7.
Set-StrictMode -Version 3.0

$script:Context = @{ ScriptFolder = ''; ResultsFolder = ''; Manifest = $null; Answers = [ordered]@{} }

function Test-RdpLabSimulated {
    # True inside the harness (the simulated host); false on a real Windows machine.
    $null -ne (Get-Variable -Name 'RdpLabSimulation' -Scope Global -ValueOnly -ErrorAction SilentlyContinue)
}

function Get-RdpLabComputerName {
    if (Test-RdpLabSimulated) { return $global:RdpLabSimulation.ComputerName }
    $env:COMPUTERNAME
}

function Assert-RdpLabMachine {
    # The guard: the lab plants faults in the registry, ACLs, services, firewall and certificates. It refuses to run
    # unless the admin says this is a disposable VM, and refuses machines that look like production anyway.
    [CmdletBinding()]
    param([switch]$IAcceptThisVmWillBeModified, [switch]$AllowDomainMember)
    $computer = Get-RdpLabComputerName
    if (-not $IAcceptThisVmWillBeModified) {
        throw "Refusing to run on ${computer}: the RDP Fix Guide lab plants faults (MachineKeys ACLs, RDP registry values, services, firewall rules, certificates) and runs fixes and rollbacks. Run it only on a disposable VM you can revert, and pass -IAcceptThisVmWillBeModified to say so."
    }
    if (Test-RdpLabSimulated) { return }
    $isWindowsHost = ($PSVersionTable.PSEdition -eq 'Desktop') -or ((Get-Variable -Name 'IsWindows' -ValueOnly -ErrorAction SilentlyContinue) -eq $true)
    if (-not $isWindowsHost) { throw "Refusing to run on ${computer}: the lab needs Windows (Server 2016, 2019, 2022, 2025 or Windows 11)." }
    $principal = [Security.Principal.WindowsPrincipal]::new([Security.Principal.WindowsIdentity]::GetCurrent())
    if (-not $principal.IsInRole([Security.Principal.SecurityIdentifier]::new('S-1-5-32-544'))) {
        throw "Refusing to run on ${computer}: not elevated. Start PowerShell with 'Run as administrator' and run the lab again."
    }
    $system = Get-CimInstance -ClassName 'Win32_ComputerSystem'
    if ($system.DomainRole -ge 4) { throw "Refusing to run on ${computer}: it is a domain controller (DomainRole $($system.DomainRole)). Use a disposable member server or workgroup VM." }
    if ($system.PartOfDomain -and -not $AllowDomainMember) {
        throw "Refusing to run on ${computer}: it is joined to the domain $($system.Domain). A lab VM is usually a workgroup machine; if this one is a disposable domain member, pass -AllowDomainMember too."
    }
    $virtual = "$($system.Manufacturer) $($system.Model)" -match 'Virtual|VMware|KVM|QEMU|Xen|VirtualBox|Parallels|Amazon EC2|Google Compute|HVM'
    if (-not $virtual) { throw "Refusing to run on ${computer}: it does not look like a virtual machine ($($system.Manufacturer) $($system.Model)). The lab runs only on a VM you can revert to a checkpoint." }
    $quser = Join-Path $env:SystemRoot 'System32\quser.exe'
    if (Test-Path -LiteralPath $quser) {
        # One header line plus one line per session; more than one session means someone else is working here.
        $sessions = @(& $quser 2>$null | Select-Object -Skip 1)
        if ($sessions.Count -gt 1) { throw "Refusing to run on ${computer}: $($sessions.Count) user sessions are open (quser). A lab VM has only yours; log the others off first." }
    }
}

function Set-RdpLabContext {
    # Where the generated scripts are, the manifest that says which fixes restart which services, and where the
    # answers to the open questions (rdp-lab-answers.json) go.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$ScriptFolder, [string]$ManifestPath = '', [Parameter(Mandatory)][string]$ResultsFolder)
    if (-not (Test-Path -LiteralPath $ScriptFolder)) { throw "The generated scripts are not in '$ScriptFolder' on $(Get-RdpLabComputerName): copy the kit's scripts folder there (tools/lab/README.md)." }
    if (-not $ManifestPath) { $ManifestPath = Join-Path $ScriptFolder 'manifest.json' }
    $script:Context.ScriptFolder = $ScriptFolder
    $script:Context.ResultsFolder = $ResultsFolder
    $script:Context.Manifest = if (Test-Path -LiteralPath $ManifestPath) { Get-Content -LiteralPath $ManifestPath -Raw | ConvertFrom-Json } else { $null }
    $null = New-Item -ItemType Directory -Path $ResultsFolder -Force
}

function Get-RdpLabFixMeta {
    param([Parameter(Mandatory)][string]$Id)
    if ($null -eq $script:Context.Manifest) { return $null }
    foreach ($fix in $script:Context.Manifest.fixes) { if ($fix.id -eq $Id) { return $fix } }
    $null
}

function Get-RdpLabSkipReason {
    # Why a case cannot run here (or $null): simulation-only plants on a real host, real-only checks in the
    # simulation, and fixes that restart TermService while the lab runs inside an RDP session it would end.
    param([Parameter(Mandatory)][hashtable]$Case)
    $simulated = Test-RdpLabSimulated
    if ($simulated -and $Case['RealOnly']) { return "needs a real Windows host: $($Case.RealOnly)" }
    if (-not $simulated -and $Case['SimulationOnly']) { return "simulation only: $($Case.SimulationOnly)" }
    $overRdp = "$env:SESSIONNAME" -like 'RDP-Tcp*'
    if (-not $simulated -and $overRdp -and $Case['NeedsConsole']) { return "$($Case.NeedsConsole), which can cut this RDP session: run the lab from the VM console to include it" }
    $meta = Get-RdpLabFixMeta -Id $Case.Id
    $restartsRdp = ($null -ne $meta) -and (@($meta.restartsServices) -contains 'TermService')
    if (-not $simulated -and $restartsRdp -and $overRdp) {
        return "$($Case.Id) restarts TermService, which ends this RDP session: run the lab from the VM console (Hyper-V, vSphere, Azure serial console) to include it"
    }
    if (-not (Test-Path -LiteralPath (Resolve-RdpLabScript -Id $Case.Id -Kind 'diagnose'))) { return "no generated script for $($Case.Id) in $($script:Context.ScriptFolder)" }
    $null
}

function Initialize-RdpLabCase {
    # The simulation starts every case on a fresh healthy host; a real VM carries on (each case heals what it planted).
    if (Test-RdpLabSimulated) { $null = $global:RdpLabSimulation.NewMachine() }
}

function Invoke-RdpLabHost {
    # Runs a plant, a heal or a real-state read on the machine. The script block must be self-contained (it is sent
    # as text to the simulated host): pass what it needs through -Parameters.
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)][scriptblock]$ScriptBlock, [hashtable]$Parameters = @{})
    if (Test-RdpLabSimulated) { return $global:RdpLabSimulation.Invoke($ScriptBlock.ToString(), $Parameters) }
    & $ScriptBlock @Parameters
}

function Resolve-RdpLabScript {
    param([Parameter(Mandatory)][string]$Id, [Parameter(Mandatory)][ValidateSet('diagnose', 'fix', 'rollback')][string]$Kind)
    Join-Path $script:Context.ScriptFolder "$Id.$Kind.local.ps1"
}

function Invoke-RdpLabScript {
    # Runs a generated script (or the rollback.ps1 a run wrote) unattended, the way RMM tools do: on a VM in a child
    # powershell.exe/pwsh -NonInteractive (a confirmation prompt fails there instead of waiting), in the simulation
    # with every prompt declined. Returns Summary (the runner's summary object), Lines, Errors and Exception.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path, [hashtable]$Parameters = @{})
    if (Test-RdpLabSimulated) { return $global:RdpLabSimulation.RunScript($Path, $Parameters) }
    $work = Join-Path $script:Context.ResultsFolder 'steps'
    $null = New-Item -ItemType Directory -Path $work -Force
    $stamp = [guid]::NewGuid().ToString('N')
    $parametersFile = Join-Path $work "$stamp.parameters.json"
    $outFile = Join-Path $work "$stamp.result.json"
    ConvertTo-Json -InputObject $Parameters -Depth 4 | Set-Content -LiteralPath $parametersFile -Encoding UTF8
    $engine = (Get-Process -Id $PID).Path
    & $engine -NoProfile -NonInteractive -ExecutionPolicy Bypass -File (Join-Path $PSScriptRoot 'RdpLab.Step.ps1') -Script $Path -ParametersFile $parametersFile -OutFile $outFile | Out-Null
    if (-not (Test-Path -LiteralPath $outFile)) { throw "The step '$Path' on $env:COMPUTERNAME wrote no result ($outFile); exit code $LASTEXITCODE." }
    Get-Content -LiteralPath $outFile -Raw | ConvertFrom-Json
}

function Get-RdpLabSummaryList {
    # A list from the runner's summary (Found, Changed, Verified, Failed) as strings; empty when absent.
    param($Result, [Parameter(Mandatory)][string]$Name)
    if ($null -eq $Result -or $null -eq $Result.Summary) { return @() }
    $property = $Result.Summary.PSObject.Properties[$Name]
    if ($null -eq $property -or $null -eq $property.Value) { return @() }
    @($property.Value | ForEach-Object { "$_" })
}

function Format-RdpLabRun {
    # What a failure message shows about a run: its exception, errors and last console lines.
    param($Result)
    if ($null -eq $Result) { return '(no run)' }
    $text = @()
    if ($Result.Exception) { $text += "exception: $($Result.Exception)" }
    foreach ($e in @($Result.Errors)) { if ($e) { $text += "error: $e" } }
    $text += @($Result.Lines) | Select-Object -Last 25
    $text -join "`n"
}

function Add-RdpLabAnswer {
    # Records the observed answer to an open question of windows-audit.md section 3 (written at once, so a crash keeps it).
    param([Parameter(Mandatory)][string]$Question, [Parameter(Mandatory)]$Answer)
    $script:Context.Answers[$Question] = $Answer
    $file = Join-Path $script:Context.ResultsFolder 'rdp-lab-answers.json'
    [ordered]@{ computer = $env:COMPUTERNAME; recorded = (Get-Date).ToString('o'); answers = $script:Context.Answers } |
        ConvertTo-Json -Depth 6 | Set-Content -LiteralPath $file -Encoding UTF8
}

. (Join-Path $PSScriptRoot 'RdpLab.State.ps1')

Export-ModuleMember -Function '*-RdpLab*'
