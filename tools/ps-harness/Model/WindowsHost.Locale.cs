namespace PsHarness.Model;

/// <summary>The display language of the host's console tools. quser's header and its "no session" message are
/// localized resources (https://learn.microsoft.com/windows-server/administration/windows-commands/query-user
/// shows the English ones); a German Windows prints German words. The exact German wording below is an
/// illustration, not copied from a German Windows: what the property relies on is only that it is not English.</summary>
public sealed partial class WindowsHost
{
    /// <summary>"en" (default) or "de".</summary>
    public string DisplayLanguage { get; set; } = "en";
}
