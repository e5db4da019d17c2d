using PsHarness.Fixtures;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>What a fix-specific property (Fixture.Checks) needs: fresh machines with the fixture planted, the
/// generated scripts of its fix, and the parameters its group runs with.</summary>
public sealed class CheckContext(Fixture fixture, Func<string, string> script, IReadOnlyDictionary<string, object> parameters)
{
    public Fixture Fixture { get; } = fixture;

    /// <summary>A fresh machine: the healthy baseline, the fixture, then <paramref name="alsoPlant"/> (a variant).</summary>
    public Simulator Machine(Action<WindowsHost>? alsoPlant = null, bool plantFixture = true) =>
        Scenarios.NewMachine(plantFixture ? [Fixture] : [], alsoPlant);

    /// <summary>Runs the fix's generated script (mode: diagnose, fix or rollback) on <paramref name="machine"/>.</summary>
    public RunResult Run(Simulator machine, string mode = "fix", IReadOnlyDictionary<string, object>? extra = null, Func<string, bool>? answer = null)
    {
        var all = new Dictionary<string, object>(parameters);
        foreach (var p in extra ?? new Dictionary<string, object>()) all[p.Key] = p.Value;
        return machine.RunFile(script($"{Fixture.FixId}.{mode}.local.ps1"), all, answer);
    }

    /// <summary>null when the run neither threw nor wrote an error record.</summary>
    public static string? Ran(RunResult r, string what) =>
        r.Exception is null && r.Errors.Count == 0 ? null : $"{what} failed:\n{r.Describe()}";

    public static string? Expect(bool ok, string message) => ok ? null : message;
}
