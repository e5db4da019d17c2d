<#
.SYNOPSIS
    Runs the RDP Fix Guide lab on a disposable Windows VM and packs the result to attach to an issue.
.DESCRIPTION
    Plants every fault in RdpLab.Cases.ps1 with real Windows commands, runs each generated script's Diagnose, -WhatIf,
    Fix, a second Fix and the rollback.ps1 it wrote, checks the real state after each step, and records the answers to
    the open questions of windows-audit.md section 3. Writes results\<time>-<computer>.zip. See README.md.
.EXAMPLE
    .\Invoke-RdpLab.ps1 -IAcceptThisVmWillBeModified
#>
#Requires -Version 5.1
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    # Says this is a disposable VM: the lab changes MachineKeys ACLs, RDP settings, services, firewall rules and certificates.
    [switch]$IAcceptThisVmWillBeModified,
    # The VM is a disposable domain member (a domain controller is always refused).
    [switch]$AllowDomainMember,
    # The generated scripts (<fix>.diagnose|fix|rollback.local.ps1) and manifest.json.
    [string]$ScriptFolder = (Join-Path $PSScriptRoot 'scripts'),
    [string]$ResultsFolder = (Join-Path $PSScriptRoot 'results'),
    # Leave out the open questions (they take about 5 minutes: certificate regeneration, TermService restarts).
    [switch]$SkipQuestions
)
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

Import-Module -Name (Join-Path $PSScriptRoot 'RdpLab.psm1') -Force
# Refuse before anything else is loaded or written.
Assert-RdpLabMachine -IAcceptThisVmWillBeModified:$IAcceptThisVmWillBeModified -AllowDomainMember:$AllowDomainMember

# Pester 6.2.0: the kit's own copy (Pester\ beside this file, unpacked from the NuGet package), else an installed one.
# Windows ships Pester 3.4, which cannot run this suite, so the version is pinned.
$bundled = Join-Path $PSScriptRoot 'Pester\Pester.psd1'
if (Test-Path -LiteralPath $bundled) { Import-Module -Name $bundled -Force }
else {
    $installed = Get-Module -ListAvailable -Name 'Pester' | Where-Object { $_.Version -eq [version]'6.2.0' } | Select-Object -First 1
    if ($null -eq $installed) { throw "Pester 6.2.0 is not in $PSScriptRoot\Pester nor installed on $env:COMPUTERNAME. Unpack the tools folder of pester.6.2.0.nupkg to $PSScriptRoot\Pester (README.md, 'Pester offline')." }
    Import-Module -Name $installed.Path -Force
}

$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$ResultsFolder = Join-Path $ResultsFolder "$stamp-$env:COMPUTERNAME"
$null = New-Item -ItemType Directory -Path $ResultsFolder -Force
$data = @{ IAcceptThisVmWillBeModified = $true; AllowDomainMember = [bool]$AllowDomainMember; ScriptFolder = $ScriptFolder; ResultsFolder = $ResultsFolder }
$files = @('RdpLab.Tests.ps1') + @(if (-not $SkipQuestions) { 'RdpLab.Questions.Tests.ps1' })
$config = New-PesterConfiguration
$config.Run.Container = @($files | ForEach-Object { New-PesterContainer -Path (Join-Path $PSScriptRoot $_) -Data $data })
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
$config.TestResult.Enabled = $true
$config.TestResult.OutputFormat = 'NUnitXml'
$config.TestResult.OutputPath = Join-Path $ResultsFolder 'rdp-lab-pester.xml'
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$result = Invoke-Pester -Configuration $config

$os = Get-CimInstance -ClassName 'Win32_OperatingSystem'
$summary = [ordered]@{
    computer = $env:COMPUTERNAME; os = $os.Caption; build = $os.BuildNumber; powershell = "$($PSVersionTable.PSVersion) $($PSVersionTable.PSEdition)"
    minutes = [math]::Round($watch.Elapsed.TotalMinutes, 1); passed = $result.PassedCount; failed = $result.FailedCount; skipped = $result.SkippedCount
    tests = @($result.Tests | ForEach-Object { [ordered]@{ name = $_.ExpandedPath; result = "$($_.Result)"; message = (@($_.ErrorRecord) | ForEach-Object { "$($_.Exception.Message)" }) -join "`n" } })
}
ConvertTo-Json -InputObject $summary -Depth 5 | Set-Content -LiteralPath (Join-Path $ResultsFolder 'rdp-lab-results.json') -Encoding UTF8
$zip = "$ResultsFolder.zip"
Compress-Archive -Path (Join-Path $ResultsFolder '*') -DestinationPath $zip -Force
Write-Host ''
Write-Host "Lab on ${env:COMPUTERNAME}: $($result.PassedCount) passed, $($result.FailedCount) failed, $($result.SkippedCount) skipped in $($summary.minutes) min."
Write-Host "Attach $zip to the issue (it holds rdp-lab-results.json, rdp-lab-answers.json and the Pester NUnit XML)."
Write-Host 'Then revert the VM to its checkpoint.'
if ($result.FailedCount -gt 0) { exit 1 }
