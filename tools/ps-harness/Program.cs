// ps-harness: PowerShell's own parser over the generated-script corpus, then every fix run against a
// simulated Windows host. Usage: ps-harness <corpus dir> [--out harness.json] [--only <fix id|all|parse|lab>]
using System.Text.Json;
using PsHarness.Engine;
using PsHarness.Fixtures;

// The end-to-end evidence test drives single runs from the browser test (tests/e2e/evidence-loop.test.ts).
if (args.FirstOrDefault() == "--evidence-loop") return EvidenceLoop.Run(args[1..]);

var corpus = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "test-results/ps-corpus";
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var output = Option("--out") ?? "test-results/harness.json";
var only = Option("--only");
var manifestPath = Path.Combine(corpus, "manifest.json");
if (!File.Exists(manifestPath))
{
    Console.Error.WriteLine($"ps-harness: {manifestPath} not found. Write the corpus first: node scripts/write-ps-corpus.mjs (npm run test:harness does)");
    return 2;
}
var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath)).RootElement;
var report = new Report();

if (only is null or "parse") ParseChecks.Run(corpus, manifest, report);
if (only is null or "model") ModelChecks.Run(report);

var metas = manifest.GetProperty("fixes").EnumerateArray().Select(f => new FixMeta(
    f.GetProperty("id").GetString()!, f.GetProperty("kind").GetString()!, f.GetProperty("noun").GetString()!,
    f.GetProperty("restartsServices").EnumerateArray().Select(x => x.GetString()!).ToArray(),
    f.GetProperty("parameters").EnumerateArray().Select(x => x.GetString()!).ToArray(),
    f.GetProperty("runsOn").GetString()!)).ToList();
var scenarios = new Scenarios(corpus, report);
var evidence = new EvidenceChecks(corpus, manifest, report);
var safety = new RuntimeSafety(corpus, report);
var simulated = new List<string>();
foreach (var meta in metas)
{
    var fixture = FixtureList.All.FirstOrDefault(f => f.FixId == meta.Id);
    if (fixture is null)
    {
        report.Add(meta.Id, "has a fixture in tools/ps-harness/Fixtures", false,
            $"No fixture plants the cause '{meta.Id}' repairs: add tools/ps-harness/Fixtures/<Name>.cs (see tools/ps-harness/README.md).");
        continue;
    }
    simulated.Add(meta.Id);
    if (only is null || only == meta.Id) { scenarios.RunGroup(meta.Id, [fixture], metas); safety.Run(meta.Id, [fixture], metas); evidence.Run(meta, fixture); }
}
var withFixtures = FixtureList.All.Where(f => simulated.Contains(f.FixId)).ToList();
// Client and host fixes never share a script (the generator refuses the mix), so "all fixes together" is two
// groups: every host fix, and every client fix.
foreach (var side in new[] { "host", "client" })
{
    var groupId = $"all-{side}";
    if (!(only is null || only == "all" || only == groupId) || withFixtures.Count != metas.Count) continue;
    var sideFixtures = withFixtures.Where(f => metas.First(m => m.Id == f.FixId).RunsOn == side).ToList();
    // Causes that cannot coexist (one listener binding, for instance) go to separate hosts; every host runs the
    // same all-fixes scripts, so every fix is diagnosed (and must leave alone) the causes it does not own.
    var hosts = FixtureList.Hosts(sideFixtures);
    for (var i = 0; i < hosts.Count; i++)
    {
        var name = hosts.Count == 1 ? $"all {side} fixes" : $"all {side} fixes (host {i + 1} of {hosts.Count})";
        foreach (var f in hosts[i])
            foreach (var c in f.ConflictsWith.Where(c => hosts[i].All(o => o.FixId != c.Key)))
                Console.WriteLine($"  {name}: {f.FixId} not planted with {c.Key}: {c.Value}");
        scenarios.RunGroup(groupId, hosts[i], metas, name);
        safety.Run(groupId, hosts[i], metas, name);
    }
}
if ((only is null || only == "safety") && withFixtures.Count == metas.Count)
{
    new SafetyRules(corpus, report).Run(withFixtures, metas);
    MixRule.Run(manifest, metas, report);
}

// The lab kit (tools/lab): the Pester suite an admin runs on a real VM, here against the simulated host.
if (only is null or "lab") LabSuite.Run(corpus, Path.GetFullPath("tools/lab"), Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, "lab"), report);

Scenarios.Cleanup();
var details = report.Results.Select(r => new { r.Group, r.Name, r.Passed, r.Detail }).ToList();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, JsonSerializer.Serialize(new
{
    passed = report.Passed,
    failed = report.Failed,
    scriptsParsed = report.Results.Count(r => r.Group == "parse"),
    fixtures = withFixtures.Select(f => new { fix = f.FixId, cause = f.Cause, planted = f.Planted }),
    details,
    skipped = report.Skipped.Select(r => new { r.Group, r.Name, reason = r.Detail }),
}, new JsonSerializerOptions { WriteIndented = true }));
foreach (var g in report.Results.Where(r => r.Group != "parse").GroupBy(r => r.Group))
    Console.WriteLine($"  {g.Key}: {g.Count(r => r.Passed)}/{g.Count()} properties hold");
Console.WriteLine($"  parse: {report.Results.Count(r => r.Group == "parse" && r.Passed)}/{report.Results.Count(r => r.Group == "parse")} corpus files parse and match tree-sitter");
Console.WriteLine($"harness: {report.Passed} passed, {report.Failed} failed");
return report.Failed == 0 ? 0 : 1;
