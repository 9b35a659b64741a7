using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The words around an event that tell it as something other than an adverse event: a manifestation of the tumour, the
/// effect of another cause ("diarrhoea from norovirus infection", "hyponatraemia due to SIADH from her lung cancer"),
/// what a drug is given for ("For her hypertension, amlodipine was started"), an infection caught from outside or its
/// signs ("COVID-19 pneumonia with fever"), an event told in spite of a treatment ("Despite terlipressin, she
/// deteriorated with encephalopathy"), an event the authors rule out as the treatment's ("unrelated to
/// pembrolizumab"), or an event told ending ("the effusion disappeared").
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
        var stop = Math.Min(sentence.End, treatments.Between(end, sentence.End) is [var next, ..] ? next.Start : sentence.End);
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
        var reach = cause[..Words(cause, 6)];
        var other = cues.OtherCause.LastWordEnd(reach);
        if (other >= 0 && !TreatmentIndex.AnyAnticancer(treatments.Between(end + link, end + link + other)))
        {
            return true;
        }

        // the patient's cancer, named further on and with no treatment up to the word after it: "hyponatraemia due to
        // SIADH from her small cell lung cancer", "from the hormone secretion of his lung carcinoma", "hypercalcaemia related
        // to bone metastases developed after the second cycle"; not "diarrhoea due to cancer therapy" nor "colitis from
        // nivolumab for melanoma"
        reach = cause[..Words(cause, 10)];
        var neoplasm = cues.Neoplasm.LastWordEnd(reach);
        if (neoplasm < 0)
        {
            return false;
        }

        reach = reach[..(neoplasm + Words(reach[neoplasm..], 1))];
        return !cues.Treatment.ContainsWord(reach) && treatments.Between(end + link, end + link + reach.Length).IsEmpty;
    }

    /// <summary>The length of the start of <paramref name="span"/> that holds its first <paramref name="count"/> words.</summary>
    private static int Words(ReadOnlySpan<char> span, int count)
    {
        var words = 0;
        var length = 0;
        for (var inWord = false; length < span.Length && words <= count; length++)
        {
            var letter = char.IsLetterOrDigit(span[length]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return length;
    }

    /// <summary>
    /// Whether the event is what a drug named after it in its sentence, no anticancer one, is given for, told by a
    /// purpose phrase that opens its clause a few words before it: "For her pulmonary hypertension, therapy with
    /// sildenafil was started", "To control his hypertension, amlodipine was added"; not "For colitis, nivolumab was held".
    /// </summary>
    public bool Indication(string text, TreatmentIndex treatments, Sentence sentence, int start, string patient)
    {
        var before = text.AsSpan(sentence.Start, start - sentence.Start);
        var opening = before[(before.LastIndexOfAny(ClauseOpeners) + 1)..].TrimStart();
        return OpensWith(opening, cues.PurposePhrases) is { } phrase && EventGrade.Words(opening[phrase.Length..]) <= 3
            && AnyOtherTreatment(treatments.Between(start, sentence.End), patient);
    }

    /// <summary>Whether any of <paramref name="mentions"/> is a treatment of <paramref name="patient"/> other than an anticancer one.</summary>
    private static bool AnyOtherTreatment(ReadOnlySpan<TreatmentMention> mentions, string patient)
    {
        foreach (var mention in mentions)
        {
            if (mention.Patient == patient && !mention.Anticancer)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of <paramref name="phrases"/> (longest first) that opens <paramref name="span"/> as whole words, or null.</summary>
    private static string? OpensWith(ReadOnlySpan<char> span, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (span.Length > phrase.Length && span.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(span[phrase.Length]))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the event's sentence opens by telling it in spite of a remedy: "Despite treatment with terlipressin, she
    /// deteriorated with encephalopathy", "In spite of lactulose, his encephalopathy worsened"; the opening clause names
    /// a drug that is no anticancer one, a treatment noun or a noun of the care given ("despite these measures"), and no anticancer drug ("Despite the response to nivolumab,
    /// she developed colitis" tells the colitis after nivolumab).
    /// </summary>
    public bool InSpiteOfTreatment(string text, TreatmentIndex treatments, Sentence sentence, int start)
    {
        var before = text.AsSpan(sentence.Start, start - sentence.Start);
        var opened = before.Length - before.TrimStart().Length;
        before = before[opened..];
        if (before.IndexOf(';') >= 0 || OpensWith(before, cues.ConcessionPhrases) is not { } phrase)
        {
            return false;
        }

        var comma = before[phrase.Length..].IndexOf(',');
        if (comma < 0)
        {
            return false;
        }

        var from = sentence.Start + opened + phrase.Length;
        var mentions = treatments.Between(from, from + comma);
        return !TreatmentIndex.AnyAnticancer(mentions)
            && (!mentions.IsEmpty || cues.Treatment.ContainsWord(text.AsSpan(from, comma)) || cues.Measure.ContainsWord(text.AsSpan(from, comma)));
    }

    /// <summary>
    /// Whether the event is an infection caught from outside, or one of its signs, told by the pathogen's name right
    /// before it ("COVID-19 pneumonia") or before a sign word and a list that reaches it ("influenza with fever and
    /// myalgia"), in one clause with no word that starts a new event between ("influenza, and later developed colitis").
    /// </summary>
    public bool NamedInfection(string text, Sentence sentence, int start)
    {
        var from = Math.Max(sentence.Start, start - ClauseReach);
        var before = text.AsSpan(from, start - from);
        before = before[(before.LastIndexOfAny(ClauseStops) + 1)..];
        var pathogen = cues.Pathogen.LastWordEnd(before);
        if (pathogen < 0)
        {
            return false;
        }

        var gap = before[pathogen..];
        return gap.Trim().IsEmpty || (SignWords.ContainsWord(gap) && EventGrade.Words(gap) <= 8 && !cues.Breaker.ContainsWord(gap));
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
    /// "fever, cough and vomiting cleared with antibiotics", "the haemolysis stabilised", or the object of a noun of its
    /// ending: "a lightening of the erythema", "improvement in her rash"; not "she developed fever that resolved".
    /// </summary>
    public bool Ending(string text, Sentence sentence, int start, int end)
    {
        if (AbatingBefore(text, sentence, start))
        {
            return true;
        }

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
    /// Whether a noun of ending (<see cref="AttributionCues.Abatement"/>) stands right before the event behind "of" or
    /// "in" and at most two words ("resolution of the pustules", "a lightening of the erythema", "improvement in her skin rash").
    /// </summary>
    private bool AbatingBefore(string text, Sentence sentence, int start)
    {
        var from = Math.Max(sentence.Start, start - AbatementReach);
        var before = text.AsSpan(from, start - from).TrimEnd();
        for (var words = 0; words <= 2 && !before.IsEmpty; words++)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                var head = space < 0 ? ReadOnlySpan<char>.Empty : before[..space].TrimEnd();
                var noun = head[(head.LastIndexOf(' ') + 1)..];
                return !noun.IsEmpty && cues.Abatement.ContainsWord(noun);
            }

            if (space < 0 || word.IndexOfAny(',', '.') >= 0)
            {
                return false;
            }

            before = before[..space].TrimEnd();
        }

        return false;
    }

    /// <summary>
    /// Whether the event is the subject of words that tell it going on, a complaint already there when the treatment
    /// began: "his cough and dyspnoea persisted after the start of nivolumab", "the bone pain continued", "the fatigue was
    /// still present"; not one a tie word names before it ("the immune-related colitis persisted") or a cause word after
    /// it ("the rash persisted, attributed to cetuximab"), nor one told growing ("the hand-foot syndrome continued to
    /// worsen") or outlasting a course ("diarrhoea persisted after the second cycle"), nor "she developed diarrhoea that persisted".
    /// </summary>
    public bool Persisting(string text, Sentence sentence, int start, int end)
    {
        var to = Math.Min(sentence.End, end + ClauseReach);
        var after = text.AsSpan(end, to - end);
        var at = PersistenceWords.IndexOfAny(after);
        if (at < 0 || (at > 0 && char.IsLetterOrDigit(after[at - 1])) || EventGrade.Words(after[..at]) > 5 || OccurrenceWords.ContainsAny(after[..at])
            || cues.Cause.ContainsWord(after) || Growing(after[at..]) || CourseWords.ContainsAny(after[at..]))
        {
            return false;
        }

        var clauseStart = text.AsSpan(sentence.Start, start - sentence.Start).LastIndexOfAny(ClauseStops);
        var from = clauseStart < 0 ? sentence.Start : sentence.Start + clauseStart + 1;
        // the tie word may be part of the event's own phrase ("immune-related pneumonitis")
        return !OccurrenceWords.ContainsAny(text.AsSpan(from, start - from)) && !cues.Tie.ContainsWord(text.AsSpan(from, end - from));
    }

    /// <summary>
    /// Whether a fall or an accident is told before the event in its sentence, after the last treatment named there:
    /// "he was on docetaxel when he fell at home and sustained a hip fracture", "after slipping on ice she had a wrist
    /// fracture"; not "he fell after the second cycle and had grade 3 neutropenia" (the treatment named after the fall).
    /// </summary>
    public bool Accident(string text, TreatmentIndex treatments, Sentence sentence, int start)
    {
        var before = text.AsSpan(sentence.Start, start - sentence.Start);
        var cue = cues.Accident.LastWordEnd(before);
        return cue >= 0 && treatments.Between(sentence.Start + cue, start).IsEmpty;
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

    /// <summary>How far before an event a noun of its ending and the words after it are looked for.</summary>
    private const int AbatementReach = 48;

    private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create(";:()");

    /// <summary>Where a clause may open before an event: a comma too, unlike <see cref="ClauseStops"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseOpeners = System.Buffers.SearchValues.Create(",;:()");

    /// <summary>Words after the name of an infection that go on to its signs.</summary>
    private static readonly CueSet SignWords = new("with", "including", "causing");

    /// <summary>
    /// "continued to worsen", "continues to rise", "remained grade 1": the persistence word opens a change of the event
    /// or its grade, not a complaint going on.
    /// </summary>
    private static bool Growing(ReadOnlySpan<char> from)
    {
        var space = from.IndexOf(' ');
        return space > 0 && (from[(space + 1)..].StartsWith("to ", StringComparison.OrdinalIgnoreCase)
            || from[(space + 1)..].StartsWith("grade", StringComparison.OrdinalIgnoreCase));
    }

    // "diarrhoea persisted after the second cycle of irinotecan": a course it outlasted is one it came in
    private static readonly CueSet CourseWords = new("cycle", "course", "dose", "infusion");

    /// <summary>Words that tell a complaint going on: "persisted", "continued", "was still present", "did not improve".</summary>
    private static readonly CueSet PersistenceWords = new(
        "persisted", "persists", "had persisted", "continued", "continues", "remained", "remains", "lingered", "was still present",
        "were still present", "was still there", "did not improve", "failed to improve");

    /// <summary>Words that tell an event happening, before it or between it and the words of its end.</summary>
    private static readonly CueSet OccurrenceWords = new(
        "developed", "experienced", "suffered", "presented", "occurred", "appeared", "noted", "showed", "revealed", " had ",
        " which ", " that ", " but ");
}
