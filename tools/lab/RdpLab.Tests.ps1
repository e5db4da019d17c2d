# The RDP Fix Guide lab: every fault in the table (RdpLab.Cases.ps1) planted on the machine with real Windows commands,
# then Diagnose, -WhatIf, Fix, a second Fix and the rollback.ps1 the run wrote, with the REAL state read after each step.
# On a VM: run Invoke-RdpLab.ps1 (tools/lab/README.md). In `npm test` the harness runs this file against the simulated host.
param(
    [switch]$IAcceptThisVmWillBeModified,
    [switch]$AllowDomainMember,
    [string]$ScriptFolder = (Join-Path $PSScriptRoot 'scripts'),
    [string]$ManifestPath = '',
    [string]$ResultsFolder = (Join-Path $PSScriptRoot 'results')
)

BeforeDiscovery {
    $cases = @(& (Join-Path $PSScriptRoot 'RdpLab.Cases.ps1'))
}

BeforeAll {
    Import-Module -Name (Join-Path $PSScriptRoot 'RdpLab.psm1') -Force
    Assert-RdpLabMachine -IAcceptThisVmWillBeModified:$IAcceptThisVmWillBeModified -AllowDomainMember:$AllowDomainMember
    Set-RdpLabContext -ScriptFolder $ScriptFolder -ManifestPath $ManifestPath -ResultsFolder $ResultsFolder
}

Describe 'the guard' {
    It 'refuses to run without -IAcceptThisVmWillBeModified' {
        { Assert-RdpLabMachine } | Should -Throw -ExpectedMessage '*-IAcceptThisVmWillBeModified*'
    }
}

Describe '<Id>: <Name>' -ForEach $cases {
    BeforeAll {
        $case = $_
        $run = @{ Skip = Get-RdpLabSkipReason -Case $case; Fix = $null; Saved = $null }
        $parameters = if ($case['Parameters']) { $case.Parameters.Clone() } else { @{} }
        $ignore = if ($case['RollbackIgnores']) { @($case.RollbackIgnores.Keys) } else { @() }
        $problems = { param([hashtable]$Case) if ($Case['Problem']) { @(Invoke-RdpLabHost -ScriptBlock $Case.Problem | Where-Object { $_ }) } else { @() } }
        if (-not $run.Skip) {
            Initialize-RdpLabCase
            $run.Healthy = Get-RdpLabState
            if ($case['Save'] -and -not (Test-RdpLabSimulated)) { $run.Saved = @(Invoke-RdpLabHost -ScriptBlock $case.Save)[-1] }
            # A plant may return script parameters it made up (the thumbprint of the certificate it created).
            foreach ($made in @(Invoke-RdpLabHost -ScriptBlock $case.Plant | Where-Object { $_ -is [System.Collections.IDictionary] })) {
                foreach ($key in @($made.Keys)) { $parameters[$key] = $made[$key] }
            }
            $run.Planted = Get-RdpLabState
        }
        $fixParameters = $parameters.Clone()
        if ($case['Approve']) { $fixParameters['Confirm'] = $false }
    }
    AfterAll {
        # A real VM carries on to the next case: put back what this one planted.
        if (-not $run.Skip -and -not (Test-RdpLabSimulated)) {
            if ($case['Heal']) { $null = Invoke-RdpLabHost -ScriptBlock $case.Heal -Parameters @{ Saved = $run.Saved } }
            Restore-RdpLabState -Healthy $run.Healthy
        }
    }

    if ($Expect -eq 'Repair') {
        It 'the plant produces the fault (by the case''s own real-state check)' {
            if ($run.Skip) { Set-ItResult -Skipped -Because $run.Skip }
            $found = & $problems $case
            $found.Count | Should -BeGreaterThan 0 -Because 'the plant must leave the machine broken, or the rest proves nothing'
        }
        It 'Diagnose reports it and changes nothing' {
            if ($run.Skip) { Set-ItResult -Skipped -Because $run.Skip }
            $r = Invoke-RdpLabScript -Path (Resolve-RdpLabScript -Id $Id -Kind 'diagnose') -Parameters $parameters
            (Compare-RdpLabState -Before $run.Planted -After (Get-RdpLabState)) | Should -BeNullOrEmpty -Because 'Diagnose is read-only'
            (Get-RdpLabSummaryList $r 'Found') | Should -Contain $Id -Because (Format-RdpLabRun $r)
        }
        It '-WhatIf changes nothing and announces what it would change' {
            if ($run.Skip) { Set-ItResult -Skipped -Because $run.Skip }
            $backups = { @(Get-ChildItem -LiteralPath (Join-Path $env:ProgramData 'RdpFixGuide\Backup') -Directory -ErrorAction SilentlyContinue).Count }
            $before = @(Invoke-RdpLabHost -ScriptBlock $backups)[-1]
            $r = Invoke-RdpLabScript -Path (Resolve-RdpLabScript -Id $Id -Kind 'fix') -Parameters ($fixParameters + @{ WhatIf = $true })
            (Compare-RdpLabState -Before $run.Planted -After (Get-RdpLabState)) | Should -BeNullOrEmpty -Because '-WhatIf must change nothing'
            @(Invoke-RdpLabHost -ScriptBlock $backups)[-1] | Should -Be $before -Because '-WhatIf must write no backup folder'
            @($r.Lines | Where-Object { "$_" -like 'What if:*' }).Count | Should -BeGreaterThan 0 -Because (Format-RdpLabRun $r)
        }
        It 'Fix removes the fault, lowers no security setting and leaves no key file with an empty DACL' {
            if ($run.Skip) { Set-ItResult -Skipped -Because $run.Skip }
            $run.Fix = Invoke-RdpLabScript -Path (Resolve-RdpLabScript -Id $Id -Kind 'fix') -Parameters $fixParameters
            $after = Get-RdpLabState
            $run.AfterFix = $after
            (Get-RdpLabEmptyDacl -Before $run.Planted -After $after) | Should -BeNullOrEmpty -Because 'a key file with an empty DACL takes down every service using that key (audit #1)'
            (Get-RdpLabLoweredSetting -Before $run.Planted -After $after) | Should -BeNullOrEmpty -Because 'a fix never lowers a security setting'
            (& $problems $case) | Should -BeNullOrEmpty -Because (Format-RdpLabRun $run.Fix)
            $run.Fix.Summary.Rollback | Should -Not -BeNullOrEmpty -Because 'the run must write its rollback.ps1'
        }
        It 'a second Fix changes nothing' {
            if ($run.Skip) { Set-ItResult -Skipped -Because $run.Skip }
            if ($null -eq $run.AfterFix) { Set-ItResult -Skipped -Because 'the first Fix did not run' }
            $r = Invoke-RdpLabScript -Path (Resolve-RdpLabScript -Id $Id -Kind 'fix') -Parameters $fixParameters
            (Compare-RdpLabState -Before $run.AfterFix -After (Get-RdpLabState)) | Should -BeNullOrEmpty -Because (Format-RdpLabRun $r)
            (Get-RdpLabSummaryList $r 'Found') | Should -Not -Contain $Id
        }
        It 'the rollback.ps1 the run wrote restores the state before Fix' {
            if ($run.Skip) { Set-ItResult -Skipped -Because $run.Skip }
            if (-not ($run.Fix -and $run.Fix.Summary -and $run.Fix.Summary.Rollback)) { Set-ItResult -Skipped -Because 'the Fix run wrote no rollback.ps1' }
            $r = Invoke-RdpLabScript -Path $run.Fix.Summary.Rollback
            "$($r.Exception)" | Should -BeNullOrEmpty
            (Compare-RdpLabState -Before $run.Planted -After (Get-RdpLabState) -Ignore $ignore) | Should -BeNullOrEmpty -Because (Format-RdpLabRun $r)
        }
    }
    else {
        It 'Diagnose changes nothing' {
            if ($run.Skip) { Set-ItResult -Skipped -Because $run.Skip }
            $r = Invoke-RdpLabScript -Path (Resolve-RdpLabScript -Id $Id -Kind 'diagnose') -Parameters $parameters
            (Compare-RdpLabState -Before $run.Planted -After (Get-RdpLabState)) | Should -BeNullOrEmpty -Because (Format-RdpLabRun $r)
        }
        It 'an unattended Fix with the default parameters leaves this setting alone' {
            if ($run.Skip) { Set-ItResult -Skipped -Because $run.Skip }
            $r = Invoke-RdpLabScript -Path (Resolve-RdpLabScript -Id $Id -Kind 'fix') -Parameters $parameters
            $after = Get-RdpLabState
            (Get-RdpLabLoweredSetting -Before $run.Planted -After $after) | Should -BeNullOrEmpty -Because 'a fix never lowers a security setting the admin did not type'
            (Compare-RdpLabState -Before $run.Planted -After $after) | Should -BeNullOrEmpty -Because "$Name is not a fault ($Audit)`n$(Format-RdpLabRun $r)"
        }
    }
}
