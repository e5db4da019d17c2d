using PsHarness.Engine;
using PsHarness.Model;
using static PsHarness.Engine.FixtureContext;

namespace PsHarness.Fixtures;

/// <summary>An ACE may store generic rights instead of the file-specific ones (icacls and SDDL write GA/GR as given).
/// Windows maps them through the file generic mapping when access is checked: GENERIC_ALL (0x10000000) to
/// FILE_ALL_ACCESS (0x1F01FF), GENERIC_READ (0x80000000) to FILE_GENERIC_READ (0x120089) (Microsoft, "File Security and
/// Access Rights", https://learn.microsoft.com/en-us/windows/win32/fileio/file-security-and-access-rights). The model's
/// access check (AclInheritance.Can) applies that mapping, so such a container is healthy.</summary>
public static class GenericRightsChecks
{
    public static IEnumerable<FixtureProperty> MachineKeys =>
    [
        new("a listener container granting SYSTEM GENERIC_ALL and NETWORK SERVICE GENERIC_READ is healthy: nothing changes", ctx =>
        {
            var m = ctx.Machine(h => h.Acls[h.RdpContainerPath] = $"O:SYG:SYD:PAI(A;;GA;;;SY)(A;;GR;;;NS)(A;;GA;;;{WindowsHost.SessionEnvSid})");
            var before = m.Model.Snapshot();
            var f = ctx.Fix(m);
            return Ran(f, "fix") ?? Expect(f.SummaryList("Found").Length == 0, $"Fix found a fault in a container whose rights are generic:\n{f.Describe()}")
                ?? Same(before, m.Model.Snapshot(), "Fix on a listener container with generic rights");
        }),
    ];
}
