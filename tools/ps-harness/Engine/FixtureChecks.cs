using PsHarness.Fixtures;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>A property one fixture adds for its own fix (Fixture.ExtraChecks): a name and a body that returns null
/// when it holds, else what went wrong.</summary>
public sealed record FixtureProperty(string Name, Func<FixtureContext, string?> Body);

/// <summary>What a fixture's own properties need: fresh simulated machines and the fix's generated scripts.</summary>
public sealed class FixtureContext(string corpus, string fixId, IReadOnlyDictionary<string, object> parameters)
{
    public string FixId => fixId;
    public string Fragment(string relative) => File.ReadAllText(Path.Combine(corpus, "fragment", relative));
    public string Script(string mode) => Path.GetFullPath(Path.Combine(corpus, "generated", $"{fixId}.{mode}.local.ps1"));

    /// <summary>A healthy host, then <paramref name="plant"/> (the fixture itself is not planted unless the body does it).</summary>
    public Simulator Machine(Action<WindowsHost> plant) => Scenarios.NewMachine([], plant);

    public RunResult Diagnose(Simulator m) => m.RunFile(Script("diagnose"), new Dictionary<string, object>(parameters));
    public RunResult Fix(Simulator m) => m.RunFile(Script("fix"), new Dictionary<string, object>(parameters) { ["Confirm"] = false });
    public RunResult RollbackOf(Simulator m, RunResult fix) => m.RunFile(m.Paths.ToReal(fix.SummaryValue("Rollback") ?? throw new InvalidOperationException($"the Fix run wrote no rollback.ps1:\n{fix.Describe()}")), new Dictionary<string, object>());

    public static string? Ran(RunResult r, string what) => r.Exception is null && r.Errors.Count == 0 ? null : $"{what} failed:\n{r.Describe()}";
    public static string? Expect(bool ok, string message) => ok ? null : message;
    public static string? Same(string before, string after, string what) => Scenarios.SnapshotDiff(before, after, what);
}
