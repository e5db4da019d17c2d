using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace PsHarness.Engine;

/// <summary>Runs the lab kit (tools/lab/*.Tests.ps1, the Pester suite an admin runs on a disposable Windows VM) against
/// the simulated host, so the suite cannot rot: Pester 6.2.0 from NuGet in an ordinary PowerShell runspace (the SDK's
/// cmdlets, no mocks), and every plant, real-state read and generated script sent through <see cref="LabBridge"/> to a
/// mocked runspace. Each Pester test becomes one result in the group "lab"; a skipped test is a SKIP with its reason.</summary>
public static class LabSuite
{
    public static void Run(string corpus, string labFolder, string resultsFolder, Report report)
    {
        const string group = "lab";
        var pester = Path.Combine(AppContext.BaseDirectory, "Pester", "Pester.psd1");
        if (!File.Exists(pester)) { report.Add(group, "Pester 6.2.0 is available", false, $"{pester} is missing: the build copies it from the NuGet package Pester 6.2.0 (PackageDownload in PsHarness.csproj); run dotnet restore."); return; }
        if (!File.Exists(Path.Combine(labFolder, "RdpLab.Tests.ps1"))) { report.Add(group, "the lab suite exists", false, $"{labFolder}/RdpLab.Tests.ps1 is missing."); return; }
        var bridge = new LabBridge(Path.GetFullPath(Path.Combine(corpus, "generated")));
        Directory.CreateDirectory(resultsFolder);
        var iss = InitialSessionState.CreateDefault();
        iss.Variables.Add(new SessionStateVariableEntry("RdpLabSimulation", bridge, "The simulated Windows host the lab suite runs against (harness only)."));
        using var runspace = RunspaceFactory.CreateRunspace(iss);
        runspace.Open();
        using var ps = PowerShell.Create(runspace);
        ps.AddScript("""
            param($Pester, $LabFolder, $ScriptFolder, $Manifest, $ResultsFolder)
            Import-Module -Name $Pester -Force
            $data = @{ IAcceptThisVmWillBeModified = $true; ScriptFolder = $ScriptFolder; ManifestPath = $Manifest; ResultsFolder = $ResultsFolder }
            $config = New-PesterConfiguration
            $config.Run.Container = @(Get-ChildItem -LiteralPath $LabFolder -Filter '*.Tests.ps1' | Sort-Object Name | ForEach-Object { New-PesterContainer -Path $_.FullName -Data $data })
            $config.Run.PassThru = $true
            $config.Output.Verbosity = 'None'
            $config.TestResult.Enabled = $true
            $config.TestResult.OutputPath = Join-Path $ResultsFolder 'rdp-lab-pester.xml'
            $result = Invoke-Pester -Configuration $config
            foreach ($c in $result.Containers) { if ($c.Result -eq 'Failed' -and $c.ErrorRecord.Count) { [pscustomobject]@{ Name = "container $($c.Item)"; Result = 'Failed'; Message = ($c.ErrorRecord | ForEach-Object { "$_" }) -join "`n" } } }
            foreach ($t in $result.Tests) {
                [pscustomobject]@{ Name = $t.ExpandedPath; Result = "$($t.Result)"; Message = ($t.ErrorRecord | ForEach-Object { "$($_.Exception.Message)" }) -join "`n" }
            }
            """)
          .AddArgument(pester).AddArgument(labFolder).AddArgument(bridge.ScriptFolder)
          .AddArgument(Path.GetFullPath(Path.Combine(corpus, "manifest.json"))).AddArgument(Path.GetFullPath(resultsFolder));
        try
        {
            var tests = ps.Invoke();
            foreach (var error in ps.Streams.Error) report.Add(group, "the suite runs", false, $"{error} {error.InvocationInfo?.PositionMessage}");
            if (tests.Count == 0) report.Add(group, "the suite ran tests", false, "Invoke-Pester returned no tests.");
            foreach (var t in tests)
            {
                var name = t.Properties["Name"].Value?.ToString() ?? "?";
                var message = t.Properties["Message"].Value?.ToString() ?? "";
                switch (t.Properties["Result"].Value?.ToString())
                {
                    case "Passed": report.Add(group, name, true); break;
                    case "Skipped": report.Skip(group, name, message.Length > 0 ? message : "skipped by the suite"); break;
                    case "NotRun": report.Skip(group, name, "not run (filtered out or its block failed)"); break;
                    default: report.Add(group, name, false, message); break;
                }
            }
        }
        catch (RuntimeException ex) { report.Add(group, "the suite runs", false, ex.Message + " " + ex.ErrorRecord?.InvocationInfo?.PositionMessage); }
        finally { LabBridge.Cleanup(); }
    }
}
