using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug joined by "and", "plus" or "together with" to a drug offered, planned or declined, after the first drug's own
/// dose and schedule ("She was offered six cycles of carboplatin at an AUC of 5 every three weeks and paclitaxel 175
/// mg/m2"), is part of the same offer and shares its status, though the cue stands too far from it to reach it. Words
/// that open a clause of their own between the two ("was", "received", "then", "but", a semicolon), or a verb of the
/// second drug's own ("… and paclitaxel was given weekly"), keep them apart.
/// </summary>
internal static partial class DrugJoinedStatus
{
    private const int GapLimit = 120;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 1; i < mentions.Count; i++)
        {
            var previous = mentions[i - 1];
            var current = mentions[i];
            if (previous.Status == TreatmentStatus.Given || current.Status != TreatmentStatus.Given
                || current.Start < previous.End || current.Start - previous.End > GapLimit
                || context.SentenceIndexAt(previous.Start) != context.SentenceIndexAt(current.Start))
            {
                continue;
            }

            var gap = text.AsSpan(previous.End, current.Start - previous.End);
            if (gap.IndexOfAny(';', ':', '\n') >= 0 || !JoinedRegex().IsMatch(gap) || ClauseRegex().IsMatch(gap)
                || OwnVerbRegex().IsMatch(text.AsSpan(current.End, Math.Min(text.Length - current.End, 40))))
            {
                continue;
            }

            mentions[i] = current with { Status = previous.Status };
        }
    }

    // the gap ends in the word that joins the next drug to the list: " … every three weeks and ", ", plus weekly "
    [GeneratedRegex(@"(?:\band|\bplus|\b(?:together|combined|along)\s+with|\bin\s+combination\s+with)\s+(?:(?:weekly|daily|oral|intravenous|concurrent|concomitant)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex JoinedRegex();

    // the drug is the subject of a verb of its own: " was given weekly", " (175 mg/m2) was started"
    [GeneratedRegex(@"^\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:was|were|is|are|had|has|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnVerbRegex();

    // words that open a clause of its own between the two drugs
    [GeneratedRegex(@"\b(?:was|were|is|are|had|has|have|received|receiving|given|started|then|but|however|which|who|after|later|followed|subsequently|instead|she|he|they|we)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseRegex();
}
