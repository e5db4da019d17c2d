using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class RepairMachineKeysAcl : Fixture
{
    private const string KeyName = "2b8e0c4a6f1d3e5a7c9b0d2f4e6a8c1b_c5d2b486-8d6a-4d2d-9c7a-1e9b0c3e6a11";
    private static string KeyFile => Baseline.MachineKeys + "\\" + KeyName;
    public override string FixId => "repair-machinekeys-acl";
    public override string Cause => "machinekeys-permissions";
    public override string Planted => "MachineKeys inherits from ProgramData (SYSTEM, Administrators) and has an inheritable Users read/execute grant and an inheritable Users deny; an unprotected key file inherited all of them; RemoteConnectionManager event 1057 logged";

    public override void Plant(WindowsHost host)
    {
        host.Acls[Baseline.MachineKeys] = "O:SYG:SYD:AI(D;OICI;0x40000;;;BU)(A;OICI;0x1200a9;;;BU)(A;;0x12019f;;;WD)(A;;FA;;;BA)(A;;FA;;;SY)(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)";
        // What Windows propagates to an unprotected file from that folder: its object-inheritable entries, marked ID.
        Baseline.AddKeyFile(host, KeyName, "O:SYG:SYD:AI(A;;FA;;;SY)(A;;FA;;;BA)(D;ID;0x40000;;;BU)(A;ID;0x1200a9;;;BU)(A;ID;FA;;;SY)(A;ID;FA;;;BA)");
        host.Events.Add(new MockEvent("System", "Microsoft-Windows-TerminalServices-RemoteConnectionManager", 1057, DateTime.Now.AddHours(-5), "The RD Session Host Server has failed to create a new self signed certificate to be used for RD Session Host Server authentication on SSL connections."));
    }

    /// <summary>KB 278381: protected, Administrators Full Control and Everyone 0x12019F, this folder only; an
    /// explicit SYSTEM entry may stay; nothing inheritable, so nothing reaches the key files.</summary>
    public override IEnumerable<string> Problems(WindowsHost host)
    {
        var sd = SecurityDescriptor.Parse(host.Acls[Baseline.MachineKeys]);
        if (!sd.Protected) yield return "MachineKeys inherits from its parent";
        foreach (var a in sd.Aces)
        {
            var expected = a.Sid switch { "S-1-5-32-544" => 0x1F01FF, "S-1-1-0" => 0x12019F, "S-1-5-18" => a.Rights, _ => -1 };
            if (a.Inherited || a.Type != "A" || a.Flags != "" || a.Rights != expected) yield return $"MachineKeys entry {a} is not in the documented default";
        }
        foreach (var sid in new[] { "S-1-5-32-544", "S-1-1-0" })
            if (!sd.Aces.Any(a => a.Sid == sid)) yield return $"MachineKeys has no entry for {sid}";
        if (host.Acls.TryGetValue(KeyFile, out var key) && SecurityDescriptor.Parse(key).Aces.Any(a => a.Inherited))
            yield return $"{KeyFile} still inherits entries from MachineKeys: {key}";
    }
}
