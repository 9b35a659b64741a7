using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The "-induced" compounds of a sentence and whether each names a treatment as the inducer. A drug of the patient, a
/// treatment noun or a steroid word does ("capecitabine-induced", "chemotherapy-induced", "steroid-induced"); any other
/// word names a cause that is no treatment ("stress-induced cardiomyopathy", "exercise- induced bronchospasm",
/// "pregnancy-induced hypertension"), so the compound ties nothing to a treatment.
/// </summary>
internal sealed class InducerCompounds(AttributionCues cues)
{
    private const string Induced = "induced";

    /// <summary>Each compound of the sentence: the offsets of its "induced" and whether its inducer is a treatment.</summary>
    public IEnumerable<(int Start, int End, bool Treatment)> In(string text, Sentence sentence, TreatmentIndex treatments)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var found = new List<(int, int, bool)>();
        for (var at = span.IndexOf(Induced, StringComparison.OrdinalIgnoreCase); at >= 0;
            at = Next(span, at))
        {
            var end = at + Induced.Length;
            if (end < span.Length && char.IsLetterOrDigit(span[end]))
            {
                continue;
            }

            // "stress-induced", "stress- induced": a word, a hyphen and at most one space
            var hyphen = at - 1;
            while (hyphen >= 0 && span[hyphen] == ' ' && at - hyphen <= 1)
            {
                hyphen--;
            }

            if (hyphen <= 0 || span[hyphen] != '-' || !char.IsLetterOrDigit(span[hyphen - 1]))
            {
                continue;
            }

            var wordStart = hyphen;
            while (wordStart > 0 && (char.IsLetterOrDigit(span[wordStart - 1]) || span[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            // a treatment noun of one or more words ends at the hyphen ("checkpoint inhibitor-induced"), the compound is a
            // steroid one ("steroid-induced"), or a given drug is named right there ("capecitabine-induced")
            var inducerStart = sentence.Start + wordStart;
            var treatment = cues.Treatment.LastWordEnd(span[..hyphen]) == hyphen || cues.Steroid.ContainsWord(span[wordStart..end])
                || EndsAfter(treatments.Between(sentence.Start, sentence.Start + hyphen), inducerStart);
            found.Add((sentence.Start + at, sentence.Start + end, treatment));
        }

        return found;
    }

    /// <summary>
    /// Whether a compound of a non-treatment inducer stands right before the event, at most two words away, naming its
    /// cause: "pregnancy-induced hypertension", "stress-induced takotsubo cardiomyopathy".
    /// </summary>
    public bool OtherCauseBefore(string text, Sentence sentence, TreatmentIndex treatments, int start) =>
        In(text, sentence, treatments).Any(c => !c.Treatment && c.End <= start && start - c.End <= 40
            && EventGrade.Words(text.AsSpan(c.End, start - c.End)) <= 2 && text.AsSpan(c.End, start - c.End).IndexOfAny(',', ';') < 0);

    private static int Next(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 1)..].IndexOf(Induced, StringComparison.OrdinalIgnoreCase);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>Whether any of <paramref name="mentions"/> ends after <paramref name="offset"/>.</summary>
    private static bool EndsAfter(ReadOnlySpan<TreatmentMention> mentions, int offset)
    {
        foreach (var mention in mentions)
        {
            if (mention.End > offset)
            {
                return true;
            }
        }

        return false;
    }
}
