using System.Management.Automation.Language;
using System.Text.Json;

namespace PsHarness.Engine;

/// <summary>Every corpus file through PowerShell's own parser: zero errors, and the commands it invokes
/// (CommandAst, in source order) equal the list tree-sitter found in the corpus test.</summary>
public static class ParseChecks
{
    public static IReadOnlyList<string> Commands(Ast ast) => ast
        .FindAll(a => a is CommandAst, searchNestedScriptBlocks: true)
        .Cast<CommandAst>()
        .OrderBy(c => c.Extent.StartOffset)
        // `& $step.Diagnose` has no static name; tree-sitter names it by its text, and so do we.
        .Select(c => c.GetCommandName() ?? c.CommandElements[0].Extent.Text)
        .ToList();

    public static void Run(string corpus, JsonElement manifest, Report report)
    {
        foreach (var entry in manifest.GetProperty("scripts").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var expected = entry.GetProperty("commands").EnumerateArray().Select(e => e.GetString()!).ToList();
            report.Check("parse", file, () =>
            {
                var ast = Parser.ParseInput(File.ReadAllText(Path.Combine(corpus, file)), out _, out var errors);
                if (errors.Length > 0)
                    return string.Join("\n", errors.Take(5).Select(e => $"{e.Extent.StartLineNumber}:{e.Extent.StartColumnNumber} {e.ErrorId}: {e.Message}"));
                var actual = Commands(ast);
                if (actual.SequenceEqual(expected)) return null;
                var missing = expected.Except(actual).ToList();
                var extra = actual.Except(expected).ToList();
                var firstDiff = Enumerable.Range(0, Math.Min(actual.Count, expected.Count)).FirstOrDefault(i => actual[i] != expected[i], -1);
                return $"command lists differ: PowerShell {actual.Count}, tree-sitter {expected.Count}; only PowerShell: [{string.Join(", ", extra)}]; " +
                       $"only tree-sitter: [{string.Join(", ", missing)}]" +
                       (firstDiff >= 0 ? $"; first difference at #{firstDiff}: PowerShell '{actual[firstDiff]}' vs tree-sitter '{expected[firstDiff]}'" : "");
            });
        }
    }
}
