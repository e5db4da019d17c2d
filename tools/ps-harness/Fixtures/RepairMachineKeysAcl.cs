using PsHarness.Engine;
using PsHarness.Model;

namespace PsHarness.Fixtures;

/// <summary>The state the common advice `icacls MachineKeys /reset /t` leaves: the folder inherits ProgramData's
/// entries, and every key file holds ONLY inherited entries (SYSTEM, Administrators, the owner through CREATOR OWNER,
/// Users read), so the listener key container no longer grants NETWORK SERVICE read. The propagation is computed by the
/// model (AclInheritance), not written by hand.</summary>
public sealed class RepairMachineKeysAcl : Fixture
{
    /// <summary>Another service's machine key (IIS, SQL, WinRM HTTPS): it must keep working whatever the repair does.</summary>
    public const string OtherKey = Baseline.MachineKeys + "\\2b8e0c4a6f1d3e5a7c9b0d2f4e6a8c1b_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11";
    /// <summary>A key with its own protected DACL, created after the reset: automatic inheritance never touches it.</summary>
    public const string ProtectedKey = Baseline.MachineKeys + "\\9d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11";
    public const string ProtectedSddl = "O:SYG:SYD:PAI(A;;FA;;;SY)(A;;FR;;;S-1-5-80-3880718306-3832830129-1677859214-2598158968-1052248003)";
    public override string FixId => "repair-machinekeys-acl";
    public override string Cause => "machinekeys-permissions";
    public override string Planted => "the state `icacls MachineKeys /reset /t` leaves: the folder inherits from ProgramData and every key file (the listener's f686aace container, another service's key) holds only inherited entries, so NETWORK SERVICE cannot read the listener key; a protected key file added later; RemoteConnectionManager event 1057 (Keyset does not exist)";

    public override void Plant(WindowsHost host) => PlantReset(host);

    public static void PlantReset(WindowsHost host)
    {
        // /reset: every ACL below becomes "inherit only"; the model's propagation computes what each one inherits.
        host.Acls[Baseline.MachineKeys] = "O:SYG:SYD:AI";
        host.AddKeyFile(OtherKey, "O:SYG:SYD:AI");
        host.Acls[host.RdpContainerPath] = "O:SYG:SYD:AI";
        var programData = SecurityDescriptor.Parse(NativeTools.ProgramDataAcl);
        var folder = SecurityDescriptor.Parse(host.Acls[Baseline.MachineKeys]);
        folder.Aces = AclInheritance.InheritedFrom(programData, childIsFile: false, folder.Owner);
        host.Acls[Baseline.MachineKeys] = folder.ToString();
        AclInheritance.Propagate(host, Baseline.MachineKeys);
        host.AddKeyFile(ProtectedKey, ProtectedSddl);
        host.Events.Add(new MockEvent("System", "Microsoft-Windows-TerminalServices-RemoteConnectionManager", 1057, DateTime.Now.AddHours(-5), "The RD Session Host Server has failed to create a new self signed certificate to be used for RD Session Host Server authentication on SSL connections. The relevant status code was Keyset does not exist."));
    }

    /// <summary>Healthy: the listener container grants SYSTEM Full and NETWORK SERVICE Read; no key file has an empty
    /// DACL and every key file still lets SYSTEM read it; the protected key is untouched; and the folder is at the
    /// KB 278381 default (repaired alongside the broken container, per Azure's measurement).</summary>
    public override IEnumerable<string> Problems(WindowsHost host)
    {
        var container = host.RdpContainerPath;
        if (host.Acls.TryGetValue(container, out var c))
        {
            if (!AclInheritance.Can(c, ["S-1-5-18"], AclInheritance.FullControl)) yield return $"the listener key container does not grant SYSTEM Full: {c}";
            if (!AclInheritance.Can(c, ["S-1-5-20"], AclInheritance.FileRead)) yield return $"the listener key container does not grant NETWORK SERVICE Read: {c}";
        }
        foreach (var p in KeyFileProblems(host)) yield return p;
        if (host.Acls.TryGetValue(ProtectedKey, out var pk) && pk != ProtectedSddl) yield return $"the protected key file was changed: {pk}";
        var sd = SecurityDescriptor.Parse(host.Acls[Baseline.MachineKeys]);
        if (!sd.Protected) yield return "MachineKeys still inherits from its parent (it is repaired alongside the broken container)";
        foreach (var a in sd.Aces)
        {
            var expected = a.Sid switch { "S-1-5-32-544" => 0x1F01FF, "S-1-1-0" => 0x12019F, "S-1-5-18" => a.Rights, _ => -1 };
            if (a.Inherited || a.Type != "A" || a.Flags != "" || a.Rights != expected) yield return $"MachineKeys entry {a} is not in the documented default";
        }
    }

    /// <summary>Audit #1: no key file in MachineKeys may end with an empty DACL, and SYSTEM must be able to read every one.</summary>
    public static IEnumerable<string> KeyFileProblems(WindowsHost host)
    {
        foreach (var file in host.Files.Where(f => f.StartsWith(Baseline.MachineKeys + "\\", StringComparison.OrdinalIgnoreCase)))
        {
            var sddl = host.Acls[file];
            if (SecurityDescriptor.Parse(sddl).Aces.Count == 0) yield return $"{file} has an EMPTY DACL (no one, SYSTEM included, can open the key): {sddl}";
            else if (!AclInheritance.Can(sddl, AclInheritance.LocalSystem, AclInheritance.FileRead)) yield return $"SYSTEM can no longer read {file}: {sddl}";
        }
    }

    public override IEnumerable<Engine.FixtureProperty> ExtraChecks => MachineKeysChecks.All.Concat(GenericRightsChecks.MachineKeys);
}
