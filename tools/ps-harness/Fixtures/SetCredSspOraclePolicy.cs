using Microsoft.Win32;
using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class SetCredSspOraclePolicy : Fixture
{
    private const string Key = "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters";
    public override string FixId => "set-credssp-oracle-policy";
    public override string Cause => "credssp-oracle-mismatch";
    public override string Planted => "CredSSP AllowEncryptionOracle = 0 (Force Updated Clients) where the chosen level is Mitigated";

    public override void Plant(WindowsHost host)
    {
        host.Registry.CreateKey(Key);
        host.Registry.Set(Key, "AllowEncryptionOracle", RegistryValueKind.DWord, 0);
    }

    public override IEnumerable<string> Problems(WindowsHost host)
    {
        if (host.Registry.Get(Key, "AllowEncryptionOracle")?.Data is int v && v != 1) yield return $"AllowEncryptionOracle = {v}, not Mitigated (1)";
    }
}
