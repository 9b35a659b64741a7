using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Decides whether an event the text names is an adverse event of a treatment, and of which. It is not when the words
/// around it make it past history ("history of", "pre-existing"), a manifestation of the tumour ("malignant", "due to
/// the tumour", "paraneoplastic") or the complication of an operation with no drug or radiation in its sentence. It is
/// when its sentence ties it to a treatment (a grade, "-induced", "immune-related", "attributed to nivolumab", "after
/// two cycles", "led to discontinuation"), or, short of a tie, when the narrative tells it after the treatment started
/// and not as the reason for presentation. Without a tie of its own (a grade, a tie word, a drug tied to it) it is not
/// one when its sentence ascribes it to another cause ("diarrhoea from norovirus infection"), names it as what a drug
/// was given for ("prednisolone for vasculitis"), tells it ending ("the effusion disappeared") or, with the next
/// sentence, has a test find the tumour right after it ("seizures, and MRI revealed a metastasis"), nor when its first
/// mention told it as something else (a complaint the patient had before the treatment). Its therapy is the given
/// treatments its sentence names as cause or precursor; failing those, the anticancer treatments named last before
/// its sentence (the one most recently given).
/// </summary>
internal sealed class AttributionReader(AttributionCues cues)
{
    private const int BeforeReach = 80;

    private readonly OtherExplanation _other = new(cues);

    private readonly TumourFinding _finding = new(cues);

    /// <summary>
    /// Reads one mention; <paramref name="read"/> holds what each sentence of the document says as a whole, filled as
    /// sentences come; <paramref name="explained"/> says the first mention of the event in the case was told as
    /// something else (<see cref="Attribution.Other"/>), so that only a tie of its own makes this one an adverse event.
    /// </summary>
    public Attribution Read(ExtractionContext context, TreatmentIndex treatments, Dictionary<int, SentenceCues> read,
        Sentence sentence, int start, int end, int? grade, AdverseEventTerm named, bool explained)
    {
        var term = named.Term;
        var text = context.Text;
        if (History(context, sentence, start) || _other.Disease(text, sentence, start, end, treatments))
        {
            return Attribution.Other;
        }

        var whole = Cues(text, sentence, read);
        var patient = context.PatientAt(start);
        var therapy = Named(text, treatments, sentence, start, end, patient, out var remedied, out var caused);
        if (therapy.Count == 0 && !whole.Treatment && whole.Surgery && !term.StartsWith("radiation", StringComparison.Ordinal))
        {
            return Attribution.Other;
        }

        // a grade, a tie word or a drug tied to the event itself is a tie of its own; a treatment told before it is not
        if (grade is null && !whole.Tie && !caused
            && (explained || remedied || _other.OtherCause(text, treatments, sentence, end) || _other.Ending(text, sentence, start, end)))
        {
            return Attribution.Other;
        }

        // the tumour's presenting complaint: "she had seizures, and MRI revealed a frontal metastasis"
        if (grade is null && !whole.Tie && !caused && therapy.Count == 0 && _finding.After(context, sentence, end))
        {
            return Attribution.Other;
        }

        var tie = grade is not null || whole.Tie || whole.LinkedTreatment || (therapy.Count > 0 && whole.Link);
        var narrative = named.Common && start >= treatments.Threshold(start) && !CueBefore(cues.Presentation, text, sentence, start, sentence.Length)
            && !whole.Progression && !AfterProgression(context, start, read);
        if (!tie && !narrative)
        {
            return start < treatments.Threshold(start) ? Attribution.Other : Attribution.None;
        }

        if (therapy.Count > 0)
        {
            return new Attribution(true, therapy, Tied: tie);
        }

        therapy = term.StartsWith("radiation", StringComparison.Ordinal) && treatments.HasRadiotherapy(patient)
            ? [TreatmentIndex.Radiotherapy]
            : treatments.LatestBefore(patient, sentence.Start);
        return new Attribution(true, therapy, Inferred: true, Tied: tie);
    }

    /// <summary>
    /// The given treatments of the patient that the sentence names before the event (unless as its remedy: "prednisone
    /// for colitis") or after it behind a cause or temporal word ("attributed to ipilimumab and nivolumab"). A drug
    /// that is not an anticancer one (an antibiotic, a steroid, a supplement) must be tied to the event itself:
    /// "steroid-induced hyperglycaemia", "hyperglycaemia secondary to prednisone". <paramref name="remedied"/> says a
    /// drug before the event is given for it; <paramref name="caused"/> that a drug is tied to the event itself
    /// ("-induced", "attributed to", "three weeks after nivolumab").
    /// </summary>
    private List<string> Named(string text, TreatmentIndex treatments, Sentence sentence, int start, int end, string patient,
        out bool remedied, out bool caused)
    {
        var named = new List<string>();
        remedied = false;
        caused = false;
        foreach (var mention in treatments.Between(sentence.Start, sentence.End))
        {
            if (mention.Patient != patient || named.Contains(mention.Name))
            {
                continue;
            }

            if (mention.End <= start)
            {
                var gap = text.AsSpan(mention.End, start - mention.End);
                // "prednisone for colitis" names the remedy; "nivolumab was held for colitis" the cause
                var remedy = cues.Remedy.LastWordEnd(gap);
                if (remedy >= 0 && EventGrade.Words(gap[remedy..]) <= 3 && cues.Tie.LastWordEnd(gap[..remedy]) < 0)
                {
                    remedied = true;
                    continue;
                }

                var tied = gap.Length <= 12 && cues.Tie.ContainsWord(gap);
                if (!mention.Anticancer && !tied)
                {
                    continue;
                }

                caused |= tied;
                named.Add(mention.Name);
            }
            else if (mention.Start < end)
            {
                caused = true;
                named.Add(mention.Name); // "ipilimumab-induced colitis" as one phrase
            }
            else if (!_other.QualifiesOtherCause(text, mention.End, sentence.End))
            {
                var gap = text.AsSpan(end, mention.Start - end);
                var link = cues.Link.LastWordEnd(gap);
                if (link >= 0 && cues.Remedy.LastWordEnd(gap) < link && EventGrade.Words(gap[link..]) <= 6
                    && (mention.Anticancer || cues.Cause.LastWordEnd(gap) == link))
                {
                    caused = true;
                    named.Add(mention.Name);
                }
            }
        }

        return named;
    }

    /// <summary>Whether a cause or temporal word of the sentence is followed within a few words by a treatment noun ("after two cycles").</summary>
    private bool LinkedTreatment(ReadOnlySpan<char> sentence)
    {
        var to = sentence.Length;
        while (to > 0)
        {
            var link = cues.Link.LastWordEnd(sentence[..to]);
            if (link < 0)
            {
                return false;
            }

            if (cues.Treatment.ContainsWord(sentence[link..Math.Min(sentence.Length, link + 40)]))
            {
                return true;
            }

            to = link - 1;
        }

        return false;
    }

    /// <summary>Whether the sentence before the event tells the course of the tumour ("a month later the disease progressed").</summary>
    private bool AfterProgression(ExtractionContext context, int start, Dictionary<int, SentenceCues> read)
    {
        var index = context.SentenceIndexAt(start);
        return index > 0 && Cues(context.Text, context.Sentences[index - 1], read).Progression;
    }

    private SentenceCues Cues(string text, Sentence sentence, Dictionary<int, SentenceCues> read)
    {
        if (!read.TryGetValue(sentence.Start, out var whole))
        {
            var span = text.AsSpan(sentence.Start, sentence.Length);
            whole = new SentenceCues(cues.Treatment.ContainsWord(span), cues.Surgery.ContainsAny(span), cues.Tie.ContainsWord(span),
                LinkedTreatment(span), cues.Link.ContainsWord(span), cues.Progression.ContainsWord(span));
            read[sentence.Start] = whole;
        }

        return whole;
    }

    private bool History(ExtractionContext context, Sentence sentence, int start) =>
        CaseScope.PastHistory(context, start) || MentionFilters.InHistoryList(context.Text, sentence, start)
        || CueBefore(cues.History, context.Text, sentence, start, BeforeReach);

    /// <summary>Whether a cue stands before <paramref name="start"/> in its sentence (within <paramref name="reach"/>) with no breaker after it.</summary>
    private bool CueBefore(CueSet set, string text, Sentence sentence, int start, int reach)
    {
        var from = Math.Max(sentence.Start, start - reach);
        var before = text.AsSpan(from, start - from);
        var cue = set.LastWordEnd(before);
        return cue >= 0 && !cues.Breaker.ContainsWord(before[cue..]);
    }
}
