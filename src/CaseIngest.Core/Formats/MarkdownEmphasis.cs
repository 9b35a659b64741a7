using System.Text.RegularExpressions;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Markdown emphasis around words, dropped so that names read as written ("**HER2**" is "HER2"):
/// <list type="table">
/// <item><term>"**PD-L1** expression"</term><description>"PD-L1 expression"</description></item>
/// <item><term>"a *KRAS* G12C mutation", "_in situ_"</term><description>"a KRAS G12C mutation", "in situ"</description></item>
/// <item><term>"__nivolumab__"</term><description>"nivolumab"</description></item>
/// <item><term>"snake_case_name", "2 * 3 * 4", "a * b"</term><description>kept: no emphasis opens inside a word or before a space</description></item>
/// </list>
/// </summary>
internal static partial class MarkdownEmphasis
{
    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny('*', '_') < 0 ? text : EmphasisRegex().Replace(text, "${t}");

    [GeneratedRegex(@"\*\*(?<t>[^*\s](?:[^*\n]{0,200}[^*\s])?)\*\*|__(?<t>[^_\s](?:[^_\n]{0,200}[^_\s])?)__|(?<![\w*])\*(?<t>[^*\s](?:[^*\n]{0,200}[^*\s])?)\*(?![\w*])|(?<![\w_])_(?<t>[^_\s](?:[^_\n]{0,200}[^_\s])?)_(?![\w_])", RegexOptions.ExplicitCapture)]
    private static partial Regex EmphasisRegex();
}
