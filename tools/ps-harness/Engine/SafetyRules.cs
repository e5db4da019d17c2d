using Microsoft.Win32;
using PsHarness.Fixtures;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>The safety rules, over every fix (and the all-host / all-client scripts) on every fixture's host, each
/// also planted on a hardened host: "never lowers a security setting" and "changes only what the diagnosis found
/// broken". Group "safety" in the report; `--only safety` runs it alone.</summary>
public sealed class SafetyRules(string corpus, Report report)
{
    private const string Group = "safety";
    private string Script(string name) => Path.GetFullPath(Path.Combine(corpus, "generated", name));

    /// <summary>A host an administrator hardened on purpose: TLS required, NLA on, CredSSP Force Updated Clients,
    /// TLS 1.2 explicitly on and TLS 1.0 off, and RDP allowed only from an admin subnet on the Domain profile by a
    /// GPO rule, with the built-in local rules disabled on purpose (windows-audit.md #2, #4, #5a).</summary>
    public static void Harden(WindowsHost h)
    {
        h.Registry.Set(WindowsHost.RdpTcp, "SecurityLayer", RegistryValueKind.DWord, 2);
        h.Registry.Set(WindowsHost.RdpTcp, "UserAuthentication", RegistryValueKind.DWord, 1);
        h.Registry.CreateKey(SecurityState.CredSspKey);
        h.Registry.Set(SecurityState.CredSspKey, "AllowEncryptionOracle", RegistryValueKind.DWord, 0);
        const string protocols = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols";
        foreach (var role in new[] { "Server", "Client" })
        {
            h.Registry.CreateKey($"{protocols}\\TLS 1.2\\{role}");
            h.Registry.Set($"{protocols}\\TLS 1.2\\{role}", "Enabled", RegistryValueKind.DWord, 1);
            h.Registry.Set($"{protocols}\\TLS 1.2\\{role}", "DisabledByDefault", RegistryValueKind.DWord, 0);
            h.Registry.CreateKey($"{protocols}\\TLS 1.0\\{role}");
            h.Registry.Set($"{protocols}\\TLS 1.0\\{role}", "Enabled", RegistryValueKind.DWord, 0);
        }
        foreach (var rule in h.FirewallRules.Where(r => r.Name.StartsWith("RemoteDesktop-UserMode-In-", StringComparison.Ordinal))) rule.Enabled = "False";
        h.FirewallRules.Add(GpoRdpRule());
    }

    /// <summary>A domain GPO's scoped RDP rule, as -TracePolicyStore shows it (GPO names carry no domain).</summary>
    public static FirewallRule GpoRdpRule(string remote = "10.0.10.0/24") => new()
    {
        Name = "{6A1D3F52-0C8E-4B8F-9D0A-2F7E3C5B1A90}", DisplayName = "RDP from the admin subnet", DisplayGroup = "", Group = "",
        PolicyStoreSourceType = "GroupPolicy", PolicyStoreSource = "RDP admins", Profile = "Domain", RemoteAddress = remote,
    };

    public void Run(IReadOnlyList<Fixture> fixtures, IReadOnlyList<FixMeta> metas)
    {
        var fixParameters = fixtures.ToDictionary(f => f.FixId, f => f.Parameters);
        // Hosts: the healthy and the hardened host, then every fixture planted on the hardened host.
        var hosts = new List<(string Name, Fixture? Planted, Action<WindowsHost> Plant)>
        {
            ("healthy host", null, _ => { }),
            ("hardened host", null, Harden),
        };
        hosts.AddRange(fixtures.Select(f => ($"hardened host + {f.FixId} fixture", (Fixture?)f, (Action<WindowsHost>)(h => { Harden(h); f.Plant(h); }))));

        var repairable = metas.Where(m => m.Kind == "fix").ToList();
        var scripts = repairable.Select(m => (Id: m.Id, File: $"{m.Id}.fix.local.ps1", Fixes: new[] { m.Id }))
            .Concat(new[] { "host", "client" }.Select(side => (Id: $"all-{side}", File: $"all-{side}.fix.local.ps1",
                Fixes: repairable.Where(m => m.RunsOn == side).Select(m => m.Id).ToArray())))
            .ToList();

        foreach (var script in scripts)
        {
            var parameters = script.Fixes.SelectMany(id => fixParameters.TryGetValue(id, out var p) ? p : new Dictionary<string, object>())
                .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
            var typedLower = parameters.TryGetValue("AllowLowerSecurity", out var allow) && "Yes".Equals(allow as string, StringComparison.Ordinal);
            var lowered = new List<string>();
            var strayChanges = new List<string>();
            var failures = new List<string>();
            foreach (var host in hosts)
            {
                var m = Scenarios.NewMachine([], host.Plant);
                var before = SecurityState.Read(m.Model);
                var exposure = m.Model.RdpExposure();
                var snapshot = m.Model.Snapshot();
                var others = fixtures.Where(f => !script.Fixes.Contains(f.FixId)).ToDictionary(f => f.FixId, f => string.Join("; ", f.Problems(m.Model)));
                var r = m.RunFile(Script(script.File), parameters);
                if (r.Exception is not null) { failures.Add($"{host.Name}: {r.Exception}"); continue; }
                foreach (var l in SecurityState.Lowered(before, exposure, m.Model, r.Prompts, typedLower)) lowered.Add($"{host.Name}: {l}");
                var found = r.SummaryList("Found").Intersect(script.Fixes).ToList();
                if (found.Count == 0 && m.Model.Snapshot() != snapshot)
                    strayChanges.Add($"{host.Name}: the diagnosis found nothing, yet the host changed:\n{Diff(snapshot, m.Model.Snapshot())}");
                // A fix must leave the causes it does not own exactly as they were (neither repaired nor worsened).
                foreach (var other in fixtures.Where(f => others.ContainsKey(f.FixId)))
                {
                    var now = string.Join("; ", other.Problems(m.Model));
                    if (now != others[other.FixId]) strayChanges.Add($"{host.Name}: changed what {other.FixId} owns: [{others[other.FixId]}] -> [{now}]");
                }
            }
            report.Check(Group, $"{script.Id}: never lowers a security setting (healthy, hardened, every fixture on the hardened host)", () =>
                failures.Count > 0 ? "runs failed:\n" + string.Join("\n", failures.Take(4))
                : lowered.Count == 0 ? null : string.Join("\n", lowered.Take(8)));
            report.Check(Group, $"{script.Id}: changes only what its diagnosis found broken (every other fixture's host)", () =>
                failures.Count > 0 ? "runs failed:\n" + string.Join("\n", failures.Take(4))
                : strayChanges.Count == 0 ? null : string.Join("\n", strayChanges.Take(6)));
        }
    }

    private static string Diff(string before, string after)
    {
        var b = before.Split('\n'); var a = after.Split('\n');
        return string.Join("\n", a.Except(b).Select(l => "+ " + l.Trim()).Concat(b.Except(a).Select(l => "- " + l.Trim())).Take(8));
    }
}
