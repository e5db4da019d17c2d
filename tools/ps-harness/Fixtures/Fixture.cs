using PsHarness.Engine;
using PsHarness.Model;

namespace PsHarness.Fixtures;

/// <summary>One cause planted on a healthy host. Adding a fix to the harness = one subclass in this folder.</summary>
public abstract class Fixture
{
    /// <summary>The catalogue fix that repairs this cause (folder name under src/catalogue/fixes/).</summary>
    public abstract string FixId { get; }
    /// <summary>The cause id the fix's Get-*Finding must report.</summary>
    public abstract string Cause { get; }
    /// <summary>What the fixture plants, in words (for the report).</summary>
    public abstract string Planted { get; }
    /// <summary>Values for the fix's script parameters; the generated defaults when empty.</summary>
    public virtual IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>();
    public abstract void Plant(WindowsHost host);
    /// <summary>The cause, judged from the model alone (not by the fix's own diagnose): empty = healthy.</summary>
    public abstract IEnumerable<string> Problems(WindowsHost host);
    /// <summary>For a diagnostic-only check: text its console output must contain when the cause is planted, and
    /// must not contain on a healthy host.</summary>
    public virtual string? Evidence => null;
    /// <summary>For a check: the Cause its Get-*Finding returns on a healthy host (null: not checked).</summary>
    public virtual string? HealthyCause => null;
    /// <summary>For a read-only check: the decision its evidence block records for its cause with this fixture planted.
    /// "proven" by default: a check that finds its fault must say so (a NeedsFix-only decision would call it ruled
    /// out). Override with "unknown", and say why, only for a check that cannot tell from the host alone.</summary>
    public virtual string PlantedDecision => "proven";
    /// <summary>Fixtures that cannot be planted on the same host as this one (by fix id), each with the reason. The
    /// "all fixes together" group then runs the all-fixes scripts on as few hosts as that allows.</summary>
    public virtual IReadOnlyDictionary<string, string> ConflictsWith => new Dictionary<string, string>();
    /// <summary>Snapshot parts the rollback is not expected to restore, each with the reason.</summary>
    public virtual IReadOnlyDictionary<string, string> RollbackIgnores => new Dictionary<string, string>();
    /// <summary>Properties of this fix alone (run in its own group after the generic ones), e.g. a second planted
    /// state the fix must handle, or one it must leave alone.</summary>
    public virtual IEnumerable<Engine.FixtureProperty> ExtraChecks => [];
    /// <summary>Properties only this fix has (a hardened variant, an explicit-lowering path…), run in its own group.</summary>
    public virtual IEnumerable<FixtureCheck> Checks => [];
}

/// <summary>One fix-specific property: its name in the report, and the check (null = holds, else why not).</summary>
public sealed record FixtureCheck(string Name, Func<CheckContext, string?> Run);

public static class FixtureList
{
    /// <summary>Every fixture, found by reflection: a new subclass is picked up without registration.</summary>
    public static IReadOnlyList<Fixture> All { get; } = typeof(Fixture).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Fixture)) && !t.IsAbstract)
        .Select(t => (Fixture)Activator.CreateInstance(t)!)
        .OrderBy(f => f.FixId, StringComparer.Ordinal)
        .ToList();

    public static bool Conflict(Fixture a, Fixture b) => a.ConflictsWith.ContainsKey(b.FixId) || b.ConflictsWith.ContainsKey(a.FixId);

    /// <summary>Hosts on which no two fixtures conflict: first fit in fix id order decides how many, then every
    /// fixture is also planted on every other host it fits, so each host holds as many causes as it can.</summary>
    public static List<List<Fixture>> Hosts(IReadOnlyList<Fixture> fixtures)
    {
        var hosts = new List<List<Fixture>>();
        foreach (var f in fixtures)
        {
            var fit = hosts.FirstOrDefault(h => !h.Any(o => Conflict(f, o)));
            if (fit is null) hosts.Add([f]); else fit.Add(f);
        }
        foreach (var f in fixtures)
            foreach (var h in hosts.Where(h => !h.Contains(f) && !h.Any(o => Conflict(f, o))))
                h.Add(f);
        return hosts.Select(h => h.OrderBy(f => f.FixId, StringComparer.Ordinal).ToList()).ToList();
    }
}
