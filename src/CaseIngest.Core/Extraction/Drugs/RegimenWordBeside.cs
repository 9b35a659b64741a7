using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Whether a regimen word stands right beside an initialism, which then names a regimen and not the other things its
/// letters abbreviate ("TP" total protein, "CE" contrast-enhanced, "CAF" cancer-associated fibroblasts).
/// <code>
/// after:  "NP chemotherapy", "TP regimen", "FP therapy", "DA induction", "TP-based chemotherapy", "CAF x 6", "DP courses"
/// before: "four cycles of TP", "two courses of DP", "a regimen of XP", "chemotherapy with NP", "adjuvant FAC", "salvage FLAG"
/// none:   "TP was 6.2 g/dL", "CE-CT showed", "CAF density", "FP and TP rates"
/// </code>
/// </summary>
internal static partial class RegimenWordBeside
{
    private const int Window = 48;

    public static bool Is(string text, int start, int end)
    {
        var after = text.AsSpan(end, Math.Min(Window, text.Length - end));
        if (AfterRegex().IsMatch(after))
        {
            return true;
        }

        var from = Math.Max(0, start - Window);
        return BeforeRegex().IsMatch(text.AsSpan(from, start - from));
    }

    [GeneratedRegex(@"^(?:-(?:based|like|type)\b)?[ \t]*(?:-[ \t]*)?(?:(?:chemo\w*|immunochemotherapy|regimens?|regime|protocol|therap(?:y|ies)|treatment|induction|consolidation|salvage|cycles?|courses?|scheme|combination)\b|[x×][ \t]*\d{1,2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterRegex();

    [GeneratedRegex(@"(?:\b(?:cycles?|courses?|rounds?|regimens?|regime|protocol|chemotherapy|therapy|treatment)[ \t]+(?:of|with)[ \t]+(?:the[ \t]+)?|\b(?:adjuvant|neoadjuvant|induction|salvage|palliative|consolidation|first-line|second-line|third-line)[ \t]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeRegex();
}
