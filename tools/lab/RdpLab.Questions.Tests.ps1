# The questions windows-audit.md section 3 says need a real Windows host. Each test RECORDS what this machine does into
# results\rdp-lab-answers.json (attach it to the issue); it fails only when the probe itself could not run. The
# simulated host cannot answer them (its answers would be the model's assumptions), so there they are skipped.
param(
    [switch]$IAcceptThisVmWillBeModified,
    [switch]$AllowDomainMember,
    [string]$ScriptFolder = (Join-Path $PSScriptRoot 'scripts'),
    [string]$ManifestPath = '',
    [string]$ResultsFolder = (Join-Path $PSScriptRoot 'results')
)

BeforeAll {
    Import-Module -Name (Join-Path $PSScriptRoot 'RdpLab.psm1') -Force
    Assert-RdpLabMachine -IAcceptThisVmWillBeModified:$IAcceptThisVmWillBeModified -AllowDomainMember:$AllowDomainMember
    Set-RdpLabContext -ScriptFolder $ScriptFolder -ManifestPath $ManifestPath -ResultsFolder $ResultsFolder
    $simulated = Test-RdpLabSimulated
    $why = 'needs a real Windows host: the simulated host would only echo the model''s assumption (windows-audit.md section 3)'
    $os = if (-not $simulated) { Get-CimInstance -ClassName 'Win32_OperatingSystem' } else { $null }
    if ($os) { Add-RdpLabAnswer -Question 'machine' -Answer ([ordered]@{ caption = $os.Caption; version = $os.Version; build = $os.BuildNumber; powershell = "$($PSVersionTable.PSVersion)"; edition = $PSVersionTable.PSEdition }) }
}

Describe 'windows-audit.md section 3: open questions, answered by this machine' {
    It 'Q1: the process exit code of winmgmt /verifyrepository and /salvagerepository (1358 or 0?)' {
        if ($simulated) { Set-ItResult -Skipped -Because $why }
        $verifyOutput = @(& winmgmt /verifyrepository 2>&1 | ForEach-Object { "$_" }); $verify = $LASTEXITCODE
        # On a consistent repository /salvagerepository only checks it (and rebuilds nothing), so this is safe here.
        $salvageOutput = @(& winmgmt /salvagerepository 2>&1 | ForEach-Object { "$_" }); $salvage = $LASTEXITCODE
        $again = @(& winmgmt /verifyrepository 2>&1 | ForEach-Object { "$_" }); $verifyAfter = $LASTEXITCODE
        Add-RdpLabAnswer -Question 'Q1-winmgmt-exit-code' -Answer ([ordered]@{
                verifyExitCode = $verify; verifyOutput = $verifyOutput; salvageExitCode = $salvage; salvageOutput = $salvageOutput
                verifyAfterSalvageExitCode = $verifyAfter; verifyAfterSalvageOutput = $again
                note = 'Consistent repository: a 0 here says winmgmt sets its process exit code; 1358 on an inconsistent one cannot be planted safely.'
            })
        $verify | Should -Not -BeNullOrEmpty
    }

    It 'Q2: SST export and import into the Remote Desktop store keep the key link; is the f686aace container re-keyed?' {
        if ($simulated) { Set-ItResult -Skipped -Because $why }
        $machineKeys = Join-Path $env:ProgramData 'Microsoft\Crypto\RSA\MachineKeys'
        $containers = { @(Get-ChildItem -LiteralPath $machineKeys -Filter 'f686aace*' -Force | ForEach-Object { [ordered]@{ name = $_.Name; length = $_.Length; written = $_.LastWriteTimeUtc.ToString('o'); sha256 = (Get-FileHash -LiteralPath $_.FullName -Algorithm SHA256 -ErrorAction SilentlyContinue).Hash } }) }
        # (a) A throw-away CAPI certificate: export to SST, delete, import into Remote Desktop, check the key link.
        $cert = New-SelfSignedCertificate -CertStoreLocation 'Cert:\LocalMachine\My' -DnsName 'rdp-lab-sst-probe' -Provider 'Microsoft Enhanced RSA and AES Cryptographic Provider' -KeyExportPolicy Exportable
        $sst = Join-Path $env:TEMP 'rdp-lab-probe.sst'
        $null = Export-Certificate -Cert $cert -FilePath $sst -Type SST
        Remove-Item -LiteralPath "Cert:\LocalMachine\My\$($cert.Thumbprint)"
        $imported = Import-Certificate -FilePath $sst -CertStoreLocation 'Cert:\LocalMachine\Remote Desktop'
        $opens = try { $null -ne [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($imported) } catch { "error: $($_.Exception.Message)" }
        $link = [ordered]@{ hasPrivateKeyAfterImport = $imported.HasPrivateKey; privateKeyOpens = $opens }
        Remove-Item -LiteralPath "Cert:\LocalMachine\Remote Desktop\$($imported.Thumbprint)"
        Remove-Item -LiteralPath $sst
        # (b) What Windows does to the listener container when it regenerates the self-signed certificate.
        $before = & $containers
        $old = @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop')
        foreach ($c in $old) { Remove-Item -LiteralPath "Cert:\LocalMachine\Remote Desktop\$($c.Thumbprint)" }
        Restart-Service -Name 'SessionEnv' -Force
        $deadline = (Get-Date).AddSeconds(60)
        while (@(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop').Count -eq 0 -and (Get-Date) -lt $deadline) { Start-Sleep -Seconds 2 }
        $new = @(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop')
        $after = & $containers
        Add-RdpLabAnswer -Question 'Q2-sst-key-link-and-rekey' -Answer ([ordered]@{
                sstImport = $link
                containersBefore = $before; containersAfter = $after
                oldCertificates = @($old | ForEach-Object { $_.Thumbprint }); newCertificates = @($new | ForEach-Object { $_.Thumbprint })
                secondsToRegenerate = if ($new.Count) { 60 - [int]($deadline - (Get-Date)).TotalSeconds } else { 'not within 60 s' }
            })
        $new.Count | Should -BeGreaterThan 0 -Because 'Windows must mint a new self-signed certificate once SessionEnv restarts (if not, re-enable RDP to get one back)'
    }

    It 'Q3: can a non-elevated token read root\cimv2\TerminalServices?' {
        if ($simulated) { Set-ItResult -Skipped -Because $why }
        $out = Join-Path $env:PUBLIC "rdp-lab-nonelevated-$([guid]::NewGuid().ToString('N')).txt"
        $probe = "try { `$s = Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TSGeneralSetting -Filter `"TerminalName='RDP-Tcp'`" -ErrorAction Stop; 'read: ' + `$s.SSLCertificateSHA1HashType } catch { 'error: ' + `$_.Exception.Message }; 'elevated: ' + ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.SecurityIdentifier]'S-1-5-32-544')"
        $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes("& { $probe } *> '$out'"))
        # runas /trustlevel:0x20000 starts the process with a Basic User (non-elevated) token of this same account.
        $null = & runas.exe /trustlevel:0x20000 "powershell.exe -NoProfile -NonInteractive -EncodedCommand $encoded"
        $deadline = (Get-Date).AddSeconds(30)
        while (-not (Test-Path -LiteralPath $out) -and (Get-Date) -lt $deadline) { Start-Sleep -Seconds 1 }
        Start-Sleep -Seconds 2
        $answer = if (Test-Path -LiteralPath $out) { @(Get-Content -LiteralPath $out) } else { @('no answer within 30 s (runas /trustlevel may be blocked here)') }
        Add-RdpLabAnswer -Question 'Q3-nonelevated-terminalservices-read' -Answer ([ordered]@{ method = 'runas /trustlevel:0x20000 (Basic User token)'; result = $answer })
        if (Test-Path -LiteralPath $out) { Remove-Item -LiteralPath $out }
        $answer | Should -Not -BeNullOrEmpty
    }

    It 'Q4: ServiceController.StartType under StrictMode, and PKI cmdlets through WinPSCompat in pwsh 7' {
        if ($simulated) { Set-ItResult -Skipped -Because $why }
        $release = (Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full' -Name 'Release' -ErrorAction SilentlyContinue).Release
        $startType = & { Set-StrictMode -Version 3.0; try { "$((Get-Service -Name 'TermService').StartType)" } catch { "error: $($_.Exception.Message)" } }
        $pwsh = Get-Command -Name 'pwsh.exe' -ErrorAction SilentlyContinue
        $compat = if ($null -eq $pwsh) { 'pwsh 7 is not installed: not tested' } else {
            $probe = "`$ErrorActionPreference = 'Stop'; try { Import-Module PKI -UseWindowsPowerShell -WarningAction SilentlyContinue; `$c = New-SelfSignedCertificate -CertStoreLocation Cert:\LocalMachine\My -DnsName rdp-lab-compat-probe; `$f = Join-Path `$env:TEMP 'rdp-lab-compat.sst'; `$null = Export-Certificate -Cert `$c -FilePath `$f -Type SST; 'Export-Certificate through WinPSCompat: ok'; Remove-Item -LiteralPath `$f } catch { 'Export-Certificate through WinPSCompat failed: ' + `$_.Exception.Message } finally { Get-ChildItem Cert:\LocalMachine\My | Where-Object Subject -eq 'CN=rdp-lab-compat-probe' | Remove-Item }"
            @(& $pwsh.Source -NoProfile -NonInteractive -Command $probe 2>&1 | ForEach-Object { "$_" })
        }
        Add-RdpLabAnswer -Question 'Q4-starttype-and-winpscompat' -Answer ([ordered]@{ dotNetFrameworkRelease = $release; startTypeUnderStrictMode = $startType; pkiThroughWinPSCompat = $compat })
        $startType | Should -Not -BeNullOrEmpty
    }

    It 'Q5: how long TermService takes to restart, and whether it hangs in Stopping' {
        if ($simulated) { Set-ItResult -Skipped -Because $why }
        if ("$env:SESSIONNAME" -like 'RDP-Tcp*') { Set-ItResult -Skipped -Because 'restarting TermService ends this RDP session: run the lab from the VM console to answer this one' }
        $runs = foreach ($i in 1..3) {
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $job = Start-Job -ScriptBlock { Restart-Service -Name 'TermService' -Force -ErrorAction Stop }
            $stuck = $null
            while ($job.State -eq 'Running' -and $watch.Elapsed.TotalSeconds -lt 120) {
                if ("$((Get-Service -Name 'TermService').Status)" -eq 'StopPending' -and $watch.Elapsed.TotalSeconds -gt 30) { $stuck = 'StopPending after 30 s' }
                Start-Sleep -Milliseconds 500
            }
            $state = "$($job.State)"
            Remove-Job -Job $job -Force
            [ordered]@{ run = $i; seconds = [math]::Round($watch.Elapsed.TotalSeconds, 1); job = $state; hung = $stuck; statusAfter = "$((Get-Service -Name 'TermService').Status)" }
        }
        Add-RdpLabAnswer -Question 'Q5-termservice-restart' -Answer @($runs)
        @($runs).Count | Should -Be 3
    }
}
