namespace PsHarness.Model;

/// <summary>One Remote Desktop session as quser lists it (the technician's own console session is not one of
/// these: the model's sessions are other users').</summary>
public sealed record UserSession(string User, string WinStation, int Id, string State);

/// <summary>The thrown "forever": Restart-Service / Stop-Service wait with no timeout for a service that hangs in
/// StopPending. The harness cannot wait forever, so it fails the run with this instead.</summary>
public sealed class ServiceHangException(string service) : InvalidOperationException(
    $"{service} hangs in StopPending: Restart-Service and Stop-Service wait for it with no timeout, so the real run would never return (no summary, no rollback path).");

/// <summary>State behind the runtime's safety rules: sessions, hanging services, interactivity, a simulated clock.</summary>
public sealed partial class WindowsHost
{
    /// <summary>Other users' sessions, active or disconnected. Restarting TermService ends every one of them
    /// (Restart-Service -Force stops TermService; sessions do not survive it): <see cref="DroppedSessions"/>.</summary>
    public List<UserSession> Sessions { get; } = [];
    public List<UserSession> DroppedSessions { get; } = [];

    /// <summary>Services that never leave StopPending once asked to stop (the audit's #12; how often this happens
    /// on real hosts is unverified, that it can happen is the point).</summary>
    public HashSet<string> HangsOnStop { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>False: a host where PowerShell cannot prompt (RMM, Intune, a scheduled task, -NonInteractive).</summary>
    public bool IsInteractive { get; set; } = true;

    /// <summary>False: Windows PowerShell 5.1 on .NET Framework 4.5.2 (Server 2012 R2), whose ServiceController has
    /// no StartType property (added in .NET 4.6.1).</summary>
    public bool ServiceControllerHasStartType { get; set; } = true;

    /// <summary>Seconds between SessionEnv starting and the new self-signed certificate appearing (Windows does it
    /// "within seconds", Azure's measurement); 0 = at once. Time moves only through Start-Sleep (<see cref="AdvanceClock"/>).</summary>
    public int CertificateDelaySeconds { get; set; }
    public double Clock { get; private set; }
    private double? certificateDue;

    private void HangIfConfigured(MockService service)
    {
        if (!HangsOnStop.Contains(service.Name)) return;
        service.Status = "StopPending";
        throw new ServiceHangException(service.Name);
    }

    /// <summary>ServiceController.Stop(): asks the service to stop and returns at once; a hanging one stays StopPending.</summary>
    public void RequestStop(string name)
    {
        var service = Service(name);
        if (HangsOnStop.Contains(service.Name)) { service.Status = "StopPending"; return; }
        StopService(service.Name, true);
    }

    private bool DeferCertificate()
    {
        if (CertificateDelaySeconds <= 0) return false;
        certificateDue = Clock + CertificateDelaySeconds;
        return true;
    }

    public void AdvanceClock(double seconds)
    {
        Clock += seconds;
        if (certificateDue is { } due && Clock >= due) { certificateDue = null; OnSessionEnvStarted(); }
    }

    /// <summary>TermService stopping ends every session on the host.</summary>
    public void DropSessions()
    {
        DroppedSessions.AddRange(Sessions);
        if (Sessions.Count > 0) Change($"{Sessions.Count} RDP session(s) ended by the TermService stop", null);
        Sessions.Clear();
    }
}
