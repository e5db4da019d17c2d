using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using PsHarness.Model;

namespace PsHarness.Engine;

/// <summary>A PSHost that records every line written to the console (Write-Host, "What if:" messages) and
/// answers confirmation prompts with a policy, counting them in the host model.</summary>
public sealed class HarnessHost(WindowsHost model) : PSHost
{
    private readonly Guid id = Guid.NewGuid();
    public HarnessUi Ui { get; } = new(model);
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
    public override Guid InstanceId => id;
    public override string Name => "RdpFixGuideHarness";
    public override PSHostUserInterface UI => Ui;
    public override Version Version => new(1, 0);
    public override void EnterNestedPrompt() => throw new NotSupportedException();
    public override void ExitNestedPrompt() => throw new NotSupportedException();
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
    public override void SetShouldExit(int exitCode) { }
}

public sealed class HarnessUi(WindowsHost model) : PSHostUserInterface
{
    private string partial = "";
    public List<string> Lines { get; } = [];
    /// <summary>Confirmation prompts: "caption | message" in order.</summary>
    public List<string> Prompts { get; } = [];
    /// <summary>Answers a prompt: true = Yes. Default: yes to everything.</summary>
    public Func<string, bool> Answer { get; set; } = _ => true;
    /// <summary>A host that cannot prompt (powershell.exe -NonInteractive, as RMM tools and Intune run scripts):
    /// every prompt throws what ConsoleHost throws then. A prompt that reached this host is still recorded.</summary>
    public bool NonInteractive { get; set; }
    private const string NonInteractiveMessage = "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.";

    public IEnumerable<string> WhatIf => Lines.Where(l => l.StartsWith("What if:", StringComparison.Ordinal));

    public override PSHostRawUserInterface RawUI { get; } = new RawUi();
    public override void Write(string value) => partial += value;
    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Write(value);
    public override void WriteLine(string value) { Lines.Add(partial + value); partial = ""; }
    public override void WriteLine() => WriteLine("");
    public override void WriteErrorLine(string value) => WriteLine("ERROR: " + value);
    public override void WriteDebugLine(string message) { }
    public override void WriteVerboseLine(string message) { }
    public override void WriteWarningLine(string message) => WriteLine("WARNING: " + message);
    public override void WriteProgress(long sourceId, ProgressRecord record) { }
    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
        NonInteractive ? throw new PSInvalidOperationException(NonInteractiveMessage) : throw new InvalidOperationException($"The script asked for input ({caption}: {message}); generated scripts must not prompt.");
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName)
    {
        // A credential prompt is a prompt: recorded, and impossible where no one can answer (-NonInteractive).
        Prompts.Add($"{caption} | {message}");
        return NonInteractive ? throw new PSInvalidOperationException(NonInteractiveMessage) : new("harness\\admin", new NetworkCredential("", "x").SecurePassword);
    }
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
        PromptForCredential(caption, message, userName, targetName);
    public override string ReadLine() => throw new InvalidOperationException("The script read from the console; generated scripts must not.");
    public override SecureString ReadLineAsSecureString() => throw new InvalidOperationException("The script read a secret from the console.");

    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
    {
        var text = $"{caption} | {message}";
        Prompts.Add(text);
        model.Prompts++;
        if (NonInteractive) throw new PSInvalidOperationException(NonInteractiveMessage);
        var yes = Answer(text);
        var wanted = yes ? "&Yes" : "&No";
        var index = choices.ToList().FindIndex(c => c.Label == wanted);
        return index >= 0 ? index : defaultChoice;
    }
}

internal sealed class NetworkCredential(string user, string password)
{
    public SecureString SecurePassword
    {
        get { var s = new SecureString(); foreach (var c in password) s.AppendChar(c); s.MakeReadOnly(); _ = user; return s; }
    }
}

internal sealed class RawUi : PSHostRawUserInterface
{
    public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
    public override Size BufferSize { get; set; } = new(200, 1000);
    public override Coordinates CursorPosition { get; set; }
    public override int CursorSize { get; set; }
    public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.White;
    public override bool KeyAvailable => false;
    public override Size MaxPhysicalWindowSize => new(200, 100);
    public override Size MaxWindowSize => new(200, 100);
    public override Coordinates WindowPosition { get; set; }
    public override Size WindowSize { get; set; } = new(200, 100);
    public override string WindowTitle { get; set; } = "harness";
    public override void FlushInputBuffer() { }
    public override BufferCell[,] GetBufferContents(Rectangle rectangle) => new BufferCell[0, 0];
    public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();
    public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
    public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
    public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
}
