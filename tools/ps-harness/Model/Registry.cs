using Microsoft.Win32;

namespace PsHarness.Model;

public sealed record RegistryValue(RegistryValueKind Kind, object Data);

/// <summary>HKLM as nested keys; names compare case-insensitively, as on Windows.</summary>
public sealed class RegistryModel
{
    private readonly SortedDictionary<string, SortedDictionary<string, RegistryValue>> keys = new(StringComparer.OrdinalIgnoreCase);

    public bool KeyExists(string key) => keys.ContainsKey(Normalise(key));

    public void CreateKey(string key)
    {
        var parts = Normalise(key).Split('\\');
        for (var i = 1; i <= parts.Length; i++)
        {
            var path = string.Join('\\', parts.Take(i));
            if (!keys.ContainsKey(path)) keys[path] = new(StringComparer.OrdinalIgnoreCase);
        }
    }

    public RegistryValue? Get(string key, string name) =>
        keys.TryGetValue(Normalise(key), out var values) && values.TryGetValue(name, out var value) ? value : null;

    public IReadOnlyDictionary<string, RegistryValue> Values(string key) =>
        keys.TryGetValue(Normalise(key), out var values) ? values : new SortedDictionary<string, RegistryValue>();

    public IEnumerable<string> SubKeys(string key)
    {
        var prefix = Normalise(key) + "\\";
        return keys.Keys.Where(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && !k[prefix.Length..].Contains('\\'));
    }

    public void Set(string key, string name, RegistryValueKind kind, object data)
    {
        if (!KeyExists(key)) throw new InvalidOperationException($"Registry key {key} does not exist; create it first.");
        keys[Normalise(key)][name] = new RegistryValue(kind, Coerce(kind, data));
    }

    public bool Remove(string key, string name) => keys.TryGetValue(Normalise(key), out var values) && values.Remove(name);

    public void RemoveKey(string key)
    {
        var k = Normalise(key);
        foreach (var sub in keys.Keys.Where(x => x.Equals(k, StringComparison.OrdinalIgnoreCase) || x.StartsWith(k + "\\", StringComparison.OrdinalIgnoreCase)).ToList())
            keys.Remove(sub);
    }

    public static object Coerce(RegistryValueKind kind, object data)
    {
        data = data is System.Management.Automation.PSObject pso ? pso.BaseObject : data;
        return kind switch
        {
            RegistryValueKind.DWord => data is uint u ? unchecked((int)u) : Convert.ToInt32(data, System.Globalization.CultureInfo.InvariantCulture),
            RegistryValueKind.QWord => Convert.ToInt64(data, System.Globalization.CultureInfo.InvariantCulture),
            RegistryValueKind.String or RegistryValueKind.ExpandString => Convert.ToString(data, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            RegistryValueKind.MultiString => data is IEnumerable<object> e ? e.Select(x => x.ToString() ?? "").ToArray() : new[] { data.ToString() ?? "" },
            RegistryValueKind.Binary => data switch
            {
                byte[] b => b,
                object[] a => a.Select(x => Convert.ToByte(x is System.Management.Automation.PSObject p ? p.BaseObject : x)).ToArray(),
                _ => throw new InvalidOperationException($"Binary registry data must be bytes, got {data.GetType().Name}."),
            },
            _ => data,
        };
    }

    private static string Normalise(string key) => key.Replace('/', '\\').Trim('\\');

    public object Snapshot() => keys.ToDictionary(
        k => k.Key.ToUpperInvariant(),
        k => (object)k.Value.ToDictionary(v => v.Key, v => $"{v.Value.Kind}:{Format(v.Value.Data)}"));

    private static string Format(object data) => data switch
    {
        byte[] b => Convert.ToHexString(b),
        string[] s => string.Join("|", s),
        _ => Convert.ToString(data, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>What Get-Item returns for a registry key: enough of Microsoft.Win32.RegistryKey for the scripts.</summary>
public sealed class RegistryKeyView(RegistryModel registry, string key)
{
    public string Name => key.Replace("HKLM", "HKEY_LOCAL_MACHINE");
    public string PSPath => "Microsoft.PowerShell.Core\\Registry::" + Name;
    public string[] Property => registry.Values(key).Keys.ToArray();
    public int ValueCount => registry.Values(key).Count;
    public int SubKeyCount => registry.SubKeys(key).Count();
    public string[] GetValueNames() => Property;
    public object? GetValue(string name) => registry.Get(key, name)?.Data;
    public RegistryValueKind GetValueKind(string name) =>
        registry.Get(key, name)?.Kind ?? throw new IOException($"The specified registry key value '{name}' does not exist under {Name}.");
    public override string ToString() => Name;
}
