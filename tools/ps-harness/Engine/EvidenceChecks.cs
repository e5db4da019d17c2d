using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PsHarness.Fixtures;

namespace PsHarness.Engine;

/// <summary>The evidence block every Diagnose run prints (src/catalogue/common/evidence.ps1), read the way the
/// selector reads it (src/lib/evidence/parse-evidence.ts): one block per computer, every line naming it, a
/// checksum that matches, only known ids, and the fix's own cause decided right: proven with its fault planted,
/// ruled out on a healthy host. A read-only check (kind diagnostic) never reports NeedsFix, so it must state its
/// decision itself: proven with its fault planted (Fixture.PlantedDecision), never proven on a healthy host, and a
/// proven or ruled-out decision names one of its own findings, not the runner's fix.&lt;id&gt;.needs-fix.</summary>
public sealed class EvidenceChecks(string corpus, JsonElement manifest, Report report)
{
    private const string Begin = "-----BEGIN RDP FIX EVIDENCE-----";
    private const string End = "-----END RDP FIX EVIDENCE-----";
    private static readonly Regex Token = new(@"^rfe1\.([A-Za-z0-9_-]+)\.([0-9a-f]{16})$");

    private string Site => manifest.GetProperty("evidence").GetProperty("site").GetString()!;
    private HashSet<string> FindingIds => manifest.GetProperty("evidence").GetProperty("findingIds").EnumerateArray().Select(x => x.GetString()!).ToHashSet();

    /// <summary>First 16 hex digits of SHA-256 over the ASCII payload, as the script and the page compute it.</summary>
    public static string Checksum(string payload) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(payload)))[..16];

    /// <summary>The one evidence token in a run's console, checked line by line; (token, null) or (null, why not).</summary>
    public static (string? Token, string? Problem) Extract(RunResult r, string computer)
    {
        var prefix = $"[{computer}] [INFO] ";
        var lines = r.Lines.Select(l => l.TrimEnd()).ToList();
        var begin = lines.FindIndex(l => l.EndsWith(Begin, StringComparison.Ordinal));
        if (begin < 0 || lines.Count(l => l.EndsWith(Begin, StringComparison.Ordinal)) != 1) return (null, $"expected one '{Begin}' line:\n{r.Describe()}");
        if (begin + 2 >= lines.Count || !lines[begin + 2].EndsWith(End, StringComparison.Ordinal)) return (null, $"the evidence line is not followed by '{End}':\n{r.Describe()}");
        foreach (var line in lines.Skip(begin).Take(3))
            if (!line.StartsWith(prefix, StringComparison.Ordinal)) return (null, $"evidence line does not name its computer ('{prefix}'): {line}");
        return (lines[begin + 1][prefix.Length..], null);
    }

    /// <summary>Why a token is not what the selector accepts for this fix and expected state, or null.</summary>
    public string? Validate(string token, string computer, FixMeta meta, Fixture fixture, string expected, RunResult r)
    {
        var m = Token.Match(token);
        if (!m.Success) return $"the evidence line is not rfe1.<base64url>.<16 hex digits>: {token}";
        var (payload, checksum) = (m.Groups[1].Value, m.Groups[2].Value);
        if (Checksum(payload) != checksum) return $"the checksum {checksum} does not match the payload (expected {Checksum(payload)})";
        var b64 = payload.Replace('-', '+').Replace('_', '/');
        var body = JsonDocument.Parse(Convert.FromBase64String(b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '='))).RootElement;
        if (body.GetProperty("format").GetInt32() != 1) return "format is not 1";
        if (body.GetProperty("site").GetString() != Site) return $"site is {body.GetProperty("site")}, not the baked {Site}";
        if (body.GetProperty("computer").GetString() != computer) return $"computer is {body.GetProperty("computer")}, not {computer}";
        var known = FindingIds;
        var fixIds = manifest.GetProperty("fixes").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToHashSet();
        foreach (var finding in body.GetProperty("findings").EnumerateObject())
        {
            var runner = Regex.Match(finding.Name, @"^fix\.([a-z0-9-]+)\.needs-fix$");
            if (!known.Contains(finding.Name) && !(runner.Success && fixIds.Contains(runner.Groups[1].Value)))
                return $"finding id '{finding.Name}' is not in src/lib/evidence/finding-ids.ts: the selector would refuse this evidence";
            if (finding.Value.ValueKind != JsonValueKind.String || finding.Value.GetString()!.Length > 120) return $"finding {finding.Name} is not a string of at most 120 characters: {finding.Value}";
        }
        var own = body.GetProperty("decisions").EnumerateArray().Where(d => d.GetProperty("fix").GetString() == meta.Id).ToList();
        var isFix = meta.Kind == "fix";
        var planted = expected == "proven";
        if (!isFix && own.Count == 0) return null; // a check whose Cause is empty decides nothing
        if (own.Count != 1) return $"expected one decision from {meta.Id}, found {own.Count}:\n{r.Describe()}";
        var decision = own[0];
        var (cause, state, by) = (decision.GetProperty("cause").GetString(), decision.GetProperty("state").GetString(), decision.GetProperty("finding").GetString()!);
        if ((isFix || planted) && cause != fixture.Cause) return $"{meta.Id} decided cause {cause}, not {fixture.Cause}";
        if (isFix && state != expected) return $"{meta.Id} says its cause is {state}, expected {expected}:\n{r.Describe()}";
        if (!isFix && planted && state != fixture.PlantedDecision)
            return $"the check {meta.Id} found its fault ({fixture.Planted}) but its evidence says cause {cause} is {state}, expected {fixture.PlantedDecision}: the selector would show a found fault as {state}:\n{r.Describe()}";
        if (!isFix && !planted && state == "proven") return $"the check {meta.Id} says cause {cause} is proven on a healthy host (by {by}):\n{r.Describe()}";
        if (!isFix && state != "unknown" && by == $"fix.{meta.Id}.needs-fix")
            return $"the check {meta.Id} decided cause {cause} {state} by its NeedsFix, which a check never sets: name the finding that decides it (DecidedBy)";
        return body.GetProperty("findings").TryGetProperty(by, out _) ? null : $"the decision names finding {by}, which the evidence does not hold";
    }

    public void Run(FixMeta meta, Fixture fixture)
    {
        var script = Path.GetFullPath(Path.Combine(corpus, "generated", $"{meta.Id}.diagnose.local.ps1"));
        foreach (var (planted, expected, what) in new[] { (true, "proven", "with its fault planted"), (false, "ruled-out", "on a healthy host") })
        {
            var decided = meta.Kind == "fix" ? expected : planted ? fixture.PlantedDecision : "ruled-out or unknown";
            report.Check(meta.Id, $"evidence: the Diagnose run {what} ends with one well-formed block, its link, and the cause {decided}", () =>
            {
                var m = Scenarios.NewMachine(planted ? [fixture] : []);
                var r = m.RunFile(script, fixture.Parameters.ToDictionary(p => p.Key, p => p.Value));
                var computer = m.Model.ComputerName;
                var (token, problem) = Extract(r, computer);
                if (token is null) return problem;
                if (!r.Lines.Any(l => l.Contains($"Open the selector with this evidence: {Site}#evidence={token}", StringComparison.Ordinal)))
                    return $"no link '{Site}#evidence=<token>' line:\n{r.Describe()}";
                return Validate(token, computer, meta, fixture, expected, r);
            });
        }
        if (meta.Kind != "fix")
            report.Check(meta.Id, "evidence: with its Decision taken out, the check's found fault is recorded unknown, never ruled out (Add-RdpEvidence reads the step's Kind)", () =>
            {
                // The same generated script with the check's own Decision/DecidedBy removed: what a future check
                // that forgets to decide would print. NeedsFix is false, which must not read as "ruled out".
                var text = Regex.Replace(File.ReadAllText(script), @"; Decision = [^;}]+(?:; DecidedBy = [^;}]+)?", "");
                var copy = Path.Combine(Path.GetTempPath(), $"ps-harness-undecided-{meta.Id}-{Environment.ProcessId}.ps1");
                File.WriteAllText(copy, text);
                try
                {
                    var m = Scenarios.NewMachine([fixture]);
                    var r = m.RunFile(copy, fixture.Parameters.ToDictionary(p => p.Key, p => p.Value));
                    var (decision, problem) = EvidenceDecision.Of(r, m.Model.ComputerName, meta.Id);
                    if (decision is null) return problem;
                    return decision.State == "unknown" ? null : $"without a Decision, {meta.Id} recorded cause {decision.Cause} as {decision.State} (by {decision.Finding}), expected unknown:\n{r.Describe()}";
                }
                finally { File.Delete(copy); }
            });
        report.Check(meta.Id, "evidence: the checksum catches a one-character change anywhere in the payload", () =>
        {
            var m = Scenarios.NewMachine([fixture]);
            var r = m.RunFile(script, fixture.Parameters.ToDictionary(p => p.Key, p => p.Value));
            var (token, problem) = Extract(r, m.Model.ComputerName);
            if (token is null) return problem;
            var match = Token.Match(token);
            var payload = match.Groups[1].Value;
            for (var i = 0; i < payload.Length; i++)
            {
                var changed = payload[..i] + (payload[i] == 'A' ? 'B' : 'A') + payload[(i + 1)..];
                if (Checksum(changed) == match.Groups[2].Value) return $"changing character {i} of the payload kept the checksum";
            }
            return null;
        });
    }
}
