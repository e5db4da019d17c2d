using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.CheckContext;

namespace PsHarness.Fixtures;

public sealed class RepairWmiRepository : Fixture
{
    public override string FixId => "repair-wmi-repository";
    public override string Cause => "wmi-repository";
    public override string Planted => "winmgmt /verifyrepository exits 1358; /salvagerepository rebuilds it but also exits 1358 (documented: any verifying command may)";

    public override void Plant(WindowsHost host)
    {
        host.WmiRepositoryConsistent = false;
        host.WmiSalvageReports1358 = true;
    }

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        if (!host.WmiRepositoryConsistent) yield return "the WMI repository is inconsistent";
    }

    public override IReadOnlyDictionary<string, string> RollbackIgnores => new Dictionary<string, string>
    {
        ["wmiRepositoryConsistent"] = "the automatic rollback never restores the pre-salvage repository: it is the corrupt one, and restoring it force-disconnects every WMI client (windows-audit.md #10); a separate script in the backup folder does it on request",
    };

    private const string ManualScript = "restore-wmi-repository.ps1";

    public override IEnumerable<FixtureCheck> Checks =>
    [
        new("a salvage that exits 1358 but leaves a consistent repository is judged by a fresh /verifyrepository: fixed, and no advice to restore", c =>
        {
            var m = c.Machine();
            var r = c.Run(m);
            return Ran(r, "fix") ?? Expect(r.SummaryList("Failed").Length == 0 && r.SummaryList("Verified").Contains(FixId), $"the step is not Verified-only (Failed: {string.Join(",", r.SummaryList("Failed"))}):\n{r.Describe()}")
                ?? Expect(!r.Console.Contains("put the saved repository back", StringComparison.OrdinalIgnoreCase), $"the run advises restoring the corrupt repository:\n{r.Describe()}");
        }),
        new("a salvage that cannot repair is Failed, says so, and never advises restoring the pre-salvage repository", c =>
        {
            var m = c.Machine(h => h.WmiSalvageFails = true);
            var r = c.Run(m);
            return Expect(r.SummaryList("Failed").Contains(FixId) && !r.SummaryList("Verified").Contains(FixId), $"the step should be Failed and not Verified:\n{r.Describe()}")
                ?? Expect(r.Console.Contains("/verifyrepository", StringComparison.Ordinal) && r.Console.Contains("still", StringComparison.OrdinalIgnoreCase), $"the run does not say a fresh /verifyrepository still finds it inconsistent:\n{r.Describe()}")
                ?? Expect(!r.Console.Contains("rollback.ps1 from the backup folder to put the saved repository back", StringComparison.Ordinal), $"the run advises restoring the corrupt repository:\n{r.Describe()}");
        }),
        new("rollback.ps1 and the Rollback script never restore the repository or disconnect WMI clients; they name the manual script", c =>
        {
            var m = c.Machine();
            var f = c.Run(m);
            if (Ran(f, "fix") is { } broken) return broken;
            var own = m.RunFile(m.Paths.ToReal(f.SummaryValue("Rollback")!));
            var generated = c.Run(m, "rollback", new Dictionary<string, object> { ["BackupPath"] = f.SummaryValue("Backup")! });
            return Ran(own, "rollback.ps1") ?? Ran(generated, "Rollback script")
                ?? Expect(m.Model.WmiForcedDisconnects == 0 && m.Model.WmiRepositoryConsistent, $"a rollback ran winmgmt /restore (forced disconnects: {m.Model.WmiForcedDisconnects}; repository consistent: {m.Model.WmiRepositoryConsistent})")
                ?? Expect(own.Console.Contains(ManualScript, StringComparison.Ordinal) && generated.Console.Contains(ManualScript, StringComparison.Ordinal), $"a rollback did not name {ManualScript}:\n{own.Describe(8)}\n{generated.Describe(8)}");
        }),
        new("the manual restore script asks a High-impact question naming the computer and warning that the copy is the corrupt repository", c =>
        {
            var m = c.Machine();
            var f = c.Run(m);
            if (Ran(f, "fix") is { } broken) return broken;
            var manual = m.Paths.ToReal(f.SummaryValue("Backup") + "\\" + FixId + "\\" + ManualScript);
            if (!File.Exists(manual)) return $"the backup folder has no {ManualScript}";
            var declined = m.RunFile(manual, answer: _ => false);
            if ((Ran(declined, "manual restore, declined") ?? Expect(m.Model.WmiRepositoryConsistent && m.Model.WmiForcedDisconnects == 0, "the manual restore ran although its prompt was declined")) is { } fail) return fail;
            var accepted = m.RunFile(manual);
            var prompt = accepted.Prompts.FirstOrDefault() ?? "";
            return Ran(accepted, "manual restore") ?? Expect(!m.Model.WmiRepositoryConsistent && m.Model.WmiForcedDisconnects == 1, "the accepted manual restore did not put the saved repository back")
                ?? Expect(prompt.Contains("RDSH-01", StringComparison.Ordinal) && prompt.Contains("inconsistent", StringComparison.OrdinalIgnoreCase), $"the prompt does not name the computer and the inconsistent copy: {prompt}");
        }),
    ];
}
