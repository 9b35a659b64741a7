using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is a diagnosis only suspected, the suspicion told after the name.</summary>
internal static partial class MentionFilters
{
    private const int SuspectedReach = 100;

    /// <summary>
    /// Whether the words after the mention only suspect it ("thymoma was suspected on CT", "a lymphoma was initially
    /// suspected, but …", "renal cell carcinoma and oncocytoma were suspected"), and the rest of the sentence does not
    /// confirm it ("… was suspected and later confirmed by biopsy" stands; "suspected but not confirmed" does not).
    /// </summary>
    public static bool SuspectedAfter(string text, Sentence sentence, int end)
    {
        var to = Math.Min(sentence.End, end + SuspectedReach);
        if (to <= end || !text.AsSpan(end, to - end).Contains("suspected", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var suspected = SuspectedAfterRegex().Match(text, end, to - end);
        if (!suspected.Success)
        {
            return false;
        }

        var rest = suspected.Index + suspected.Length;
        return !ConfirmedLaterRegex().IsMatch(text.AsSpan(rest, sentence.End - rest));
    }

    // " was suspected", " were strongly suspected", " (RCC) was initially suspected", " and oncocytoma were suspected",
    // ", a schwannoma or a meningioma was first suspected", " of the distal esophagus was suspected": the verb after the
    // name (and the organ it names after "of the", or a spread it is told with: " with liver metastases was suspected"),
    // or after the rest of a short list it begins; not a suspected cause
    // of the mention ("diarrhea was suspected to be caused by irinotecan", "hepatitis was suspected to be immune-related")
    [GeneratedRegex(@"\G(?:\s+of\s+the\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)?(?:\s+with(?:\s+[A-Za-z-]+){1,4})?(?:\s*\([^)]{1,20}\))?(?:(?:,|,?\s+(?:and|or))\s+(?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w'-]*)?,?\s+(?:was|were|is|are|had\s+been)\s+(?:(?:\w+ly|first|also)\s+)?suspected\b(?!\s+to\s+be\s+(?:\w+[\s-])?(?:caused|related|induced|due|secondary|associated|attributable)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SuspectedAfterRegex();

    // "and later confirmed", ", and a biopsy confirmed it", "confirming the diagnosis"; not "but not confirmed",
    // "could not be confirmed", "never confirmed"
    [GeneratedRegex(@"(?<!\bnot\s+|\bnot\s+be\s+|\bnot\s+been\s+|\bnever\s+|\bnever\s+been\s+)\bconfirm(?:ed|ing|s)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmedLaterRegex();
}
