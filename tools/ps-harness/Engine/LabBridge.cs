using System.Collections;
using System.Management.Automation;
using System.Reflection;
using PsHarness.Fixtures;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>The simulated machine the lab suite (tools/lab) talks to inside `npm test`. On a real VM the suite runs its
/// plants, real-state reads and the generated scripts on the machine itself; here the same PowerShell text is sent
/// to a fresh mocked runspace over one <see cref="WindowsHost"/>, so every plant and read goes through the model.
/// Exposed to the Pester runspace as $global:RdpLabSimulation (RdpLab.psm1 checks for it).</summary>
public sealed class LabBridge(string scriptFolder)
{
    private static readonly List<string> Roots = [];
    private static readonly string LabMocks = LoadLabMocks();
    private Simulator? machine;

    /// <summary>Where the generated scripts are (test-results/ps-corpus/generated).</summary>
    public string ScriptFolder { get; } = scriptFolder;
    public string ComputerName => Current.Model.ComputerName;
    private Simulator Current => machine ?? throw new InvalidOperationException("No simulated machine yet: the suite must call NewMachine first (Initialize-RdpLabCase does).");

    private static string LoadLabMocks()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("LabMocks.lab-plants.ps1")
            ?? throw new InvalidOperationException("The embedded resource LabMocks.lab-plants.ps1 is missing (PsHarness.csproj).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A fresh healthy host (the same Baseline the fixtures start from) with an empty simulated disk.</summary>
    public string NewMachine()
    {
        var host = Baseline.Healthy();
        var root = Directory.CreateTempSubdirectory("ps-harness-lab-");
        Roots.Add(root.FullName);
        Directory.CreateDirectory(Path.Combine(root.FullName, "C", "ProgramData"));
        var paths = new PathMap(root.FullName);
        foreach (var path in host.Acls.Keys)
        {
            var real = paths.ToReal(path);
            if (!host.Files.Contains(path)) { Directory.CreateDirectory(real); continue; }
            Directory.CreateDirectory(Path.GetDirectoryName(real)!);
            File.WriteAllText(real, "simulated key container");
        }
        machine = new Simulator(host, paths);
        return host.ComputerName;
    }

    /// <summary>Runs PowerShell text on the machine (a plant or a real-state read): written to a file and run with
    /// named parameters, after the lab-only mocks. Errors are thrown, as they would be under -ErrorAction Stop.</summary>
    public object[] Invoke(string script, Hashtable? parameters)
    {
        var file = Path.Combine(Current.Paths.Root, $"lab-step-{Guid.NewGuid():N}.ps1");
        var text = script.TrimStart();
        // A param() block must come first in a script file: keep it first, the lab mocks after it.
        var split = text.StartsWith("param", StringComparison.OrdinalIgnoreCase) ? ParamEnd(text) : 0;
        File.WriteAllText(file, text[..split] + "\n" + LabMocks + "\n" + text[split..]);
        var r = Current.RunFile(file, ToDictionary(parameters), _ => false);
        File.Delete(file);
        if (r.Exception is not null || r.Errors.Count > 0) throw new RuntimeException($"On the simulated host {ComputerName}: {r.Describe(10)}");
        return r.Output.Cast<object>().ToArray();
    }

    /// <summary>Runs a generated script (or a rollback.ps1 a run wrote, by its Windows path) the way the lab runs one on
    /// a VM: unattended, so every confirmation prompt is declined (a VM run uses -NonInteractive, where a prompt fails).
    /// Returns what RdpLab.Step.ps1 returns there: Summary, Lines, Errors, Exception.</summary>
    public PSObject RunScript(string path, Hashtable? parameters)
    {
        var file = path.Length >= 2 && path[1] == ':' ? Current.Paths.ToReal(path) : path;
        var r = Current.RunFile(file, ToDictionary(parameters), _ => false);
        var result = new PSObject();
        result.Properties.Add(new PSNoteProperty("Summary", r.Summary));
        result.Properties.Add(new PSNoteProperty("Lines", r.Lines.ToArray()));
        result.Properties.Add(new PSNoteProperty("Errors", r.Errors.ToArray()));
        result.Properties.Add(new PSNoteProperty("Exception", r.Exception));
        result.Properties.Add(new PSNoteProperty("Prompts", r.Prompts.ToArray()));
        return result;
    }

    private static int ParamEnd(string text)
    {
        var depth = 0;
        for (var i = text.IndexOf('('); i >= 0 && i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i + 1;
        }
        throw new InvalidOperationException("The lab step's param( block is not closed.");
    }

    private static Dictionary<string, object> ToDictionary(Hashtable? parameters) =>
        parameters?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value is PSObject p ? p.BaseObject : e.Value!) ?? [];

    /// <summary>Deletes the simulated disks the lab run made.</summary>
    public static void Cleanup()
    {
        foreach (var root in Roots) try { Directory.Delete(root, true); } catch (IOException) { }
        Roots.Clear();
    }
}
