using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A condition that follows a diagnosed condition in the same list is diagnosed with it: in "was diagnosed with
/// pneumonia, pulmonary embolism, septic shock and renal cortical necrosis" the diagnosing words reach every item,
/// however far the list runs from them. Only a list joiner and at most two qualifiers may stand between the items;
/// a verb or a negation ends the list ("pneumonia and had no sepsis").
/// </summary>
internal static partial class ListedDiagnoses
{
    /// <summary>
    /// Whether the mention at <paramref name="start"/> continues a list whose previous item ended at the nearest of
    /// <paramref name="diagnosedEnds"/> before it (the ends of mentions diagnosed so far, in any order).
    /// </summary>
    public static bool Continues(string text, Sentence sentence, int start, List<int> diagnosedEnds)
    {
        var previous = -1;
        foreach (var end in diagnosedEnds)
        {
            if (end <= start && end > previous)
            {
                previous = end;
            }
        }

        return previous >= sentence.Start && start - previous <= 48 && JoinerRegex().IsMatch(text.AsSpan(previous, start - previous));
    }

    // ", ", ", and ", " and ", ", acute ", " and a severe ", ", as well as "
    [GeneratedRegex(@"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)(?:(?!(?:was|were|had|has|is|are|no|not|without|then|later|but|which|who)\b)[A-Za-z-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex JoinerRegex();
}
