using System.Text.Json;
using PsHarness.Fixtures;

namespace PsHarness.Engine;

/// <summary>The harness side of the end-to-end evidence test (tests/e2e/evidence-loop.test.ts). The browser
/// generates the scripts; this runs them on the simulated host with one fixture's fault planted:
///   ps-harness --evidence-loop diagnose|fix &lt;fix id&gt; &lt;script.ps1&gt; &lt;result.json&gt;
/// Each call plants the fault on a fresh host: Diagnose is read-only (the "diagnose ... changes nothing"
/// property of every fix group proves it), so the host the Fix script meets is the one Diagnose saw.</summary>
public static class EvidenceLoop
{
    public static int Run(string[] args)
    {
        if (args.Length != 4 || args[0] is not ("diagnose" or "fix"))
        {
            Console.Error.WriteLine("usage: ps-harness --evidence-loop diagnose|fix <fix id> <script.ps1> <result.json>");
            return 2;
        }
        var (mode, fixId, script, output) = (args[0], args[1], Path.GetFullPath(args[2]), args[3]);
        var fixture = FixtureList.All.FirstOrDefault(f => f.FixId == fixId);
        if (fixture is null) { Console.Error.WriteLine($"no fixture for {fixId} in tools/ps-harness/Fixtures"); return 2; }
        var machine = Scenarios.NewMachine([fixture]);
        var before = fixture.Problems(machine.Model).ToList();
        var run = machine.RunFile(script, new Dictionary<string, object>());
        var after = fixture.Problems(machine.Model).ToList();
        var (token, problem) = EvidenceChecks.Extract(run, machine.Model.ComputerName);
        var link = run.Lines.Select(l => l.Split("Open the selector with this evidence: ", 2)).Where(p => p.Length == 2).Select(p => p[1].Trim()).FirstOrDefault();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, JsonSerializer.Serialize(new
        {
            mode, fixId, computer = machine.Model.ComputerName, planted = fixture.Planted,
            problemsBefore = before, problemsAfter = after,
            exitCode = run.ExitCode, exception = run.Exception, errors = run.Errors,
            found = run.SummaryList("Found"), changed = run.SummaryList("Changed"), verified = run.SummaryList("Verified"),
            token, tokenProblem = problem, link, console = run.Lines,
        }, new JsonSerializerOptions { WriteIndented = true }));
        Scenarios.Cleanup();
        return run.Exception is null ? 0 : 1;
    }
}
