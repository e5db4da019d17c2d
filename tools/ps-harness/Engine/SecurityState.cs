using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>The security settings the safety rules guard, read from the model, each as a strength (higher =
/// stricter) so "lowered" is a comparison. Missing values count as the Windows default.</summary>
public static class SecurityState
{
    public const string CredSspKey = "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters";
    private const string Protocols = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols";

    /// <summary>A guarded setting: its strength, its words for a message, and the text a prompt about it names.</summary>
    public sealed record Setting(string Name, int Strength, string Shown, string PromptMentions);

    private static int? Dword(WindowsHost h, string key, string name) => h.Registry.Get(key, name)?.Data as int?;

    public static List<Setting> Read(WindowsHost h)
    {
        var list = new List<Setting>();
        // 0 RDP (server not authenticated) < 1 Negotiate (the default) < 2 TLS (rdp-facts §3.1, TS_SECURITY_LAYER_POLICY).
        var layer = Dword(h, WindowsHost.RdpTcp, "SecurityLayer");
        list.Add(new("RDP-Tcp SecurityLayer", layer ?? 1, layer?.ToString() ?? "missing (Negotiate)", "SecurityLayer"));
        // 1 requires NLA (the default since Server 2012), 0 does not.
        var nla = Dword(h, WindowsHost.RdpTcp, "UserAuthentication");
        list.Add(new("RDP-Tcp UserAuthentication (NLA)", nla ?? 1, nla?.ToString() ?? "missing (NLA required)", "UserAuthentication"));
        // 0 Force Updated Clients > 1 Mitigated (the built-in default) > 2 Vulnerable.
        var oracle = Dword(h, CredSspKey, "AllowEncryptionOracle");
        list.Add(new("CredSSP AllowEncryptionOracle", 2 - (oracle ?? 1), oracle?.ToString() ?? "missing (Mitigated)", "AllowEncryptionOracle"));
        foreach (var role in new[] { "Server", "Client" })
        {
            // TLS 1.2 on is stronger than off; TLS 1.0 / 1.1 explicitly off is stronger than on.
            list.Add(Protocol(h, "TLS 1.2", role, modernIsStronger: true));
            list.Add(Protocol(h, "TLS 1.0", role, modernIsStronger: false));
            list.Add(Protocol(h, "TLS 1.1", role, modernIsStronger: false));
        }
        return list;
    }

    private static Setting Protocol(WindowsHost h, string version, string role, bool modernIsStronger)
    {
        var key = $"{Protocols}\\{version}\\{role}";
        var enabled = Dword(h, key, "Enabled");
        var disabledByDefault = Dword(h, key, "DisabledByDefault");
        // -1 explicitly off, 0 OS default, 1 explicitly on.
        var state = enabled == 0 || (disabledByDefault is int d && d != 0) ? -1 : enabled is null && disabledByDefault is null ? 0 : 1;
        return new($"SCHANNEL {version} {role}", modernIsStronger ? state : -state, $"Enabled={enabled?.ToString() ?? "-"} DisabledByDefault={disabledByDefault?.ToString() ?? "-"}", version);
    }

    /// <summary>Every guarded setting that is weaker after than before, in words. Firewall: who may reach the RDP
    /// port (effective ActiveStore rules) must not grow, except that opening a port nothing allowed is the firewall
    /// fix's repair, accepted only behind an answered prompt that names the rule.</summary>
    public static List<string> Lowered(List<Setting> before, SortedSet<string> exposureBefore, WindowsHost after, IReadOnlyList<string> prompts, bool typedLowerValue)
    {
        var lowered = new List<string>();
        var now = Read(after);
        foreach (var b in before)
        {
            var a = now.First(x => x.Name == b.Name);
            if (a.Strength >= b.Strength) continue;
            var confirmed = prompts.Any(p => p.Contains(b.PromptMentions, StringComparison.OrdinalIgnoreCase));
            if (typedLowerValue && confirmed) continue;
            lowered.Add($"{b.Name} lowered from {b.Shown} to {a.Shown}{(typedLowerValue ? " (typed, but no High-impact prompt named it)" : "")}");
        }
        var exposureAfter = after.RdpExposure();
        var added = exposureAfter.Except(exposureBefore).ToList();
        if (added.Count > 0)
        {
            var openedClosedPort = exposureBefore.Count == 0 && prompts.Any(p => p.Contains("RemoteDesktop-UserMode-In-TCP", StringComparison.Ordinal));
            if (!openedClosedPort)
                lowered.Add($"the RDP port is now reachable for [{string.Join("; ", added)}] (before: [{string.Join("; ", exposureBefore)}])");
        }
        return lowered;
    }
}
