using System.Text.Json;

namespace PsHarness.Engine;

/// <summary>The decision a Diagnose run's evidence block records for one fix, read as the selector reads it: for
/// fix-specific properties that plant a variant (a GPO, a refused port) and check what the technician is told.</summary>
public static class EvidenceDecision
{
    public sealed record Decision(string Cause, string State, string Finding);

    /// <summary>(the fix's decision, null) or (null, why there is none).</summary>
    public static (Decision? Decision, string? Problem) Of(RunResult r, string computer, string fixId)
    {
        var (token, problem) = EvidenceChecks.Extract(r, computer);
        if (token is null) return (null, problem);
        var b64 = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var body = JsonDocument.Parse(Convert.FromBase64String(b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '='))).RootElement;
        var own = body.GetProperty("decisions").EnumerateArray().Where(d => d.GetProperty("fix").GetString() == fixId).ToList();
        if (own.Count != 1) return (null, $"expected one decision from {fixId}, found {own.Count}:\n{r.Describe()}");
        return (new Decision(own[0].GetProperty("cause").GetString()!, own[0].GetProperty("state").GetString()!, own[0].GetProperty("finding").GetString()!), null);
    }

    /// <summary>null when the run's evidence decides <paramref name="cause"/> as <paramref name="state"/> by <paramref name="finding"/>.</summary>
    public static string? Expect(RunResult r, string computer, string fixId, string cause, string state, string finding)
    {
        var (decision, problem) = Of(r, computer, fixId);
        if (decision is null) return problem;
        return decision == new Decision(cause, state, finding) ? null
            : $"the evidence says cause {decision.Cause} is {decision.State} (by {decision.Finding}); expected {cause} {state} by {finding}:\n{r.Describe()}";
    }
}
