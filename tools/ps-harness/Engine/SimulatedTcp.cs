using System.Net.Sockets;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>What `New-Object -TypeName System.Net.Sockets.TcpClient` gives a script on the simulated computer: the
/// members the scripts use, behaving as documented. TcpClient.ConnectAsync returns a Task; Task.Wait(int) returns
/// true when the task completed and false when the time-out elapsed first, and throws an AggregateException when the
/// task faulted (https://learn.microsoft.com/dotnet/api/system.threading.tasks.task.wait#system-threading-tasks-task-wait(system-int32));
/// a refused connect faults with a SocketException whose SocketErrorCode is ConnectionRefused. Close is public on
/// every .NET version (Dispose is not on .NET Framework 4.5.2), so only Close exists here.</summary>
public sealed class SimulatedTcpClient(WindowsHost host)
{
    public bool Connected { get; private set; }
    public List<string> Attempts { get; } = [];

    public SimulatedConnect ConnectAsync(string address, int port)
    {
        Attempts.Add($"{address}:{port}");
        var outcome = host.TcpPaths.TryGetValue($"{address}:{port}", out var o) ? o : "drop";
        Connected = outcome == "open";
        return new SimulatedConnect(outcome);
    }

    public void Close() => Connected = false;
}

/// <summary>The Task of a connect attempt, without the wait: a dropped connect answers Wait(ms) with false at once.</summary>
public sealed class SimulatedConnect(string outcome)
{
    public bool IsCompleted => outcome != "drop";
    public bool IsFaulted => outcome is "refused" or "unreachable";
    public AggregateException? Exception => outcome switch
    {
        "refused" => new AggregateException(new SocketException((int)SocketError.ConnectionRefused)),
        "unreachable" => new AggregateException(new SocketException((int)SocketError.HostUnreachable)),
        _ => null,
    };

    public bool Wait(int milliseconds)
    {
        if (outcome == "drop") return false;
        if (IsFaulted) throw Exception!;
        return true;
    }
}
