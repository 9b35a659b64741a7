using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// A condition named right after another event as its cause ("a stroke due to atrial fibrillation", "vomiting caused
/// by a bowel obstruction") is told as that event's cause: it is an adverse event only when the text ties it to a
/// treatment of its own (a grade, a tie word, a drug named as its cause), not by the order of the narrative.
/// </summary>
internal static partial class CauseOfEvent
{
    private const int MaxGap = 48;

    /// <summary>Whether the words between an event and the next one only name the second as the first's cause.</summary>
    public static bool IsCauseGap(ReadOnlySpan<char> between) =>
        between.Length <= MaxGap && between.IndexOfAny(';', ':', '.') < 0 && CauseGapRegex().IsMatch(between);

    // | matches                                  | does not match                        |
    // |------------------------------------------|---------------------------------------|
    // | " due to "                               | " and "                               |
    // | " secondary to a "                       | ", which was treated for "            |
    // | ", probably caused by the "              | " consistent with "                   |
    // | " as a result of paroxysmal "            | " after the second dose and "         |
    // | " resulting from an underlying "         | " associated with "                   |
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:which\s+was|that\s+was|was|were)\s+)?(?:(?:probably|likely|presumably|most\s+likely|possibly|thought\s+to\s+be)\s+)?(?:due\s+to|secondary\s+to|caused\s+by|because\s+of|owing\s+to|as\s+a\s+result\s+of|resulting\s+from|from)\s+(?:(?:a|an|the|his|her|their|new|new-onset|underlying|known|acute|paroxysmal)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex CauseGapRegex();
}
