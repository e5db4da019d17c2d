using PsHarness.Engine;
using static PsHarness.Engine.FixtureContext;

namespace PsHarness.Fixtures;

/// <summary>Under -Confirm every ShouldProcess asks ($ConfirmPreference is Low in the script and, inherited, in every
/// cmdlet it calls: Microsoft, about_Preference_Variables, $ConfirmPreference). A cmdlet called inside a block the
/// outer ShouldProcess already approved would ask a second time, with a target that does not name the computer; it
/// needs -Confirm:$false (-WhatIf is still honoured by the outer ShouldProcess).</summary>
/// Not covered here: the shared runner's own folders, backup files and transcript under C:\ProgramData\RdpFixGuide also
/// ask under -Confirm without naming the computer (common/*, outside this property: reported to the lead).
public static class ConfirmChecks
{
    private static string? EveryPromptNamesTheComputer(RunResult r, string what) =>
        r.Prompts.Where(p => !p.Contains("RDSH-01", StringComparison.Ordinal) && !p.Contains("RdpFixGuide", StringComparison.Ordinal)).ToList() is { Count: > 0 } bare
            ? $"{what} under -Confirm asked {bare.Count} time(s) without naming the computer (a second prompt from an inner cmdlet):\n  " + string.Join("\n  ", bare)
            : null;

    /// <summary>Fix, then (when <paramref name="rollback"/>) its rollback.ps1, both with -Confirm and every prompt answered yes.</summary>
    public static FixtureProperty For(Fixture fixture, bool rollback) =>
        new("under -Confirm, every prompt of Fix" + (rollback ? " and of rollback.ps1" : "") + " names the computer (no inner cmdlet asks again)", ctx =>
        {
            var m = ctx.Machine(fixture.Plant);
            var f = m.RunFile(ctx.Script("fix"), new Dictionary<string, object> { ["Confirm"] = true }, _ => true);
            if ((Ran(f, "fix -Confirm") ?? Expect(f.Prompts.Count > 0, $"Fix -Confirm asked nothing:\n{f.Describe()}") ?? EveryPromptNamesTheComputer(f, "Fix")) is { } fail) return fail;
            if (!rollback) return null;
            var path = m.Paths.ToReal(f.SummaryValue("Rollback") ?? "");
            var r = m.RunFile(path, new Dictionary<string, object> { ["Confirm"] = true }, _ => true);
            return Ran(r, "rollback.ps1 -Confirm") ?? EveryPromptNamesTheComputer(r, "rollback.ps1");
        });
}
