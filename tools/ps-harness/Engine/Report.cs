namespace PsHarness.Engine;

public sealed record CheckResult(string Group, string Name, bool Passed, string Detail);

/// <summary>Collects check results; prints failures as they happen and the closing count line.</summary>
public sealed class Report
{
    public List<CheckResult> Results { get; } = [];

    public void Add(string group, string name, bool passed, string detail = "")
    {
        Results.Add(new(group, name, passed, detail));
        if (!passed) Console.WriteLine($"FAIL {group} › {name}\n  {detail.Replace("\n", "\n  ")}");
    }

    /// <summary>Runs a check; an exception fails it with the message (and does not stop the others).</summary>
    public void Check(string group, string name, Func<string?> body)
    {
        try
        {
            var problem = body();
            Add(group, name, problem is null, problem ?? "");
        }
        catch (Exception ex)
        {
            Add(group, name, false, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Properties that cannot apply to a group, each with the reason (printed, and kept in harness.json).</summary>
    public List<CheckResult> Skipped { get; } = [];

    public void Skip(string group, string name, string reason)
    {
        Skipped.Add(new(group, name, true, reason));
        Console.WriteLine($"SKIP {group} › {name}: {reason}");
    }

    public int Passed => Results.Count(r => r.Passed);
    public int Failed => Results.Count(r => !r.Passed);
}
