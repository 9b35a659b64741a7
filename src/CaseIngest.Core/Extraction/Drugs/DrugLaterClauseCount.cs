using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A later clause of the sentence that opens with a count of cycles told as a time and names its drug after it
/// ("Ondansetron was given for nausea, and after four cycles the carboplatin was stopped"; "He received capecitabine
/// and, after two cycles, oxaliplatin was stopped"): the count is that clause's, and the words of the drug before end
/// where the clause begins.
/// </summary>
internal static partial class DrugLaterClauseCount
{
    /// <summary>
    /// Where the later clause begins in <paramref name="segment"/>, the words between a drug and the next drug of its
    /// sentence, or -1 when the segment does not end with such a clause.
    /// </summary>
    public static int Start(ReadOnlySpan<char> segment)
    {
        if (!(segment.Contains("cycle", StringComparison.OrdinalIgnoreCase) || segment.Contains("course", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        foreach (var m in LaterClauseRegex().EnumerateMatches(segment))
        {
            return m.Index;
        }

        return -1;
    }

    /// <summary>
    /// A clause break followed by a count of cycles as a time and the next drug's article, at the end of the words
    /// between two drugs.
    /// | text before the next drug | match |
    /// |---|---|
    /// | was given for nausea, and after four cycles the | yes |
    /// | and, after two cycles, | yes |
    /// | , but following three courses, | yes |
    /// | for two cycles, and | no |
    /// | after four cycles of | no |
    /// </summary>
    [GeneratedRegex(@"(?:,\s*(?:and|but|yet|while|whereas)\b|\b(?:and|but)\s*,|;)\s*(?:then\s+|later\s+|however,?\s+)?(?:after|following|at\s+the\s+end\s+of|on\s+completion\s+of|upon\s+completion\s+of)\s+(?:the\s+)?(?:first\s+)?(?:\d{1,2}|a\s+single|one|" + NumberWords.TwoToTwelve + @")\s+(?:cycles?|courses?)\s*,?\s+(?:(?:the|his|her|their)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaterClauseRegex();
}
