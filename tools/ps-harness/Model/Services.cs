namespace PsHarness.Model;

public sealed class MockService
{
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public string Status { get; set; } = "Running";
    public string StartType { get; set; } = "Automatic";
    public string[] DependsOn { get; init; } = [];
    public override string ToString() => Name;
}

/// <summary>One start or stop, in order, for the "each service at most once, in dependency order" check.</summary>
public sealed record ServiceEvent(string Action, string Service, int Run);
