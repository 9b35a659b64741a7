using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

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

    /// <summary>
    /// As <see cref="CharacterVariants.Plain(string)"/> of <see cref="Strip"/>, in one copy of the text: the parts
    /// between the marks of each emphasis, then their variants in plain spelling.
    /// </summary>
    public static string StripToPlain(string text)
    {
        if (text.AsSpan().IndexOfAny('*', '_') < 0)
        {
            return CharacterVariants.Plain(text);
        }

        if (!CharacterVariants.Any(text))
        {
            return Strip(text);
        }

        // an emphasis opening with two marks ("**", "__") is one of the two-mark forms: the others open on one mark
        // before a word character
        var parts = new List<(int Start, int End)>();
        var from = 0;
        foreach (var match in EmphasisRegex().EnumerateMatches(text))
        {
            var marks = text[match.Index + 1] == text[match.Index] ? 2 : 1;
            parts.Add((from, match.Index));
            parts.Add((match.Index + marks, match.Index + match.Length - marks));
            from = match.Index + match.Length;
        }

        parts.Add((from, text.Length));
        return CharacterVariants.Plain(text, parts);
    }

    [GeneratedRegex(@"\*\*(?<t>[^*\s](?:[^*\n]{0,200}[^*\s])?)\*\*|__(?<t>[^_\s](?:[^_\n]{0,200}[^_\s])?)__|(?<![\w*])\*(?<t>[^*\s](?:[^*\n]{0,200}[^*\s])?)\*(?![\w*])|(?<![\w_])_(?<t>[^_\s](?:[^_\n]{0,200}[^_\s])?)_(?![\w_])", RegexOptions.ExplicitCapture)]
    private static partial Regex EmphasisRegex();
}
