using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.FixtureContext;

namespace PsHarness.Fixtures;

/// <summary>repair-machinekeys-acl's own properties (audit #1, #6, #25).</summary>
public static class MachineKeysChecks
{
    private const string Hardened = "O:SYG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)";

    public static IEnumerable<FixtureProperty> All =>
    [
        new("#6: a folder hardened to SYSTEM and Administrators, with a healthy listener container, is not a fault: nothing changes", ctx =>
        {
            var m = ctx.Machine(h => h.Acls[Baseline.MachineKeys] = Hardened);
            var before = m.Model.Snapshot();
            var d = ctx.Diagnose(m);
            var f = ctx.Fix(m);
            return Ran(d, "diagnose") ?? Ran(f, "fix") ?? Expect(d.SummaryList("Found").Length == 0, $"diagnose reported a fault:\n{d.Describe()}")
                ?? Same(before, m.Model.Snapshot(), "Fix on a hardened folder with a healthy container");
        }),
        new("#6: a listener container without NETWORK SERVICE Read (folder at its default) is found and repaired", ctx =>
        {
            var m = ctx.Machine(h => h.Acls[h.RdpContainerPath] = $"O:SYG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;{WindowsHost.SessionEnvSid})");
            var f = ctx.Fix(m);
            var c = m.Model.Acls[m.Model.RdpContainerPath];
            return Ran(f, "fix") ?? Expect(f.SummaryList("Found").Contains(ctx.FixId), $"the broken container was not found:\n{f.Describe()}")
                ?? Expect(c == WindowsHost.RdpContainerSddl(m.Model.BuildNumber), $"the container is {c}, not the measured default for build {m.Model.BuildNumber}: {WindowsHost.RdpContainerSddl(m.Model.BuildNumber)}")
                ?? Expect(m.Model.Acls[Baseline.MachineKeys] == Baseline.MachineKeysSddl, "the folder was changed although it was at its default");
        }),
        new("#6: on build 14393 the repaired container's third entry is Administrators Read, not SessionEnv", ctx =>
        {
            var m = ctx.Machine(h =>
            {
                h.SetBuild(14393, h.MachineGuid);
                h.Acls[h.RdpContainerPath] = "O:SYG:SYD:PAI(A;;FA;;;SY)";
            });
            var f = ctx.Fix(m);
            var c = m.Model.Acls[m.Model.RdpContainerPath];
            return Ran(f, "fix") ?? Expect(c == WindowsHost.RdpContainerSddl(14393), $"the container is {c}, expected {WindowsHost.RdpContainerSddl(14393)}");
        }),
        new("#1: after /reset /t, Fix leaves no key file with an empty DACL, and every key SYSTEM could read stays readable", ctx =>
        {
            var m = ctx.Machine(RepairMachineKeysAcl.PlantReset);
            var readable = m.Model.Files.Where(p => AclInheritance.Can(m.Model.Acls[p], AclInheritance.LocalSystem, AclInheritance.FileRead)).ToList();
            var f = ctx.Fix(m);
            var lost = readable.Where(p => !AclInheritance.Can(m.Model.Acls[p], AclInheritance.LocalSystem, AclInheritance.FileRead)).Select(p => $"{p}: {m.Model.Acls[p]}").ToList();
            var empty = RepairMachineKeysAcl.KeyFileProblems(m.Model).ToList();
            return Ran(f, "fix") ?? Expect(empty.Count == 0 && lost.Count == 0, "after Fix:\n" + string.Join("\n", empty.Concat(lost)));
        }),
        new("#1: a listener container already left with an empty DACL is reported with what to do, and the run does not fail", ctx =>
        {
            var m = ctx.Machine(h => h.Acls[h.RdpContainerPath] = "O:SYG:SYD:AI");
            var before = m.Model.Snapshot();
            var f = ctx.Fix(m);
            return Ran(f, "fix") ?? Same(before, m.Model.Snapshot(), "Fix on an empty-DACL container it cannot change")
                ?? Expect(f.Console.Contains("takeown", StringComparison.Ordinal), $"the run did not say how to recover the container:\n{f.Describe()}");
        }),
        new("#25: the backup saves only the ACLs the repair changes (not every key file in a bloated folder)", ctx =>
        {
            var m = ctx.Machine(h =>
            {
                RepairMachineKeysAcl.PlantReset(h);
                // Orphaned keys with their own protected DACL: the repair never changes them, so saving them only costs time.
                for (var i = 0; i < 200; i++) h.AddKeyFile($"{Baseline.MachineKeys}\\{i:x32}_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11", "O:SYG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)");
            });
            var f = ctx.Fix(m);
            if (Ran(f, "fix") is { } broken) return broken;
            var backup = m.Paths.ToReal(f.SummaryValue("Backup")!);
            var saved = Directory.EnumerateFiles(backup, "*.acl", SearchOption.AllDirectories)
                .SelectMany(file => File.ReadAllText(file, System.Text.Encoding.Unicode).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 2 == 0)).ToList();
            return Expect(saved.Count <= 3, $"the backup saved {saved.Count} ACLs ({string.Join(", ", saved.Take(5))}, ...); only MachineKeys, the listener container and the key that inherits from the folder change");
        }),
    ];
}
