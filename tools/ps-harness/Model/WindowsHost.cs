using System.Text.Json;

namespace PsHarness.Model;

public sealed record MockEvent(string LogName, string ProviderName, int Id, DateTime TimeCreated, string Message)
{
    public string LevelDisplayName => "Error";
    public override string ToString() => $"{Id} {ProviderName}";
}

public sealed partial class FirewallRule
{
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public string DisplayGroup { get; init; } = "Remote Desktop";
    public string Group { get; init; } = "@FirewallAPI.dll,-28752";
    /// <summary>"True"/"False": the real property is an enum whose False is truthy, so scripts must compare.</summary>
    public string Enabled { get; set; } = "True";
    public string Direction { get; init; } = "Inbound";
    public string Action { get; init; } = "Allow";
    public string Profile { get; init; } = "Any";
    public string LocalPort { get; init; } = "3389";
    public string Protocol { get; init; } = "TCP";
}

/// <summary>An in-memory Windows host: the state every mock reads and writes. Persistent state is compared
/// with <see cref="Snapshot"/>; logs (services started, changes made) are kept for the ordering checks.</summary>
public sealed partial class WindowsHost
{
    public string ComputerName { get; set; } = "RDSH-01";
    public bool IsElevated { get; set; } = true;
    public RegistryModel Registry { get; } = new();
    public CertificateModel Certificates { get; } = new();
    public SortedDictionary<string, MockService> Services { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<FirewallRule> FirewallRules { get; } = [];
    public List<MockEvent> Events { get; } = [];
    /// <summary>ACLs as SDDL, by Windows path (files and folders such as MachineKeys, key files).</summary>
    public SortedDictionary<string, string> Acls { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>ACLs of what the scripts write themselves (backup folders, rollback.ps1, transcripts), by Windows
    /// path. Not host state, so not in <see cref="Snapshot"/>; a path with no entry inherits from its folder
    /// (<see cref="PsHarness.Engine.NativeTools.WorkspaceAcl"/>).</summary>
    public SortedDictionary<string, string> WorkspaceAcls { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>winmgmt /verifyrepository answer.</summary>
    public bool WmiRepositoryConsistent { get; set; } = true;
    /// <summary>Windows paths of files that exist on the simulated disk (key files); their ACLs are in <see cref="Acls"/>.
    /// Every other <see cref="Acls"/> path is a folder.</summary>
    public SortedSet<string> Files { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Other programs listening on TCP ports (Get-NetTCPConnection -State Listen). The RDP listener itself
    /// is derived: TermService running and the listener allowed (WindowsHost.Listener.cs) → its process listens on
    /// RDP-Tcp's PortNumber.</summary>
    public List<(int Port, int ProcessId, string ProcessName)> TcpListeners { get; } = [];
    /// <summary>The process id of the svchost that hosts running services (Win32_Service.ProcessId).</summary>
    public const int ServiceHostPid = 1000;

    public IEnumerable<(int Port, int ProcessId, string ProcessName)> Listening()
    {
        if (Services.TryGetValue("TermService", out var ts) && ts.Status == "Running" && RdpListenerUp())
            yield return (Registry.Get(RdpTcp, "PortNumber")?.Data is int p ? p : 3389, ServiceHostPid, "svchost");
        foreach (var l in TcpListeners) yield return l;
    }

    public List<ServiceEvent> ServiceLog { get; } = [];
    /// <summary>Every change to persistent state, with the name a -WhatIf message must mention (null: a
    /// consequence Windows performs itself, such as SessionEnv creating a certificate).</summary>
    public List<(string What, string? Entity, int Run)> Changes { get; } = [];
    /// <summary>Confirmation prompts the host has answered so far (set by the harness host).</summary>
    public int Prompts { get; set; }
    /// <summary>A number per script run, so ServiceLog entries can be grouped by run.</summary>
    public int Run { get; set; }
    private int generated;

    public const string RdpTcp = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp";
    public const string RemoteDesktopStore = "LocalMachine\\Remote Desktop";

    /// <summary>Records a change to persistent state (every mock that writes calls this).</summary>
    public void Change(string what, string? entity = null) => Changes.Add((what, entity, Run));

    // ---- Services -------------------------------------------------------------------------------
    public MockService Service(string name) =>
        Services.TryGetValue(name, out var s) ? s
        : Services.Values.FirstOrDefault(x => x.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase))
          ?? throw new InvalidOperationException($"Cannot find any service with service name '{name}'.");

    public IEnumerable<MockService> Dependents(string name) =>
        Services.Values.Where(s => s.DependsOn.Contains(name, StringComparer.OrdinalIgnoreCase));

    public void StartService(string name)
    {
        var service = Service(name);
        if (service.Status == "Running") return;
        if (service.StartType == "Disabled") throw new InvalidOperationException($"Service '{name}' cannot be started because it is disabled.");
        foreach (var dep in service.DependsOn) StartService(dep);
        service.Status = "Running";
        ServiceLog.Add(new("start", service.Name, Run));
        Change($"service {service.Name} started", null);
        OnStarted(service.Name);
    }

    /// <summary>Stop; with force, running dependents are stopped first (as Stop-Service -Force does). Returns what it stopped.</summary>
    public List<string> StopService(string name, bool force)
    {
        var stopped = new List<string>();
        var service = Service(name);
        if (service.Status != "Running") return stopped;
        HangIfConfigured(service);
        var running = Dependents(service.Name).Where(d => d.Status == "Running").ToList();
        if (running.Count > 0 && !force)
            throw new InvalidOperationException($"Cannot stop service '{service.Name}' because it has dependent services. It can only be stopped if the Force flag is set.");
        foreach (var dep in running) stopped.AddRange(StopService(dep.Name, force));
        service.Status = "Stopped";
        if (service.Name.Equals("TermService", StringComparison.OrdinalIgnoreCase)) DropSessions();
        ServiceLog.Add(new("stop", service.Name, Run));
        Change($"service {service.Name} stopped", null);
        stopped.Add(service.Name);
        return stopped;
    }

    /// <summary>Restart-Service -Force: stops dependents and the service, starts the service, then the dependents it stopped.</summary>
    public void RestartService(string name, bool force)
    {
        var stopped = StopService(name, force);
        StartService(name);
        foreach (var dep in stopped.Where(s => !s.Equals(Service(name).Name, StringComparison.OrdinalIgnoreCase)).Reverse()) StartService(dep);
    }

    /// <summary>What Windows does when a service starts: SessionEnv and the self-signed certificate
    /// (<see cref="OnSessionEnvStarted"/>, in WindowsHost.Certificates.cs).</summary>
    private void OnStarted(string name)
    {
        if (!name.Equals("SessionEnv", StringComparison.OrdinalIgnoreCase)) return;
        // Windows mints the certificate "within seconds" (WindowsHost.Runtime.cs can delay it).
        if (DeferCertificate()) return;
        OnSessionEnvStarted();
    }

    // ---- Win32_TSGeneralSetting -----------------------------------------------------------------
    /// <summary>The thumbprint the RDP-Tcp listener uses (Win32_TSGeneralSetting.SSLCertificateSHA1Hash).</summary>
    public string ListenerCertificate { get; set; } = "";
    /// <summary>1 self-signed, 2 Group Policy, 3 custom (Win32_TSGeneralSetting.SSLCertificateSHA1HashType).</summary>
    public int ListenerCertificateType { get; set; } = 1;

    // ---- Snapshot -------------------------------------------------------------------------------
    public string Snapshot(params string[] ignore)
    {
        var all = new SortedDictionary<string, object>
        {
        ["registry"] = Registry.Snapshot(),
        ["certificates"] = Certificates.Snapshot(),
        ["listenerCertificate"] = $"{ListenerCertificate} type {ListenerCertificateType}",
        ["services"] = Services.Values.ToDictionary(s => s.Name, s => $"{s.Status} {s.StartType}"),
        ["firewall"] = FirewallSnapshot(),
        ["acls"] = new SortedDictionary<string, string>(Acls),
        ["keyContainers"] = new SortedDictionary<string, string>(KeyIds),
        ["wmiRepositoryConsistent"] = WmiRepositoryConsistent,
        };
        foreach (var key in ignore) all.Remove(key);
        return JsonSerializer.Serialize(all, new JsonSerializerOptions { WriteIndented = true });
    }
}
