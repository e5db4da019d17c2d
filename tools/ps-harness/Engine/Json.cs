using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using System.Text.Json;

namespace PsHarness.Engine;

/// <summary>ConvertTo-Json / ConvertFrom-Json for the polyfills (they live in Microsoft.PowerShell.Commands.Utility,
/// which NuGet does not serve). Follows PowerShell 7: objects become JSON objects of their properties,
/// past -Depth an object becomes its ToString(), ConvertFrom-Json gives PSCustomObjects, integers as Int64.</summary>
public static class Json
{
    public static string ToJson(object? value, int depth, bool compress)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = !compress, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(writer, value, depth);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter w, object? value, int depth)
    {
        var pso = value as PSObject;
        var baseObject = pso?.BaseObject ?? value;
        switch (baseObject)
        {
            case null: w.WriteNullValue(); return;
            case string s: w.WriteStringValue(s); return;
            case char c: w.WriteStringValue(c.ToString()); return;
            case bool b: w.WriteBooleanValue(b); return;
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                w.WriteNumberValue(Convert.ToDecimal(baseObject, CultureInfo.InvariantCulture)); return;
            case double or float or decimal:
                w.WriteNumberValue(Convert.ToDouble(baseObject, CultureInfo.InvariantCulture)); return;
            case DateTime d: w.WriteStringValue(d.ToString("o", CultureInfo.InvariantCulture)); return;
            case Enum e: w.WriteNumberValue(Convert.ToInt64(e, CultureInfo.InvariantCulture)); return;
        }
        if (depth < 0) { w.WriteStringValue(baseObject.ToString()); return; }
        if (baseObject is IDictionary dictionary)
        {
            w.WriteStartObject();
            foreach (DictionaryEntry entry in dictionary) { w.WritePropertyName(entry.Key.ToString()!); Write(w, entry.Value, depth - 1); }
            w.WriteEndObject();
            return;
        }
        if (baseObject is IEnumerable list)
        {
            w.WriteStartArray();
            foreach (var item in list) Write(w, item, depth - 1);
            w.WriteEndArray();
            return;
        }
        var obj = pso ?? PSObject.AsPSObject(baseObject);
        w.WriteStartObject();
        foreach (var property in obj.Properties.Where(p => p.IsGettable && p is not PSScriptProperty))
        {
            w.WritePropertyName(property.Name);
            object? v;
            try { v = property.Value; } catch (GetValueException) { v = null; }
            Write(w, v, depth - 1);
        }
        w.WriteEndObject();
    }

    public static object? FromJson(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return Read(doc.RootElement);
    }

    private static object? Read(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => ReadObject(e),
        JsonValueKind.Array => e.EnumerateArray().Select(Read).ToArray(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static PSObject ReadObject(JsonElement e)
    {
        var o = new PSObject();
        foreach (var p in e.EnumerateObject()) o.Properties.Add(new PSNoteProperty(p.Name, Read(p.Value)));
        return o;
    }
}
