using PsHarness.Model;

namespace PsHarness.Fixtures;

public sealed class CheckSessionBroker : Fixture
{
    private const string Log = "Microsoft-Windows-TerminalServices-SessionBroker/Operational";
    public override string FixId => "check-session-broker";
    public override string Cause => "gateway-broker";
    public override string Planted => "RD Connection Broker (Tssdis) installed and event 2056 (logon to the broker database failed) logged 3 hours ago";
    public override string Evidence => $"Event 2056 in {Log}";
    public override string? HealthyCause => "gateway-broker";
    /// <summary>A broker event says the broker failed once, not that it is what breaks this connection (Microsoft's
    /// repair is manual): the check states Decision 'unknown'.</summary>
    public override string PlantedDecision => "unknown";

    public override void Plant(WindowsHost host)
    {
        host.Services["Tssdis"] = new MockService { Name = "Tssdis", DisplayName = "Remote Desktop Connection Broker", StartType = "Automatic" };
        host.Events.Add(new MockEvent(Log, "Microsoft-Windows-TerminalServices-SessionBroker", 2056, DateTime.Now.AddHours(-3), "The Remote Desktop Connection Broker server could not log on to the database."));
    }

    /// <summary>A check repairs nothing: the planted state is what it must report, not a problem the run must clear.</summary>
    public override IEnumerable<string> Problems(WindowsHost host) =>
        host.Events.Any(e => e.LogName == Log && e.Id == 2056) ? ["broker event 2056 logged (reported, never repaired)"] : [];
}
