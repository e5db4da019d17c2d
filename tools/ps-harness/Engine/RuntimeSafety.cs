using System.Text.RegularExpressions;
using PsHarness.Fixtures;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>The runtime's safety rules (issue 11, "What to build" §2), as properties over every fix group and
/// fixture: generic in the engine, judged from the model and the console, never from the fix's own words.</summary>
public sealed partial class RuntimeSafety(string corpus, Report report)
{
    private string Script(string name) => Path.GetFullPath(Path.Combine(corpus, "generated", name));
    private static string? Expect(bool ok, string message) => ok ? null : message;
    private static Dictionary<string, object> With(IReadOnlyDictionary<string, object> p, params (string Key, object Value)[] more)
    {
        var d = new Dictionary<string, object>(p);
        foreach (var (k, v) in more) d[k] = v;
        return d;
    }
    private static bool TermServiceStopped(Simulator m, int run) => m.Model.ServiceLog.Any(s => s.Run == run && s.Action == "stop" && s.Service == "TermService");
    private static string Console(RunResult r) => r.Describe(60);

    /// <summary>Fix ids marked high risk, read from the generated header ("RISK: high for a, b; read its page first.").</summary>
    private HashSet<string> HighRisk(string scriptId)
    {
        var text = File.ReadAllText(Script($"{scriptId}.fix.local.ps1"));
        var m = Regex.Match(text, @"RISK: high for ([^;]+);");
        return m.Success ? m.Groups[1].Value.Split(',').Select(s => s.Trim()).ToHashSet() : [];
    }

    /// <summary>-AllowSessionDrop, when the script has it (only scripts with a fix that drops sessions do).</summary>
    private Dictionary<string, object> AllowDrop(string scriptId, Dictionary<string, object> parameters) =>
        Regex.IsMatch(File.ReadAllText(Script($"{scriptId}.fix.local.ps1")), @"^    \[switch\]\$AllowSessionDrop", RegexOptions.Multiline) ? With(parameters, ("AllowSessionDrop", true)) : parameters;

    public void Run(string scriptId, IReadOnlyList<Fixture> fixtures, IReadOnlyList<FixMeta> metas, string? groupName = null)
    {
        var group = groupName ?? scriptId;
        var parameters = fixtures.SelectMany(f => f.Parameters).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
        var ids = fixtures.Select(f => f.FixId).ToList();
        var repairable = metas.Where(m => m.Kind == "fix" && ids.Contains(m.Id)).ToList();
        var restartsTermService = repairable.Any(m => m.RestartsServices.Contains("TermService"));
        var fix = $"{scriptId}.fix.local.ps1";
        var computer = Baseline.Healthy().ComputerName;

        EveryLineNamesItsComputer(group, scriptId, fixtures, parameters, repairable.Count > 0, computer);
        NotElevatedDiagnose(group, scriptId, fixtures, parameters, ids);
        OldServiceController(group, scriptId, fixtures, parameters, metas);
        ProgramDataPlanted(group, scriptId, fixtures, parameters, repairable.Count > 0);
        if (repairable.Count == 0)
        {
            foreach (var name in new[] { "sessions", "hanging service", "non-interactive", "failed never verified", "certificate poll", "rollback.ps1 transcript" })
                report.Skip(group, name, "a diagnostic-only check changes and restarts nothing");
            return;
        }

        report.Check(group, "sessions present (one active, one disconnected, other users): TermService is not restarted without -AllowSessionDrop, locally or over WinRM (exit code 4, nothing changed)", () =>
        {
            foreach (var remote in new[] { false, true })
            {
                var m = Scenarios.NewMachine(fixtures, SessionsOn);
                var before = m.Model.Snapshot();
                var run = m.Model.Run + 1;
                var r = remote ? m.RunFile(Script($"{scriptId}.fix.remote.ps1"), With(parameters, ("ComputerName", new[] { computer })))
                               : m.RunFile(Script(fix), parameters);
                var where = remote ? "over WinRM" : "locally";
                if (TermServiceStopped(m, run) || m.Model.DroppedSessions.Count > 0)
                    return $"{where}: TermService was restarted and {m.Model.DroppedSessions.Count} session(s) dropped without -AllowSessionDrop:\n{Console(r)}";
                if (!restartsTermService) continue;
                var fail = Expect(r.Exception is null, $"{where}: the run failed instead of refusing:\n{Console(r)}")
                    ?? Expect(m.Model.Snapshot() == before, $"{where}: the refused run changed the host")
                    ?? Expect(r.ExitCode == 4, $"{where}: exit code {r.ExitCode?.ToString() ?? "none"}, expected 4 (SessionsPresent)")
                    ?? Expect(r.Console.Contains("2 user session(s)"), $"{where}: the console does not say how many sessions:\n{Console(r)}");
                if (fail is not null) return fail;
            }
            if (!restartsTermService) return null;
            var allowed = Scenarios.NewMachine(fixtures, SessionsOn);
            var a = allowed.RunFile(Script(fix), With(parameters, ("AllowSessionDrop", true)));
            var prompt = a.Prompts.FirstOrDefault(p => p.Contains("TermService"));
            return Expect(allowed.Model.DroppedSessions.Count == 2, $"with -AllowSessionDrop the restart did not happen:\n{Console(a)}")
                ?? Expect(prompt is not null && prompt.Contains(computer), $"the TermService restart was not a High-impact prompt naming {computer}: {string.Join(" / ", a.Prompts)}");
        });

        var restarted = repairable.SelectMany(m => m.RestartsServices).Distinct().ToList();
        if (restarted.Count == 0) report.Skip(group, "hanging service", "no selected fix restarts a service");
        else report.Check(group, $"a service that hangs while stopping ({string.Join(", ", restarted)}): the run returns the summary with Backup and Rollback, lists the restart as Failed and verifies nothing that needed it", () =>
        {
            // Only a running service can hang while stopping; a stopped one (start-rdp-services planted) is just started.
            var probe = Scenarios.NewMachine(fixtures);
            var running = restarted.Where(s => probe.Model.Service(s).Status == "Running").ToList();
            if (running.Count == 0) return null;
            var m = Scenarios.NewMachine(fixtures, h => { foreach (var s in running) h.HangsOnStop.Add(s); });
            var r = m.RunFile(Script(fix), AllowDrop(scriptId, parameters));
            var needing = repairable.Where(x => x.RestartsServices.Any(running.Contains)).Select(x => x.Id).ToList();
            return Expect(r.Exception is null, $"the run did not return:\n{Console(r)}")
                ?? Expect(r.SummaryValue("Backup") is { Length: > 0 } && r.SummaryValue("Rollback") is { Length: > 0 }, $"the summary has no Backup or Rollback path:\n{Console(r)}")
                ?? Expect(r.SummaryList("Failed").Any(f => f.StartsWith("restart-")), $"the failed restart is not in Failed: {string.Join(", ", r.SummaryList("Failed"))}")
                ?? Expect(!needing.Intersect(r.SummaryList("Verified")).Any(), $"{string.Join(", ", needing.Intersect(r.SummaryList("Verified")))} is Verified although its service never restarted")
                ?? Expect(r.ExitCode == 3, $"exit code {r.ExitCode?.ToString() ?? "none"}, expected 3 (Failed)")
                ?? Expect(r.Console.Contains("Rollback") || r.Console.Contains("rollback.ps1"), "the console does not name the rollback");
        });

        var high = HighRisk(scriptId).Intersect(ids).ToList();
        var asks = high.Count > 0 || restartsTermService;
        report.Check(group, asks
            ? $"non-interactive host (prompts throw as in -NonInteractive): a High-impact step ({string.Join(", ", high.Append(restartsTermService ? "TermService restart" : "").Where(x => x != ""))}) is refused with exit code 5 and nothing changed; -Confirm:$false repairs"
            : "non-interactive host: a run with nothing High-impact completes without a prompt", () =>
        {
            var m = Scenarios.NewMachine(fixtures, h => h.IsInteractive = false);
            var before = m.Model.Snapshot();
            var r = m.RunFile(Script(fix), parameters);
            if (!asks)
                return Expect(r.Exception is null && r.Prompts.Count == 0, $"the run prompted or failed:\n{Console(r)}")
                    ?? Expect(r.ExitCode == 0, $"exit code {r.ExitCode?.ToString() ?? "none"}, expected 0");
            var fail = Expect(r.Exception is null, $"the run failed instead of refusing:\n{Console(r)}")
                ?? Expect(r.Prompts.Count == 0, $"the run tried to prompt: {string.Join(" / ", r.Prompts)}")
                ?? Expect(m.Model.Snapshot() == before, "the refused run changed the host")
                ?? Expect(r.ExitCode == 5, $"exit code {r.ExitCode?.ToString() ?? "none"}, expected 5 (NeedsConfirmation):\n{Console(r)}");
            if (fail is not null) return fail;
            var c = Scenarios.NewMachine(fixtures, h => h.IsInteractive = false);
            var ok = c.RunFile(Script(fix), With(parameters, ("Confirm", false)));
            var left = fixtures.Where(f => repairable.Any(x => x.Id == f.FixId)).SelectMany(f => f.Problems(c.Model)).ToList();
            return Expect(ok.Exception is null && left.Count == 0, $"with -Confirm:$false the run did not repair: {string.Join("; ", left)}\n{Console(ok)}");
        });

        FailedNeverVerified(group, scriptId, fixtures, parameters, repairable);
        CertificatePoll(group, scriptId, fixtures, parameters, repairable);
        RollbackScriptGoesOn(group, scriptId, fixtures, parameters, repairable);
        ReviewChecks(group, scriptId, fixtures, parameters, repairable, computer);
    }

    private static void SessionsOn(WindowsHost h)
    {
        h.Sessions.Add(new UserSession("alice", "rdp-tcp#3", 2, "Active"));
        h.Sessions.Add(new UserSession("bob", "", 3, "Disc"));
    }
}
