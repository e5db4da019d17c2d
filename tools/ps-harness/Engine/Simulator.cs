using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using PsHarness.Model;

namespace PsHarness.Engine;

public sealed class RunResult
{
    public List<PSObject> Output { get; } = [];
    public List<string> Lines { get; init; } = [];
    public List<string> Prompts { get; init; } = [];
    public List<string> Errors { get; } = [];
    public string? Exception { get; set; }
    /// <summary>$LASTEXITCODE after the run: what `exit N` in the script set (null: never set).</summary>
    public int? ExitCode { get; set; }
    public IEnumerable<string> WhatIf => Lines.Where(l => l.StartsWith("What if:", StringComparison.Ordinal));
    public string Console => string.Join('\n', Lines);

    /// <summary>The runner's summary object (it has Mode, Found, Changed, ...).</summary>
    public PSObject? Summary => Output.LastOrDefault(o => o.Properties["Changed"] != null && o.Properties["Mode"] != null);
    public string[] SummaryList(string name) =>
        Summary?.Properties[name]?.Value is object v && v != System.Management.Automation.Internal.AutomationNull.Value ? (v is PSObject p ? p.BaseObject : v) switch
        {
            string s => [s],
            IEnumerable e => e.Cast<object>().Select(x => x.ToString()!).ToArray(),
            var x => [x.ToString()!],
        } : [];
    public string? SummaryValue(string name) => Summary?.Properties[name]?.Value?.ToString();

    /// <summary>Everything a reader needs to see why a run failed.</summary>
    public string Describe(int lines = 40) =>
        (Exception is null ? "" : $"exception: {Exception}\n") +
        (Errors.Count == 0 ? "" : "errors:\n  " + string.Join("\n  ", Errors) + "\n") +
        "console (last lines):\n  " + string.Join("\n  ", Lines.TakeLast(lines));
}

/// <summary>Runs PowerShell against a <see cref="WindowsHost"/>: a fresh runspace per run, the polyfills and
/// Windows mocks loaded first (functions win over cmdlets of the same name), the host model and a path map
/// injected as variables, and the simulated disk under a temp root.</summary>
public sealed class Simulator(WindowsHost model, PathMap paths)
{
    public WindowsHost Model { get; } = Attach(model, paths);

    /// <summary>Key files Windows creates or deletes itself (SessionEnv minting a key container) appear on the
    /// simulated disk, so Test-Path and Get-ChildItem see them.</summary>
    private static WindowsHost Attach(WindowsHost model, PathMap paths)
    {
        model.FileExistenceChanged = (path, exists) =>
        {
            var real = paths.ToReal(path);
            if (exists) { Directory.CreateDirectory(Path.GetDirectoryName(real)!); File.WriteAllText(real, "simulated key container"); }
            else if (File.Exists(real)) File.Delete(real);
        };
        return model;
    }
    public PathMap Paths { get; } = paths;
    private static readonly string Mocks = LoadMocks();
    /// <summary>The simulator of the run in progress (runs are sequential; the pipeline runs on its own thread).</summary>
    public static Simulator? Current;
    private HarnessHost? activeHost;
    /// <summary>Commands replaced during runs (a property making one step fail), by name: PowerShell text.</summary>
    public Dictionary<string, string> FailCommands { get; } = new(StringComparer.OrdinalIgnoreCase);

    private static string LoadMocks()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var text = new System.Text.StringBuilder();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".ps1")).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            text.AppendLine(reader.ReadToEnd());
        }
        return text.ToString();
    }

    private (Runspace, HarnessHost) Open(HarnessHost? sharedHost)
    {
        var host = sharedHost ?? new HarnessHost(Model);
        var iss = InitialSessionState.CreateDefault2();
        iss.Variables.Add(new SessionStateVariableEntry("RdpHost", Model, "The simulated Windows host (harness only)."));
        iss.Variables.Add(new SessionStateVariableEntry("RdpPaths", Paths, "Windows path to simulated location (harness only)."));
        var runspace = RunspaceFactory.CreateRunspace(host, iss);
        runspace.Open();
        // Test-RdpElevation is defined by the script itself and calls WindowsIdentity, which Linux lacks:
        // replace the function the script defines with the model's answer, wherever it is looked up.
        var elevation = ScriptBlock.Create("$RdpHost.IsElevated");
        // Likewise Test-RdpInteractive (Environment.UserInteractive and the process command line are the
        // harness's own), and any command a property makes fail (FailCommands: name -> replacement block).
        var interactive = ScriptBlock.Create("$RdpHost.IsInteractive");
        runspace.SessionStateProxy.InvokeCommand.PostCommandLookupAction = (name, e) =>
        {
            if (string.Equals((string?)name, "Test-RdpElevation", StringComparison.OrdinalIgnoreCase)) e.CommandScriptBlock = elevation;
            if (string.Equals((string?)name, "Test-RdpInteractive", StringComparison.OrdinalIgnoreCase)) e.CommandScriptBlock = interactive;
            if (name is string n && FailCommands.TryGetValue(n, out var replacement)) e.CommandScriptBlock = ScriptBlock.Create(replacement);
        };
        host.Ui.NonInteractive = !Model.IsInteractive;
        using var ps = PowerShell.Create(runspace);
        ps.AddScript(Mocks).Invoke();
        if (ps.Streams.Error.Count > 0) throw new InvalidOperationException("Loading the mocks failed: " + ps.Streams.Error[0]);
        Environment.SetEnvironmentVariable("ProgramData", "C:\\ProgramData");
        Environment.SetEnvironmentVariable("COMPUTERNAME", Model.ComputerName);
        Environment.SetEnvironmentVariable("SystemRoot", "C:\\Windows");
        Environment.SetEnvironmentVariable("SESSIONNAME", "Console");
        Environment.SetEnvironmentVariable("TEMP", "C:\\Users\\tech\\AppData\\Local\\Temp");
        Directory.CreateDirectory(Paths.ToReal("C:\\Users\\tech\\AppData\\Local\\Temp"));
        return (runspace, host);
    }

    /// <summary>Runs a .ps1 file (so $PSScriptRoot and #Requires behave as for a user) with named parameters.</summary>
    public RunResult RunFile(string file, IDictionary<string, object>? parameters = null, Func<string, bool>? answer = null) =>
        Run(ps => { ps.AddCommand(file); foreach (var p in parameters ?? new Dictionary<string, object>()) ps.AddParameter(p.Key, p.Value); }, answer);

    /// <summary>Runs script text in the global scope (used to call one catalogue function directly).</summary>
    public RunResult RunText(string text) => Run(ps => ps.AddScript(text), null);

    private RunResult Run(Action<PowerShell> setup, Func<string, bool>? answer)
    {
        Model.Run++;
        var previous = Current;
        Current = this;
        var (runspace, host) = Open(null);
        activeHost = host;
        if (answer is not null) host.Ui.Answer = answer;
        var result = new RunResult { Lines = host.Ui.Lines, Prompts = host.Ui.Prompts };
        try
        {
            using var ps = PowerShell.Create(runspace);
            setup(ps);
            try { result.Output.AddRange(ps.Invoke()); }
            catch (RuntimeException ex) { result.Exception = ex.Message + " " + ex.ErrorRecord?.InvocationInfo?.PositionMessage; }
            foreach (var error in ps.Streams.Error) result.Errors.Add($"{error} {error.InvocationInfo?.PositionMessage}");
            result.ExitCode = runspace.SessionStateProxy.GetVariable("LASTEXITCODE") is int code ? code : null;
        }
        finally
        {
            runspace.Dispose();
            Current = previous;
        }
        return result;
    }

    /// <summary>Invoke-Command -ComputerName: the script block is sent as text, as remoting does, and runs in
    /// a fresh runspace (no caller variables or functions) against the same host model.</summary>
    public object[] InvokeRemote(string computer, string scriptBlock, object[] arguments)
    {
        var (runspace, _) = Open(activeHost);
        // On the target: its own name, and no SESSIONNAME (a WinRM session is not a Remote Desktop session).
        Environment.SetEnvironmentVariable("COMPUTERNAME", computer);
        Environment.SetEnvironmentVariable("SESSIONNAME", null);
        try
        {
            using var ps = PowerShell.Create(runspace);
            ps.AddScript("param($__block, $__arguments) & ([scriptblock]::Create($__block)) @__arguments")
              .AddArgument(scriptBlock).AddArgument(arguments);
            var output = ps.Invoke();
            if (ps.Streams.Error.Count > 0) throw new RuntimeException($"On {computer}: {ps.Streams.Error[0]}");
            foreach (var o in output) o.Properties.Add(new PSNoteProperty("PSComputerName", computer));
            return output.Cast<object>().ToArray();
        }
        finally
        {
            runspace.Dispose();
            Environment.SetEnvironmentVariable("COMPUTERNAME", Model.ComputerName);
            Environment.SetEnvironmentVariable("SESSIONNAME", "Console");
        }
    }
}
