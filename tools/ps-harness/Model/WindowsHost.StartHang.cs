namespace PsHarness.Model;

/// <summary>The thrown "forever" of a start: Start-Service waits with no timeout for a service that stays in
/// StartPending (it prints "WARNING: Waiting for service '…' to start..." every few seconds, naming no computer).
/// The harness cannot wait forever, so it fails the run with this instead.</summary>
public sealed class ServiceStartHangException(string service) : InvalidOperationException(
    $"{service} hangs in StartPending: Start-Service waits for it with no timeout, so the real run would never return (no summary, no rollback path).");

/// <summary>Services that never leave StartPending once asked to start (a service whose ServiceMain never reports
/// SERVICE_RUNNING; how often this happens to TermService is unverified, that a service can is documented:
/// https://learn.microsoft.com/windows/win32/services/service-status-transitions).</summary>
public sealed partial class WindowsHost
{
    public HashSet<string> HangsOnStart { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Start-Service: a hanging service blocks it forever.</summary>
    public void StartServiceWaiting(string name)
    {
        if (HangsOnStart.Contains(name) && Service(name).Status != "Running") { Service(name).Status = "StartPending"; throw new ServiceStartHangException(Service(name).Name); }
        StartService(name);
    }

    /// <summary>ServiceController.Start(): asks and returns at once; a hanging service stays StartPending.</summary>
    public void RequestStart(string name)
    {
        if (HangsOnStart.Contains(name) && Service(name).Status != "Running") { Service(name).Status = "StartPending"; return; }
        StartService(name);
    }
}
