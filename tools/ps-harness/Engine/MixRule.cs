using System.Text.Json;

namespace PsHarness.Engine;

/// <summary>"Client and host fixes never mix": no script in the corpus (every selection the generator offers,
/// and the hostile sample) holds both a fix that runs on the client and one that runs on a host.</summary>
public static class MixRule
{
    public static void Run(JsonElement manifest, IReadOnlyList<FixMeta> metas, Report report)
    {
        var side = metas.ToDictionary(m => m.Id, m => m.RunsOn);
        var mixed = manifest.GetProperty("scripts").EnumerateArray()
            .Where(s => s.TryGetProperty("fixIds", out _))
            .Select(s => (File: s.GetProperty("file").GetString()!, Sides: s.GetProperty("fixIds").EnumerateArray().Select(x => side[x.GetString()!]).Distinct().ToList()))
            .Where(s => s.Sides.Count > 1).Select(s => s.File).ToList();
        report.Add("safety", "no generated script mixes client and host fixes", mixed.Count == 0,
            mixed.Count == 0 ? "" : $"{mixed.Count} corpus scripts hold both client and host fixes: {string.Join(", ", mixed.Take(6))}");
    }
}
