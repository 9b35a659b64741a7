using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The words around an event that tell it as something other than an adverse event: a manifestation of the tumour, the
/// effect of another cause ("diarrhoea from norovirus infection"), an event the authors rule out as the treatment's
/// ("unrelated to pembrolizumab"), or an event told ending ("the effusion disappeared").
/// </summary>
internal sealed class OtherExplanation(AttributionCues cues)
{
    /// <summary>Whether the three words before the event or the few after it (up to a comma or a treatment) call it the tumour's.</summary>
    public bool Disease(string text, Sentence sentence, int start, int end, TreatmentIndex treatments)
    {
        var from = start;
        for (var words = 0; from > sentence.Start && words < 3;)
        {
            from--;
            if (text[from] is ',' or ';' or '(' or ')' or '.')
            {
                from++;
                break;
            }

            if (text[from] == ' ' && from > sentence.Start && text[from - 1] != ' ')
            {
                words++;
            }
        }

        var to = end;
        var stop = Math.Min(sentence.End, treatments.Between(end, sentence.End).Select(m => m.Start).FirstOrDefault(sentence.End));
        for (var words = 0; to < stop && words < 6; to++)
        {
            if (text[to] is ',' or ';' or '(' or ')')
            {
                break;
            }

            if (text[to] == ' ')
            {
                words++;
            }
        }

        return cues.Disease.ContainsWord(text.AsSpan(from, start - from)) || cues.Disease.ContainsWord(text.AsSpan(end, to - end));
    }

    /// <summary>
    /// Whether a cause word after the event, in its clause, is followed within six words by a cause that is no
    /// treatment ("lymphopenia and diarrhoea from norovirus infection", "hypertension caused by the ectopic ACTH
    /// syndrome"), with no anticancer treatment between them.
    /// </summary>
    public bool OtherCause(string text, TreatmentIndex treatments, Sentence sentence, int end)
    {
        var to = Math.Min(sentence.End, end + ClauseReach);
        var clause = text.AsSpan(end, to - end);
        var stop = clause.IndexOfAny(ClauseStops);
        clause = stop >= 0 ? clause[..stop] : clause;
        var link = cues.Cause.LastWordEnd(clause);
        if (link < 0)
        {
            return false;
        }

        var cause = clause[link..];
        var words = 0;
        var length = 0;
        for (var inWord = false; length < cause.Length && words <= 6; length++)
        {
            var letter = char.IsLetterOrDigit(cause[length]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        var other = cues.OtherCause.LastWordEnd(cause[..length]);
        return other >= 0 && !treatments.Between(end + link, end + link + other).Any(m => m.Anticancer);
    }

    /// <summary>Whether the word after a drug's name makes it name another cause: "the ectopic ACTH syndrome", "HBV infection".</summary>
    public bool QualifiesOtherCause(string text, int from, int to)
    {
        while (from < to && text[from] is ' ' or '-')
        {
            from++;
        }

        var wordEnd = from;
        while (wordEnd < to && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > from && cues.OtherCause.ContainsWord(text.AsSpan(from, wordEnd - from));
    }

    /// <summary>
    /// Whether the event is the subject of words that tell it ending: "her pleural effusion had disappeared",
    /// "fever, cough and vomiting cleared with antibiotics"; not "she developed fever that resolved".
    /// </summary>
    public bool Ending(string text, Sentence sentence, int start, int end)
    {
        var to = Math.Min(sentence.End, end + ClauseReach);
        var after = text.AsSpan(end, to - end);
        var at = cues.Resolution.IndexOfAny(after);
        if (at < 0 || (at > 0 && char.IsLetterOrDigit(after[at - 1])) || EventGrade.Words(after[..at]) > 5 || OccurrenceWords.ContainsAny(after[..at]))
        {
            return false;
        }

        var clauseStart = text.AsSpan(sentence.Start, start - sentence.Start).LastIndexOfAny(ClauseStops);
        var before = text.AsSpan(clauseStart < 0 ? sentence.Start : sentence.Start + clauseStart + 1, start - (clauseStart < 0 ? sentence.Start : sentence.Start + clauseStart + 1));
        return !OccurrenceWords.ContainsAny(before);
    }

    /// <summary>
    /// Whether the rest of the event's clause rules the treatment out as its cause: "grade 2 fatigue, which was
    /// considered unrelated to pembrolizumab", "the rash was not thought to be drug-related".
    /// </summary>
    public bool RuledOut(string text, Sentence sentence, int end)
    {
        var to = Math.Min(sentence.End, end + ClauseReach);
        var clause = text.AsSpan(end, to - end);
        var stop = clause.IndexOf(';');
        return cues.RuledOut.ContainsWord(stop >= 0 ? clause[..stop] : clause);
    }

    private const int ClauseReach = 80;

    private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create(";:()");

    /// <summary>Words that tell an event happening, before it or between it and the words of its end.</summary>
    private static readonly CueSet OccurrenceWords = new(
        "developed", "experienced", "suffered", "presented", "occurred", "appeared", "noted", "showed", "revealed", " had ",
        " which ", " that ", " but ");
}
