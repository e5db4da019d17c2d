using PsHarness.Model;

namespace PsHarness.Fixtures;

/// <summary>The network a healthy client sees (test-rdp-reachability runs on the client): the host's name resolves,
/// its subnet is routed through the VPN adapter, and TCP 3389 answers.</summary>
public static class ClientNetwork
{
    public const string HostName = "rdsh-01.corp.example";
    public const string HostAddress = "10.0.10.5";

    public static void Healthy(WindowsHost host)
    {
        host.DnsRecords[HostName] = [HostAddress];
        host.TcpPaths[$"{HostAddress}:3389"] = "open";
        host.Routes.Add(("10.0.10.0/24", "Corp VPN", "10.8.0.1"));
        host.Routes.Add(("0.0.0.0/0", "Ethernet", "192.168.1.1"));
    }
}
