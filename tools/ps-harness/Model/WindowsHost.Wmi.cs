namespace PsHarness.Model;

/// <summary>How `winmgmt /salvagerepository` answers. Microsoft's winmgmt page: WMI returns
/// ERROR_INTERNAL_DB_CORRUPTION (1358) "if a verification operation indicates that the repository is not in a
/// consistent state. This error can be returned from any command which performs repository verification, such as
/// /verifyrepository or /salvagerepository." https://learn.microsoft.com/windows/win32/wmisdk/winmgmt
/// So 1358 from the salvage itself says only that it found the repository inconsistent, not whether the salvage
/// worked: only a fresh /verifyrepository tells. Both readings are modelled.</summary>
public sealed partial class WindowsHost
{
    /// <summary>Salvage rebuilds an inconsistent repository but still exits 1358 (it verified first).</summary>
    public bool WmiSalvageReports1358 { get; set; }
    /// <summary>Salvage cannot repair the repository: it exits 1358 and the repository stays inconsistent.</summary>
    public bool WmiSalvageFails { get; set; }
    /// <summary>How many times `winmgmt /restore … 1` force-disconnected the WMI clients (SCCM, monitoring, VMMS…):
    /// the restore needs WMI stopped (IWbemBackupRestore::Restore: "WMI … must be stopped to complete this
    /// operation"), https://learn.microsoft.com/windows/win32/api/wbemcli/nf-wbemcli-iwbembackuprestore-restore</summary>
    public int WmiForcedDisconnects { get; set; }
}
