using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// An event whose work-up the authors tell right after it, ruling out the treatment's event they looked for and naming
/// what it was instead: "he reported a dry cough. Pneumonitis was excluded on CT, and the cough was attributed to a
/// viral infection"; "she developed dyspnoea; myocarditis was ruled out and a pulmonary embolism was diagnosed". The
/// ruled-out diagnosis is one a treatment causes (<see cref="AttributionCues.Excluded"/>, or one a tie word names:
/// "immune-related colitis was ruled out"), and the other cause follows it in the same sentence with no treatment and
/// no tie word ("… and colonoscopy confirmed immune-related colitis" keeps the event the drug's). An infection ruled out
/// ("infection was excluded, and colitis was diagnosed") rules no treatment out, nor does an exclusion with no other
/// cause named ("myocarditis was excluded by a normal troponin").
/// </summary>
internal static class ExcludedForOtherCause
{
    /// <summary>How many words before an exclusion word its object may reach ("immune-related colitis was excluded").</summary>
    private const int ObjectWords = 5;

    private static readonly CueSet Exclusions = new("excluded", "ruled out");

    /// <summary>Words after the exclusion that name what the event was instead.</summary>
    private static readonly CueSet Instead = new(
        "attributed to", "attributable to", "due to", "caused by", "diagnosed", "diagnosis of", "positive for", "grew", "showed",
        "revealed", "confirmed", "demonstrated", "consistent with", "found to have", "identified");

    /// <summary>
    /// Where the ruled-out diagnosis starts when the event's sentence after <paramref name="end"/>, or the next sentence,
    /// tells it ruled out for another cause; -1 when neither does.
    /// </summary>
    public static int After(ExtractionContext context, TreatmentIndex treatments, AttributionCues cues, Sentence sentence, int end)
    {
        var text = context.Text;
        if (end < sentence.End && Excluded(text, treatments, cues, end, sentence.End) is var here and >= 0)
        {
            return here;
        }

        var index = context.SentenceIndexAt(sentence.Start);
        if (index < 0 || index + 1 >= context.Sentences.Count)
        {
            return -1;
        }

        var next = context.Sentences[index + 1];
        return Excluded(text, treatments, cues, next.Start, next.End);
    }

    private static int Excluded(string text, TreatmentIndex treatments, AttributionCues cues, int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        var at = Exclusions.IndexOfAny(span);
        if (at < 0 || (at > 0 && char.IsLetterOrDigit(span[at - 1])))
        {
            return -1;
        }

        var wordEnd = at + (span[at..].StartsWith("ruled out", StringComparison.OrdinalIgnoreCase) ? "ruled out".Length : "excluded".Length);
        if (wordEnd < span.Length && char.IsLetterOrDigit(span[wordEnd]))
        {
            return -1;
        }

        // the diagnosis ruled out: the words before the exclusion in its clause ("pneumonitis was excluded"), or right
        // after it ("we excluded pneumonitis")
        var before = span[..at];
        var clauseStart = before.LastIndexOfAny(',', ';', ':') + 1;
        var objectStart = Math.Max(clauseStart, WordsBack(before, ObjectWords));
        var after = span[wordEnd..];
        var afterEnd = after.IndexOfAny(',', ';', '.');
        var following = afterEnd < 0 ? after : after[..afterEnd];
        var ruled = span[objectStart..at];
        if (!(cues.Excluded.ContainsWord(ruled) || cues.Tie.ContainsWord(ruled) || cues.Excluded.ContainsWord(following)))
        {
            return -1;
        }

        // the other cause, named after the exclusion with no treatment and no tie word
        var rest = span[wordEnd..];
        return Instead.ContainsWord(rest) && !cues.Tie.ContainsWord(rest) && treatments.Between(from + wordEnd, to).IsEmpty
            ? from + objectStart
            : -1;
    }

    /// <summary>Where the last <paramref name="count"/> words of <paramref name="span"/> start.</summary>
    private static int WordsBack(ReadOnlySpan<char> span, int count)
    {
        var at = span.Length;
        for (var words = 0; at > 0;)
        {
            at--;
            if (span[at] == ' ' && at + 1 < span.Length && span[at + 1] != ' ' && ++words > count)
            {
                return at + 1;
            }
        }

        return 0;
    }
}
