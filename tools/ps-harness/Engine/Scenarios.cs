using System.Text.RegularExpressions;
using PsHarness.Fixtures;
using PsHarness.Model;

namespace PsHarness.Engine;

public sealed record FixMeta(string Id, string Kind, string Noun, string[] RestartsServices, string[] Parameters, string RunsOn = "host");

/// <summary>The properties every fix must have on the simulated host (and all fixes together).</summary>
public sealed class Scenarios(string corpus, Report report)
{
    private string Script(string name) => Path.GetFullPath(Path.Combine(corpus, "generated", name));

    private static readonly List<string> Roots = [];

    /// <summary>Deletes the simulated disks of this process (backups, rollback.ps1, transcripts).</summary>
    public static void Cleanup()
    {
        foreach (var root in Roots) try { Directory.Delete(root, true); } catch (IOException) { }
        Roots.Clear();
    }

    /// <summary>A fresh simulated machine: the model plus an empty temp disk.</summary>
    internal static Simulator NewMachine(IEnumerable<Fixture> plant, Action<WindowsHost>? alsoPlant = null)
    {
        var host = Baseline.Healthy();
        foreach (var f in plant) f.Plant(host);
        alsoPlant?.Invoke(host);
        var root = Directory.CreateTempSubdirectory("ps-harness-");
        Roots.Add(root.FullName);
        Directory.CreateDirectory(Path.Combine(root.FullName, "C", "ProgramData"));
        var paths = new PathMap(root.FullName);
        // Folders and key files with a modelled ACL exist on the disk, so Test-Path and Get-ChildItem see them.
        foreach (var path in host.Acls.Keys)
        {
            var real = paths.ToReal(path);
            if (!host.Files.Contains(path)) { Directory.CreateDirectory(real); continue; }
            Directory.CreateDirectory(Path.GetDirectoryName(real)!);
            File.WriteAllText(real, "simulated key container");
        }
        return new Simulator(host, paths);
    }

    private static string? Expect(bool ok, string message) => ok ? null : message;

    internal static string? SnapshotDiff(string before, string after, string what) => SnapshotSame(before, after, what);

    private static string? SnapshotSame(string before, string after, string what)
    {
        if (before == after) return null;
        var b = before.Split('\n'); var a = after.Split('\n');
        var diff = a.Except(b).Select(l => "+ " + l.Trim()).Concat(b.Except(a).Select(l => "- " + l.Trim())).Take(12);
        return $"{what} changed the host:\n{string.Join("\n", diff)}";
    }

    private static string? Ran(RunResult r, string what) =>
        r.Exception is null && r.Errors.Count == 0 ? null : $"{what} failed:\n{r.Describe()}";

    private static readonly Regex Stamp = new(@"\d{8}-\d{6}");

    /// <summary>Runs every property for one group of fixtures with the scripts named by <paramref name="scriptId"/>.</summary>
    public void RunGroup(string scriptId, IReadOnlyList<Fixture> fixtures, IReadOnlyList<FixMeta> metas, string? groupName = null)
    {
        var group = groupName ?? scriptId;
        var parameters = fixtures.SelectMany(f => f.Parameters).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
        var ignores = fixtures.SelectMany(f => f.RollbackIgnores).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
        var problems = (WindowsHost h) => fixtures.SelectMany(f => f.Problems(h)).ToList();
        var ids = fixtures.Select(f => f.FixId).ToList();
        var repairable = metas.Where(m => m.Kind == "fix" && ids.Contains(m.Id)).ToList();
        // Diagnostic-only checks never report NeedsFix: the runner lists only fixes in Found, and a check's
        // result is judged by the evidence it prints (Fixture.Evidence) and the Cause it returns.
        var checks = fixtures.Where(f => metas.First(m => m.Id == f.FixId).Kind != "fix").ToList();
        var found = ids.Except(checks.Select(c => c.FixId)).ToList();
        var repairs = (WindowsHost h) => fixtures.Except(checks).SelectMany(f => f.Problems(h)).ToList();

        report.Check(group, "healthy host: diagnose finds nothing and changes nothing", () =>
        {
            var m = NewMachine([]);
            if (problems(m.Model) is { Count: > 0 } p) return "the baseline host already has the problem: " + string.Join("; ", p);
            var before = m.Model.Snapshot();
            var r = m.RunFile(Script($"{scriptId}.diagnose.local.ps1"), parameters);
            var evidence = checks.Where(c => c.Evidence is { } e && r.Console.Contains(e, StringComparison.OrdinalIgnoreCase)).Select(c => c.Evidence).ToList();
            return Ran(r, "diagnose") ?? SnapshotSame(before, m.Model.Snapshot(), "diagnose")
                ?? Expect(r.SummaryList("Found").Length == 0, $"diagnose reported {string.Join(", ", r.SummaryList("Found"))} on a healthy host:\n{r.Describe()}")
                ?? Expect(evidence.Count == 0, $"a check printed the evidence of a planted cause on a healthy host ({string.Join("; ", evidence)}):\n{r.Describe()}");
        });

        report.Check(group, "diagnose reports the planted cause and changes nothing", () =>
        {
            var m = NewMachine(fixtures);
            if (problems(m.Model).Count == 0) return "the fixture planted nothing the model can see";
            var before = m.Model.Snapshot();
            var r = m.RunFile(Script($"{scriptId}.diagnose.local.ps1"), parameters);
            var missing = found.Except(r.SummaryList("Found")).ToList();
            var silent = checks.Where(c => !r.Console.Contains(c.Evidence!, StringComparison.OrdinalIgnoreCase)).Select(c => $"{c.FixId} (expected '{c.Evidence}')").ToList();
            return Ran(r, "diagnose") ?? SnapshotSame(before, m.Model.Snapshot(), "diagnose")
                ?? Expect(missing.Count == 0, $"diagnose did not report {string.Join(", ", missing)}:\n{r.Describe()}")
                ?? Expect(silent.Count == 0, $"the check did not print its evidence: {string.Join(", ", silent)}:\n{r.Describe()}")
                ?? Expect(!Directory.Exists(m.Paths.ToReal("C:\\ProgramData\\RdpFixGuide\\Backup")), "diagnose wrote a backup folder");
        });

        foreach (var fixture in fixtures)
        {
            var meta = metas.First(x => x.Id == fixture.FixId);
            var isFix = meta.Kind == "fix";
            (string? Cause, bool NeedsFix, string? Failure) Finding(IEnumerable<Fixture> plant)
            {
                var m = NewMachine(plant);
                var helpers = File.ReadAllText(Path.Combine(corpus, "fragment", "common", "helpers.ps1"));
                var diagnose = File.ReadAllText(Path.Combine(corpus, "fragment", "fixes", fixture.FixId, "diagnose.ps1"));
                var args = string.Join(" ", meta.Parameters.Select(p => $"-{p} '{(fixture.Parameters.TryGetValue(p, out var v) ? v : DefaultOf(p))}'"));
                var r = m.RunText($"Set-StrictMode -Version 3.0\n$ErrorActionPreference = 'Stop'\n{helpers}\n{diagnose}\nGet-{meta.Noun}Finding {args}");
                var finding = r.Output.LastOrDefault();
                return (finding?.Properties["Cause"]?.Value?.ToString(), finding?.Properties["NeedsFix"]?.Value is true, Ran(r, "the diagnose function"));
            }
            report.Check(group, $"Get-{meta.Noun}Finding returns Cause '{fixture.Cause}'{(isFix ? " with NeedsFix" : ", NeedsFix false (a check)")}", () =>
            {
                var (cause, needs, failure) = Finding([fixture]);
                return failure ?? Expect(cause == fixture.Cause && needs == isFix, $"got Cause '{cause}', NeedsFix {needs}");
            });
            if (fixture.HealthyCause is { } healthyCause)
                report.Check(group, $"healthy host: Get-{meta.Noun}Finding returns Cause '{healthyCause}'", () =>
                {
                    var (cause, needs, failure) = Finding([]);
                    return failure ?? Expect(cause == healthyCause && !needs, $"got Cause '{cause}', NeedsFix {needs}");
                });
        }

        // Properties a fixture adds for its own fix (Fixture.ExtraChecks), run in that fix's own group.
        if (fixtures.Count == 1 && fixtures[0].FixId == scriptId)
        {
            var context = new FixtureContext(corpus, scriptId, parameters);
            foreach (var check in fixtures[0].ExtraChecks) report.Check(group, check.Name, () => check.Body(context));
        }
        // Fix-specific properties (Fixture.Checks), in the fix's own group only.
        if (fixtures.Count == 1 && group == fixtures[0].FixId)
        {
            var context = new CheckContext(fixtures[0], Script, parameters);
            foreach (var check in fixtures[0].Checks) report.Check(group, check.Name, () => check.Run(context));
        }

        if (repairable.Count == 0)
        {
            report.Check(group, "Fix mode of a check changes nothing, writes no backup and says so", () =>
            {
                var m = NewMachine(fixtures);
                var before = m.Model.Snapshot();
                var r = m.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
                return Ran(r, "fix mode") ?? SnapshotSame(before, m.Model.Snapshot(), "Fix mode of a check")
                    ?? Expect(!Directory.Exists(m.Paths.ToReal("C:\\ProgramData\\RdpFixGuide\\Backup")), "Fix mode of a check wrote a backup folder")
                    ?? Expect(r.Console.Contains("Nothing to change"), "Fix mode of a check did not say 'Nothing to change'");
            });
            foreach (var skipped in new[] { "-WhatIf", "ShouldProcess gating", "Fix repairs", "service restarts", "second run", "rollback.ps1", "Rollback script" })
                report.Skip(group, skipped, "a diagnostic-only check changes nothing, so there is nothing to announce, repair or roll back (its generator output has no Rollback mode)");
            return;
        }

        report.Check(group, "-WhatIf changes nothing and announces every change", () =>
        {
            var m = NewMachine(fixtures);
            var before = m.Model.Snapshot();
            var w = m.RunFile(Script($"{scriptId}.fix.local.ps1"), With(parameters, "WhatIf", true));
            var fail = Ran(w, "-WhatIf") ?? SnapshotSame(before, m.Model.Snapshot(), "-WhatIf")
                ?? Expect(!Directory.Exists(m.Paths.ToReal("C:\\ProgramData\\RdpFixGuide\\Backup")), "-WhatIf wrote a backup folder");
            if (fail is not null) return fail;
            // What the real run changes, by name, must appear in a "What if:" line.
            var real = NewMachine(fixtures);
            var run = real.Model.Run + 1;
            var f = real.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            if (Ran(f, "fix") is { } broken) return broken;
            var whatIf = string.Join("\n", w.WhatIf);
            var entities = real.Model.Changes.Where(c => c.Run == run && c.Entity is not null).Select(c => c.Entity!)
                .Concat(real.Model.ServiceLog.Where(s => s.Run == run && s.Action == "start").Select(s => s.Service)
                    .Where(s => !real.Model.Dependents(s).Any() || true))
                .Distinct().ToList();
            var restarted = real.Model.ServiceLog.Where(s => s.Run == run && s.Action == "stop").Select(s => s.Service).ToHashSet();
            // A dependent stopped and started by Restart-Service -Force is announced by its parent's line.
            entities = entities.Where(e => !real.Model.Services.TryGetValue(e, out var svc) || !svc.DependsOn.Any(restarted.Contains)).ToList();
            var silent = entities.Where(e => !whatIf.Contains(e, StringComparison.OrdinalIgnoreCase)).ToList();
            return Expect(w.WhatIf.Any(), "-WhatIf printed no 'What if:' line")
                ?? Expect(silent.Count == 0, $"the Fix run changed {string.Join(", ", silent)}, but no 'What if:' line names it:\n{whatIf}");
        });

        report.Check(group, "every change is behind ShouldProcess (declining all but the backup changes nothing)", () =>
        {
            var m = NewMachine(fixtures);
            var before = m.Model.Snapshot();
            var r = m.RunFile(Script($"{scriptId}.fix.local.ps1"), With(parameters, "Confirm", true),
                answer: prompt => prompt.Contains("Back up the current state") || prompt.Contains("Create Directory") || prompt.Contains("Set Content") || prompt.Contains("Export certificate") || prompt.Contains("Start-Transcript"));
            return Expect(r.Exception is null, $"the run failed:\n{r.Describe()}") ?? SnapshotSame(before, m.Model.Snapshot(), "a run whose changes were all declined")
                ?? Expect(r.Prompts.Count > 0, "-Confirm asked nothing");
        });

        // Fix, second run, rollback.ps1, the Rollback script: one machine, in sequence.
        var machine = NewMachine(fixtures);
        var planted = machine.Model.Snapshot(ignores.Keys.ToArray());
        var fixRun = machine.Model.Run + 1;
        RunResult? fix = null;
        report.Check(group, "Fix repairs the planted cause (the model ends healthy)", () =>
        {
            fix = machine.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            var left = repairs(machine.Model);
            var notVerified = repairable.Select(r => r.Id).Except(fix.SummaryList("Verified")).ToList();
            return Ran(fix, "fix") ?? Expect(left.Count == 0, "still broken after Fix: " + string.Join("; ", left) + "\n" + fix.Describe())
                ?? Expect(notVerified.Count == 0, $"the summary does not list {string.Join(", ", notVerified)} as Verified")
                ?? Expect(fix.SummaryList("Failed").Length == 0, "the summary lists failures: " + string.Join(", ", fix.SummaryList("Failed")))
                ?? Expect(fix.SummaryValue("Rollback") is { Length: > 0 } rb && File.Exists(machine.Paths.ToReal(rb)), "no rollback.ps1 was written");
        });
        if (fix?.SummaryValue("Rollback") is not { Length: > 0 } rollbackFile) return;

        report.Check(group, "services restart at most once each, in dependency order", () =>
        {
            var log = machine.Model.ServiceLog.Where(s => s.Run == fixRun).ToList();
            var expected = repairable.SelectMany(r => r.RestartsServices).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var twice in log.GroupBy(s => (s.Action, s.Service)).Where(g => g.Count() > 1))
                return $"{twice.Key.Service} was {twice.Key.Action}ed {twice.Count()} times: {string.Join(", ", log.Select(s => s.Action + " " + s.Service))}";
            // Every listed service is (re)started, and no other service is stopped. Starting a stopped service
            // (start-rdp-services) is not a restart, and a restart of a stopped service is only a start.
            var started = log.Where(s => s.Action == "start").Select(s => s.Service).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var stopped = log.Where(s => s.Action == "stop").Select(s => s.Service).Where(s => !machine.Model.Service(s).DependsOn.Any()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (expected.Except(started).ToList() is { Count: > 0 } notStarted) return $"the fixes list [{string.Join(", ", expected)}], but {string.Join(", ", notStarted)} was not restarted";
            if (stopped.Except(expected).ToList() is { Count: > 0 } extra) return $"{string.Join(", ", extra)} was stopped, but no selected fix lists it in restartsServices";
            int At(string action, string service) => log.FindIndex(s => s.Action == action && s.Service == service);
            foreach (var s in log.Where(s => s.Action == "stop"))
                foreach (var dependent in machine.Model.Dependents(s.Service).Where(d => At("stop", d.Name) >= 0))
                    if (At("stop", dependent.Name) > At("stop", s.Service) || At("start", dependent.Name) < At("start", s.Service))
                        return $"{dependent.Name} must stop before and start after {s.Service}: {string.Join(", ", log.Select(x => x.Action + " " + x.Service))}";
            if (At("start", "SessionEnv") >= 0 && At("stop", "TermService") >= 0 && At("start", "SessionEnv") > At("stop", "TermService"))
                return "SessionEnv must be restarted before TermService";
            return null;
        });

        report.Check(group, "a second Fix run changes nothing and says so", () =>
        {
            var before = machine.Model.Snapshot();
            var again = machine.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            return Ran(again, "second run") ?? SnapshotSame(before, machine.Model.Snapshot(), "the second run")
                ?? Expect(again.SummaryList("Found").Length == 0, "the second run still found: " + string.Join(", ", again.SummaryList("Found")))
                ?? Expect(again.Console.Contains("Nothing to change"), "the second run did not say 'Nothing to change'");
        });

        var ignoreNote = ignores.Count == 0 ? "" : " (not compared: " + string.Join("; ", ignores.Select(i => $"{i.Key}, because {i.Value}")) + ")";
        report.Check(group, "the rollback.ps1 the run wrote restores the exact prior state, and a second run of it changes nothing" + ignoreNote, () =>
        {
            var file = machine.Paths.ToReal(rollbackFile);
            var r = machine.RunFile(file, new Dictionary<string, object>());
            var after = machine.Model.Snapshot(ignores.Keys.ToArray());
            var fail = Ran(r, "rollback.ps1") ?? SnapshotSame(planted, after, "rollback.ps1 (compared with the state before Fix)");
            if (fail is not null) return fail;
            var before = machine.Model.Snapshot();
            var twice = machine.RunFile(file, new Dictionary<string, object>());
            return Ran(twice, "rollback.ps1, second time") ?? SnapshotSame(before, machine.Model.Snapshot(), "a second rollback.ps1 run");
        });

        report.Check(group, "the generated Rollback script (-BackupPath) restores the exact prior state", () =>
        {
            var m = NewMachine(fixtures);
            var start = m.Model.Snapshot(ignores.Keys.ToArray());
            var f = m.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            if (Ran(f, "fix") is { } broken) return broken;
            var backup = f.SummaryValue("Backup") ?? "";
            var r = m.RunFile(Script($"{scriptId}.rollback.local.ps1"), new Dictionary<string, object> { ["BackupPath"] = backup });
            return Ran(r, "rollback script") ?? SnapshotSame(start, m.Model.Snapshot(ignores.Keys.ToArray()), "the Rollback script (compared with the state before Fix)");
        });

        report.Check(group, "the backup folder is writable by SYSTEM and Administrators only, and rollback refuses one a standard user could have written to", () =>
        {
            var m = NewMachine(fixtures);
            var f = m.RunFile(Script($"{scriptId}.fix.local.ps1"), parameters);
            if (Ran(f, "fix") is { } broken) return broken;
            var backup = f.SummaryValue("Backup") ?? "";
            var acl = NativeTools.WorkspaceAcl(m.Model, m.Paths, backup);
            var others = acl?.Aces.Where(a => a.Sid is not ("S-1-5-18" or "S-1-5-32-544")).ToList() ?? [];
            var fail = Expect(acl is { Protected: true, Owner: "S-1-5-32-544" } && others.Count == 0,
                $"the backup folder's ACL is {acl}: it must be protected, owned by Administrators, and grant no one else");
            if (fail is not null) return fail;
            // A file a standard user planted (owned by, and writable for, Users), as the folder's old default ACL allowed.
            var planted = backup + "\\planted.json";
            File.WriteAllText(m.Paths.ToReal(planted), "[]");
            m.Model.WorkspaceAcls[planted] = "O:BUG:BUD:(A;;FA;;;BU)";
            var before = m.Model.Snapshot();
            var own = m.RunFile(m.Paths.ToReal(f.SummaryValue("Rollback")!), new Dictionary<string, object>());
            var generated = m.RunFile(Script($"{scriptId}.rollback.local.ps1"), new Dictionary<string, object> { ["BackupPath"] = backup });
            // Refused: a throw (rollback.ps1), or the Rollback script's summary listing the run as Failed.
            bool Refused(RunResult r) => (r.Exception is not null && r.Exception.Contains("tampered", StringComparison.Ordinal))
                || (r.Console.Contains("tampered", StringComparison.Ordinal) && r.SummaryList("Failed").Contains("run"));
            return Expect(Refused(own), $"rollback.ps1 used a tampered backup folder:\n{own.Describe()}")
                ?? Expect(Refused(generated), $"the Rollback script used a tampered backup folder:\n{generated.Describe()}")
                ?? SnapshotSame(before, m.Model.Snapshot(), "a refused rollback");
        });

        if (scriptId == "grant-network-service-key-read")
        {
            report.Check(group, "a thumbprint naming a certificate the listener is not bound to changes nothing", () =>
            {
                // Another machine certificate with its own key (a CA or SQL certificate, say): a hostile or mistyped
                // thumbprint must not get NETWORK SERVICE read access to its key.
                var other = MockCertificate.MakeThumbprint("ca.contoso.com");
                var m = NewMachine(fixtures, host =>
                {
                    host.Certificates.Add("LocalMachine\\My", new MockCertificate
                    {
                        Thumbprint = other, Subject = "CN=Contoso Issuing CA", NotBefore = DateTime.Now.Date.AddYears(-1),
                        NotAfter = DateTime.Now.Date.AddYears(4), HasPrivateKey = true, KeyFile = "0f0e0d0c0b0a09080706050403020100_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11",
                    });
                    Baseline.AddKeyFile(host, "0f0e0d0c0b0a09080706050403020100_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11", "O:BAG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)");
                });
                var before = m.Model.Snapshot();
                var r = m.RunFile(Script($"{scriptId}.fix.local.ps1"), With(parameters, "CertificateThumbprint", other));
                return Ran(r, "fix with another certificate's thumbprint") ?? SnapshotSame(before, m.Model.Snapshot(), "a Fix run given another certificate's thumbprint")
                    ?? Expect(r.Console.Contains("is not the certificate the RDP listener is bound to"), $"the run did not say why it changed nothing:\n{r.Describe()}");
            });
        }

        if (scriptId == "restore-rdp-security-layer")
        {
            report.Check(group, "TLS is not required while no usable certificate is bound to the listener", () =>
            {
                // The state many hosts with this error are in: the bound certificate's private key is gone.
                var m = NewMachine(fixtures, host =>
                {
                    foreach (var certificate in host.Certificates.Store(WindowsHost.RemoteDesktopStore)) certificate.HasPrivateKey = false;
                });
                var r = m.RunFile(Script($"{scriptId}.fix.local.ps1"), With(parameters, "SecurityLayer", "TLS"));
                var layer = m.Model.Registry.Get(WindowsHost.RdpTcp, "SecurityLayer")?.Data as int?;
                return Ran(r, "fix with SecurityLayer TLS") ?? Expect(layer != 2, "SecurityLayer was set to TLS (2) with no usable certificate")
                    ?? Expect(r.Console.Contains("TLS (2) would turn every client away"), $"the run did not say why TLS was not set:\n{r.Describe()}");
            });
        }

        if (scriptId.StartsWith("all", StringComparison.Ordinal))
        {
            report.Check(group, "remote target: diagnose through Invoke-Command reports the same causes", () =>
            {
                var m = NewMachine(fixtures);
                var before = m.Model.Snapshot();
                var r = m.RunFile(Script($"{scriptId}.diagnose.remote.ps1"), With(parameters, "ComputerName", new[] { m.Model.ComputerName }));
                var missing = found.Except(r.SummaryList("Found")).ToList();
                return Ran(r, "remote diagnose") ?? SnapshotSame(before, m.Model.Snapshot(), "remote diagnose")
                    ?? Expect(missing.Count == 0, $"remote diagnose did not report {string.Join(", ", missing)}:\n{r.Describe()}");
            });
        }
        _ = Stamp;
    }

    private static Dictionary<string, object> With(IReadOnlyDictionary<string, object> p, string key, object value) =>
        new(p) { [key] = value };

    private static string DefaultOf(string parameter) => parameter switch
    {
        "RdpPort" => "3389",
        "SecurityLayer" => "Negotiate",
        "OracleLevel" => "Mitigated",
        "NetworkLevelAuthentication" => "Report",
        "AllowLowerSecurity" => "No",
        _ => "",
    };
}
