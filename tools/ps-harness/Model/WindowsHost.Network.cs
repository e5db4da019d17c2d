using System.Net;

namespace PsHarness.Model;

/// <summary>The network as one computer (here: the client that runs test-rdp-reachability) sees it: what its DNS
/// answers, which route each address takes, and what a TCP connection to an address and port meets. Read-only for
/// the scripts, so it is not part of <see cref="WindowsHost.Snapshot"/>.</summary>
public sealed partial class WindowsHost
{
    /// <summary>Resolve-DnsName answers: name → addresses. A name not listed gets "DNS name does not exist".</summary>
    public Dictionary<string, List<string>> DnsRecords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>"address:port" → what a TCP connect meets: "open" (SYN-ACK), "refused" (RST: SocketError
    /// ConnectionRefused), "unreachable" (ICMP unreachable: HostUnreachable), "drop" (nothing comes back: the connect
    /// does not complete before the caller's time-out). An address:port not listed is "drop", as a silent filter is.</summary>
    public Dictionary<string, string> TcpPaths { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>IPv4 routes: destination prefix (CIDR), interface alias, next hop. Find-NetRoute picks the longest
    /// matching prefix (https://learn.microsoft.com/powershell/module/nettcpip/find-netroute).</summary>
    public List<(string Prefix, string InterfaceAlias, string NextHop)> Routes { get; } = [];

    public (string Prefix, string InterfaceAlias, string NextHop)? RouteTo(string address)
    {
        if (!IPAddress.TryParse(address, out var ip) || ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork) return null;
        var target = ToUInt(ip);
        (string, string, string)? best = null;
        var bestLength = -1;
        foreach (var route in Routes)
        {
            var parts = route.Prefix.Split('/');
            var length = int.Parse(parts[1]);
            var mask = length == 0 ? 0u : uint.MaxValue << (32 - length);
            if ((ToUInt(IPAddress.Parse(parts[0])) & mask) == (target & mask) && length > bestLength) { best = route; bestLength = length; }
        }
        return best;
    }

    private static uint ToUInt(IPAddress ip)
    {
        var b = ip.GetAddressBytes();
        return (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
    }
}
