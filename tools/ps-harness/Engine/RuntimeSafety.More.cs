using System.Text.RegularExpressions;
using PsHarness.Fixtures;
using PsHarness.Model;

namespace PsHarness.Engine;

public sealed partial class RuntimeSafety
{
    /// <summary>Fragments other helpers own that still read ServiceController.StartType (audit #21); the property
    /// turns itself on for them once the regex no longer matches.</summary>
    private static readonly string[] StillReadsStartType = ["collect-rdp-evidence", "check-session-broker"];
    private static readonly string[] RuntimeActions = ["Back up the current state", "Restart", "Set registry value", "Remove registry value"];

    private void EveryLineNamesItsComputer(string group, string scriptId, IReadOnlyList<Fixture> fixtures, Dictionary<string, object> parameters, bool repairs, string computer)
    {
        report.Check(group, "every console line names its computer (local Fix, -WhatIf, and a remote run over three computers, one unreachable)", () =>
        {
            var m = Scenarios.NewMachine(fixtures);
            var r = m.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            var silent = r.Lines.Where(l => l.Trim() != "" && !l.StartsWith("What if:") && !l.Contains(computer)).ToList();
            if (silent.Count > 0) return $"{silent.Count} line(s) do not name {computer}, e.g.:\n  {string.Join("\n  ", silent.Take(5))}";
            var w = Scenarios.NewMachine(fixtures).RunFile(Script($"{scriptId}.fix.local.ps1"), With(parameters, ("WhatIf", true)));
            var ownWhatIf = w.WhatIf.Where(l => RuntimeActions.Any(a => l.Contains(a)) && !l.Contains(computer)).ToList();
            if (ownWhatIf.Count > 0) return $"the runtime's own 'What if:' lines do not name {computer}:\n  {string.Join("\n  ", ownWhatIf.Take(5))}";
            var computers = new[] { computer, "RDSH-02", "OFFLINE-03" };
            var rm = Scenarios.NewMachine(fixtures);
            var remote = rm.RunFile(Script($"{scriptId}.diagnose.remote.ps1"), With(parameters, ("ComputerName", computers), ("ReportPath", "C:\\Reports\\rdp.csv")));
            var anonymous = remote.Lines.Where(l => l.Trim() != "" && !computers.Any(c => l.Contains(c))).ToList();
            var rows = remote.Output.Where(o => o.Properties["Computer"] != null && o.Properties["Outcome"] != null).Select(o => o.Properties["Computer"].Value?.ToString()).ToList();
            var csv = rm.Paths.ToReal("C:\\Reports\\rdp.csv");
            return Expect(remote.Exception is null, $"the remote run failed:\n{Console(remote)}")
                ?? Expect(anonymous.Count == 0, $"remote lines that name no computer:\n  {string.Join("\n  ", anonymous.Take(5))}")
                ?? Expect(rows.Count == 3 && computers.All(c => rows.Contains(c)), $"expected one result object per computer ({string.Join(", ", computers)}), got: {string.Join(", ", rows)}")
                ?? Expect(File.Exists(csv) && File.ReadAllLines(csv).Length == 4, $"the CSV report {csv} does not hold a header and three rows")
                ?? Expect(remote.ExitCode == 3, $"exit code {remote.ExitCode?.ToString() ?? "none"}, expected 3 (a computer could not be reached)");
        });
        if (!repairs) return;
        // Fragment prompts: listed (not failed) until their owners pass targets through Format-RdpTarget.
        var probe = Scenarios.NewMachine(fixtures).RunFile(Script($"{scriptId}.fix.local.ps1"), With(parameters, ("WhatIf", true)));
        var fragmentLines = probe.WhatIf.Where(l => !l.Contains(computer)).Distinct().ToList();
        if (fragmentLines.Count > 0)
            report.Skip(group, "every fragment prompt names its computer", "fragment ShouldProcess targets without the computer (use Format-RdpTarget): " + string.Join(" | ", fragmentLines.Take(6)));
    }

    private void NotElevatedDiagnose(string group, string scriptId, IReadOnlyList<Fixture> fixtures, Dictionary<string, object> parameters, List<string> ids)
    {
        report.Check(group, "non-elevated Diagnose blames no cause: every check is 'not checked (not elevated)', exit code 6, nothing changed", () =>
        {
            var m = Scenarios.NewMachine(fixtures, h => h.IsElevated = false);
            var before = m.Model.Snapshot();
            var r = m.RunFile(Script($"{scriptId}.diagnose.local.ps1"), parameters);
            var unlabelled = ids.Where(id => !r.Lines.Any(l => l.Contains(id) && l.Contains("not checked (not elevated)"))).ToList();
            return Expect(r.Exception is null, $"the run failed:\n{Console(r)}")
                ?? Expect(r.SummaryList("Found").Length == 0, $"a non-elevated diagnosis reported {string.Join(", ", r.SummaryList("Found"))}:\n{Console(r)}")
                ?? Expect(!Regex.IsMatch(r.Console, @"wmi-repository|Cause", RegexOptions.IgnoreCase) || unlabelled.Count == 0, "a cause was named")
                ?? Expect(unlabelled.Count == 0, $"not labelled 'not checked (not elevated)': {string.Join(", ", unlabelled)}")
                ?? Expect(m.Model.Snapshot() == before, "the diagnosis changed the host")
                ?? Expect(r.ExitCode == 6, $"exit code {r.ExitCode?.ToString() ?? "none"}, expected 6 (NotElevated)");
        });
    }

    private void OldServiceController(string group, string scriptId, IReadOnlyList<Fixture> fixtures, Dictionary<string, object> parameters, IReadOnlyList<FixMeta> metas)
    {
        var name = "Windows PowerShell 5.1 on .NET 4.5.2 (Server 2012 R2; ServiceController has no StartType): Diagnose finds the same as on a current host";
        var readers = fixtures.Select(f => f.FixId).Distinct().Where(id => StillReadsStartType.Contains(id)
            && Directory.GetFiles(Path.Combine(corpus, "fragment", "fixes", id), "*.ps1").Any(f => Regex.IsMatch(File.ReadAllText(f), @"\.StartType\b"))).ToList();
        if (readers.Count > 0) { report.Skip(group, name, $"{string.Join(", ", readers)} still read(s) ServiceController.StartType (their owners must switch to Win32_Service.StartMode)"); return; }
        report.Check(group, name, () =>
        {
            var normal = Scenarios.NewMachine(fixtures).RunFile(Script($"{scriptId}.diagnose.local.ps1"), parameters);
            var m = Scenarios.NewMachine(fixtures, h => h.ServiceControllerHasStartType = false);
            var r = m.RunFile(Script($"{scriptId}.diagnose.local.ps1"), parameters);
            return Expect(r.Exception is null && !r.Console.Contains("Could not diagnose"), $"the diagnosis failed:\n{Console(r)}")
                ?? Expect(string.Join(",", r.SummaryList("Found")) == string.Join(",", normal.SummaryList("Found")), $"found {string.Join(", ", r.SummaryList("Found"))}, a current host {string.Join(", ", normal.SummaryList("Found"))}");
        });
    }

    private void ProgramDataPlanted(string group, string scriptId, IReadOnlyList<Fixture> fixtures, Dictionary<string, object> parameters, bool repairs)
    {
        const string Root = "C:\\ProgramData\\RdpFixGuide";
        report.Check(group, "%ProgramData%\\RdpFixGuide created first by a standard user, or Logs planted as a link: the run writes nothing there and changes nothing", () =>
        {
            var m = Scenarios.NewMachine(fixtures);
            Directory.CreateDirectory(m.Paths.ToReal(Root));
            m.Model.WorkspaceAcls[Root] = "O:BUG:BUD:(A;OICI;FA;;;BU)";
            var before = m.Model.Snapshot();
            var r = m.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            var written = Directory.GetFiles(m.Paths.ToReal(Root), "*", SearchOption.AllDirectories);
            var fail = Expect(written.Length == 0, $"the run wrote {string.Join(", ", written.Select(Path.GetFileName))} into a folder a standard user owns")
                ?? Expect(m.Model.Snapshot() == before, "the run changed the host")
                ?? Expect(r.Exception?.Contains("standard user") == true, $"the run did not refuse with a reason:\n{Console(r)}");
            if (fail is not null) return fail;
            var l = Scenarios.NewMachine(fixtures);
            var elsewhere = l.Paths.ToReal("C:\\Users\\Public\\elsewhere");
            Directory.CreateDirectory(elsewhere);
            Directory.CreateDirectory(l.Paths.ToReal(Root));
            Directory.CreateSymbolicLink(l.Paths.ToReal(Root + "\\Logs"), elsewhere);
            var lr = l.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            return Expect(Directory.GetFiles(elsewhere).Length == 0, $"the run wrote {string.Join(", ", Directory.GetFiles(elsewhere).Select(Path.GetFileName))} through a planted link")
                ?? Expect(lr.Exception?.Contains("junction or symbolic link") == true, $"the run did not refuse the link:\n{Console(lr)}");
        });
        if (!repairs) return;
        report.Check(group, "Rollback with the backup root skips a later run folder a standard user planted and restores the newest trusted run", () =>
        {
            var ignores = fixtures.SelectMany(f => f.RollbackIgnores.Keys).Distinct().ToArray();
            var m = Scenarios.NewMachine(fixtures);
            var start = m.Model.Snapshot(ignores);
            var f = m.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            if (f.SummaryValue("Backup") is not { Length: > 0 } backup) return $"the Fix run wrote no backup:\n{Console(f)}";
            var planted = $"{Root}\\Backup\\29991231-235959-{m.Model.ComputerName}";
            Directory.CreateDirectory(m.Paths.ToReal(planted));
            File.WriteAllText(m.Paths.ToReal(planted + "\\rollback.ps1"), "'planted'");
            m.Model.WorkspaceAcls[planted] = "O:BUG:BUD:(A;OICI;FA;;;BU)";
            var r = m.RunFile(Script($"{scriptId}.rollback.local.ps1"), new Dictionary<string, object> { ["BackupPath"] = Root + "\\Backup" });
            return Expect(r.Exception is null && r.Errors.Count == 0, $"the rollback failed:\n{Console(r)}")
                ?? Expect(m.Model.Snapshot(ignores) == start, $"the rollback did not restore the state before Fix:\n{Console(r)}")
                ?? Expect(Path.GetFileName(r.SummaryValue("Backup") ?? "") == backup.Split('\\').Last(), $"restored from {r.SummaryValue("Backup")}, not the trusted run {backup}");
        });
    }

    private void FailedNeverVerified(string group, string scriptId, IReadOnlyList<Fixture> fixtures, Dictionary<string, object> parameters, List<FixMeta> repairable)
    {
        var target = repairable[0];
        report.Check(group, $"a step that fails during Apply ({target.Id}, after making its change) is Failed and never also Verified; the summary keeps Backup and Rollback", () =>
        {
            var m = Scenarios.NewMachine(fixtures);
            m.FailCommands[$"Repair-{target.Noun}"] = $"$f = ${{function:Repair-{target.Noun}}}; & $f @args; throw 'simulated failure after the change'";
            var r = m.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            return Expect(r.Exception is null, $"the run did not return:\n{Console(r)}")
                ?? Expect(r.SummaryList("Failed").Contains(target.Id), $"{target.Id} is not in Failed:\n{Console(r)}")
                ?? Expect(!r.SummaryList("Verified").Contains(target.Id), $"{target.Id} is both Failed and Verified")
                ?? Expect(r.SummaryValue("Backup") is { Length: > 0 } && r.SummaryValue("Rollback") is { Length: > 0 }, "the summary lost Backup or Rollback")
                ?? Expect(r.ExitCode == 3, $"exit code {r.ExitCode?.ToString() ?? "none"}, expected 3 (Failed)");
        });
    }

    private void CertificatePoll(string group, string scriptId, IReadOnlyList<Fixture> fixtures, Dictionary<string, object> parameters, List<FixMeta> repairable)
    {
        if (!repairable.Any(r => r.RestartsServices.Contains("SessionEnv"))) { report.Skip(group, "certificate poll", "no selected fix restarts SessionEnv"); return; }
        report.Check(group, "Windows creates the new certificate 6 s after SessionEnv starts: verify waits for it (up to 30 s) and reports every fix Verified", () =>
        {
            var m = Scenarios.NewMachine(fixtures, h => h.CertificateDelaySeconds = 6);
            var r = m.RunFile(Script($"{scriptId}.fix.local.ps1"), AllowDrop(scriptId, parameters));
            var notVerified = repairable.Select(x => x.Id).Except(r.SummaryList("Verified")).ToList();
            return Expect(notVerified.Count == 0, $"not verified: {string.Join(", ", notVerified)}:\n{Console(r)}");
        });
    }

    private void RollbackScriptGoesOn(string group, string scriptId, IReadOnlyList<Fixture> fixtures, Dictionary<string, object> parameters, List<FixMeta> repairable)
    {
        report.Check(group, "rollback.ps1 writes a transcript into its backup folder and goes on past a restore that fails (exit code 3)", () =>
        {
            var m = Scenarios.NewMachine(fixtures);
            var f = m.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            if (f.SummaryValue("Rollback") is not { Length: > 0 } rollback) return $"the Fix run wrote no rollback.ps1:\n{Console(f)}";
            var changed = f.SummaryList("Changed").ToList();
            var first = repairable.First(x => x.Id == changed.Last());
            m.FailCommands[$"Restore-{first.Noun}"] = "throw 'simulated restore failure'";
            var r = m.RunFile(m.Paths.ToReal(rollback), new Dictionary<string, object>());
            var folder = m.Paths.ToReal(f.SummaryValue("Backup")!);
            var missing = changed.Where(id => !r.Console.Contains($"Restoring {id}")).ToList();
            return Expect(r.Exception is null, $"rollback.ps1 stopped at the failure:\n{Console(r)}")
                ?? Expect(missing.Count == 0, $"rollback.ps1 did not go on to {string.Join(", ", missing)}:\n{Console(r)}")
                ?? Expect(Directory.GetFiles(folder, "rollback-*.log").Length == 1, "no rollback-*.log transcript in the backup folder")
                ?? Expect(r.ExitCode == 3, $"exit code {r.ExitCode?.ToString() ?? "none"}, expected 3");
        });
    }
}
