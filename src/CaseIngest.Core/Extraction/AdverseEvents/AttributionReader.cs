using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Decides whether an event the text names is an adverse event of a treatment, and of which. It is not when the words
/// around it make it past history ("history of", "pre-existing"), a manifestation of the tumour ("malignant", "due to
/// the tumour", "paraneoplastic"), ruled out as the treatment's ("unrelated to nivolumab") or the complication of an
/// operation with no drug or radiation in its sentence. It is
/// when its sentence ties it to a treatment (a grade, "-induced", "immune-related", "attributed to nivolumab", "after
/// two cycles", "led to discontinuation"), or, short of a tie, when the narrative tells it after the treatment started
/// and not as the reason for presentation. Without a tie of its own (a grade, a tie word, a drug tied to it) it is not
/// one when its sentence ascribes it to another cause ("diarrhoea from norovirus infection", "from her lung cancer"),
/// names it as what a drug was given for ("prednisolone for vasculitis", "for her hypertension, amlodipine was
/// started"), names it as an infection caught from outside or its sign ("COVID-19 pneumonia with fever"), tells it in
/// spite of a treatment ("Despite terlipressin, she deteriorated with encephalopathy"), names a cause that is no
/// treatment right before it ("stress-induced cardiomyopathy"), tells it ending ("the effusion
/// disappeared") or, even after a treatment its sentence names, going on ("the cough persisted after the start of nivolumab"), or, with the next sentence, has a test find the tumour right after it ("seizures, and MRI revealed a
/// metastasis") or an infection ("fever. Blood cultures grew Escherichia coli") or is found by a test with them ("CT
/// revealed a liver mass and ascites"), nor when it is told as the flare of a disease the patient already had (<see cref="PreExistingFlare"/>), nor when the work-up told right after it rules out the
/// treatment's event and names another cause (<see cref="ExcludedForOtherCause"/>), nor when its first mention told it as something else (a complaint the patient
/// had before the treatment). Its therapy is the given treatments its sentence names as cause or precursor (a drug
/// named after it as the one whose dose it changed stands for the combination given with it); failing those, the
/// anticancer treatments named last before its sentence (the one most recently given; every drug of a regimen named by
/// its name, and of those only the drugs of the kind of treatment its sentence names:
/// <see cref="TreatmentKinds"/>), less those its sentence starts after it (<see cref="LaterStart"/>). An event that only the narrative order ties to a treatment needs one given before it.
/// </summary>
internal sealed partial class AttributionReader(AttributionCues cues)
{
    private const int BeforeReach = 80;

    /// <summary>The drug class of the case record that <see cref="AttributionCues.Steroid"/> words name.</summary>
    private const string Corticosteroid = "corticosteroid";

    private readonly ClauseReader _clauses = new(cues);

    private readonly OtherExplanation _other = new(cues);

    private readonly ExplainingFinding _tumour = new(cues.Finding, cues.Tumour);

    private readonly ExplainingFinding _infection = new(cues.Finding, cues.Infection);

    private readonly SentenceCueReader _sentences = new(cues);

    private readonly InducerCompounds _inducers = new(cues);

    /// <summary>
    /// Reads one mention; <paramref name="read"/> holds what each sentence of the document says as a whole, filled as
    /// sentences come; <paramref name="explained"/> says the first mention of the event in the case was told as
    /// something else (<see cref="Attribution.Other"/>), so that only a tie of its own makes this one an adverse event.
    /// </summary>
    public Attribution Read(ExtractionContext context, TreatmentIndex treatments, Dictionary<int, SentenceCues> read,
        Sentence sentence, int start, int end, int? grade, AdverseEventTerm named, bool explained, IReadOnlyList<(int Start, int End)> others)
    {
        var term = named.Term;
        var text = context.Text;
        if (History(context, sentence, start) || LongStanding.After(text, sentence, end) || _other.Disease(text, sentence, start, end, treatments) || _other.RuledOut(text, sentence, end)
            || LaterStart.OpensBeforeTreatment(text, sentence, start))
        {
            return Attribution.Other;
        }

        var whole = _sentences.Read(text, sentence, treatments, read);
        var patient = context.PatientAt(start);
        var therapy = Named(text, treatments, sentence, start, end, patient, named, others, out var remedied, out var caused, out var changed, out var ascribes);
        caused |= _clauses.TreatmentNounAfter(text, sentence, end);

        // a treatment its sentence starts after the event came too late to cause it
        var later = LaterStart.Read(text, treatments, sentence, start, end, patient);
        // "she ran a high fever and was started empirically on cefepime": when every treatment its sentence names is
        // started after the event, the words linking it to a treatment tell that start, not a cause
        var startedFor = later.Count > 0 && therapy.TrueForAll(later.Contains);
        if (later.Count > 0)
        {
            therapy.RemoveAll(later.Contains);
        }

        caused &= !startedFor;

        // "steroid-induced hyperglycaemia" after a cycle of R-CHOP: of the drugs credited, the corticosteroid the words name
        if (therapy.Count > 1 && SteroidWorded(text, sentence, start, end)
            && therapy.FindAll(t => treatments.ClassOf(t) == Corticosteroid) is { Count: > 0 } corticosteroids)
        {
            therapy = corticosteroids;
        }

        if (therapy.Count == 0 && !whole.Treatment && whole.Surgery && !term.StartsWith("radiation", StringComparison.Ordinal))
        {
            return Attribution.Other;
        }

        // "his cough persisted after the start of nivolumab": a complaint told going on was there before the treatment,
        // even where its sentence dates it after one
        if (grade is null && _other.Persisting(text, sentence, start, end))
        {
            return Attribution.Other;
        }

        // "an arthritis flare-up", "an exacerbation of arthritis": the course of a disease the patient already had (a
        // pain flare after radiotherapy is the treatment's)
        if (grade is null && !whole.Tie && !term.Contains("pain", StringComparison.Ordinal) && PreExistingFlare.Around(text, sentence, start, end))
        {
            return Attribution.Other;
        }

        // "he reported a dry cough. Pneumonitis was excluded on CT, and the cough was attributed to a viral infection":
        // the work-up that rules out the treatment's event and names another cause makes the event that cause's, even
        // where a course dates it; a grade or a tie word of its own before the exclusion keeps it the treatment's
        if (grade is null && ExcludedForOtherCause.After(context, treatments, cues, sentence, end) is var ruled and >= 0
            && !(whole.Tie && cues.Tie.ContainsWord(text.AsSpan(sentence.Start, Math.Min(ruled, sentence.End) - sentence.Start))))
        {
            return Attribution.Other;
        }

        // a grade, a tie word or a drug tied to the event itself is a tie of its own; a treatment told before it is not
        if (grade is null && !whole.Tie && !caused
            && (explained || remedied || _other.OtherCause(text, treatments, sentence, end) || _other.Ending(text, sentence, start, end)
                || _other.Indication(text, treatments, sentence, start, patient) || _other.NamedInfection(text, sentence, start)
                || _other.InSpiteOfTreatment(text, treatments, sentence, start) || _inducers.OtherCauseBefore(text, sentence, treatments, start)
                || _other.Accident(text, treatments, sentence, start)))
        {
            return Attribution.Other;
        }

        // the tumour's presenting complaint: "she had seizures, and MRI revealed a frontal metastasis", also where a
        // treatment named before it only dates it ("after four cycles of nivolumab, she reported back pain, and MRI …")
        if (grade is null && !whole.Tie && !caused && _tumour.After(context, sentence, end))
        {
            return Attribution.Other;
        }

        // a sign of an infection: "two weeks after the second cycle she had fever and chills. Blood cultures grew E. coli"
        if (grade is null && !whole.Tie && !caused && InfectionMaySignal(named) && _infection.After(context, sentence, end))
        {
            return Attribution.Other;
        }

        // found by a test with the tumour or an infection: "CT revealed a new liver mass and moderate ascites"
        if (grade is null && !whole.Tie && !caused
            && (_tumour.With(text, sentence, start, cues.Breaker) || (InfectionMaySignal(named) && _infection.With(text, sentence, start, cues.Breaker))))
        {
            return Attribution.Other;
        }

        // a drug the event itself is tied to ties it even when it is named only after it ("hypotension complicated the first infusion of infliximab")
        var tie = grade is not null || whole.Tie || (whole.LinkedTreatment && (!startedFor || _sentences.LinkedTreatmentBefore(text, sentence, start)))
            || (therapy.Count > 0 && (whole.Link || caused));
        var narrative = named.Common && start >= treatments.Threshold(start) && !FirstPresentation(treatments, sentence, start, text, patient)
            && !whole.Progression && !AfterProgression(context, treatments, start, read);
        if (!tie && !narrative)
        {
            return start < treatments.Threshold(start) ? Attribution.Other : Attribution.None;
        }

        if (therapy.Count > 0)
        {
            // "grade 3 mucositis, after which the fluorouracil dose was reduced": the drug whose dose the event changed
            // is one of the combination the patient was on, and the event is the combination's
            if (changed && treatments.LatestBefore(patient, sentence.Start) is { } given && given.Count > therapy.Count && therapy.All(given.Contains))
            {
                therapy = given;
                ascribes = false;
            }

            return new Attribution(true, therapy, Tied: tie, Ascribed: ascribes);
        }

        // "steroid-induced diabetes": the corticosteroids the patient was given, which are no anticancer treatment
        if (SteroidWorded(text, sentence, start, end) && treatments.OfClassBefore(patient, Corticosteroid, end) is { Count: > 0 } steroids)
        {
            return new Attribution(true, steroids, Tied: true);
        }

        therapy = term.StartsWith("radiation", StringComparison.Ordinal) && treatments.HasRadiotherapy(patient)
            ? [TreatmentIndex.Radiotherapy]
            : treatments.LatestBefore(patient, sentence.Start);

        // "she developed grade 3 colitis on immunotherapy" after carboplatin, pemetrexed and pembrolizumab: the kind of
        // treatment its sentence names keeps the drugs of that kind
        therapy = cues.KindsOfTreatment.Narrow(text.AsSpan(sentence.Start, sentence.Length), therapy, treatments.ClassOf, cues);

        // "thrombocytopenia following the induction chemotherapy" once midostaurin was started after it: the kind of
        // treatment the event's own words name it after or from, when no drug told last is of that kind, is the course of
        // that kind given before
        if (therapy.Count > 0 && cues.KindsOfTreatment.KindNamed(KindWords(text, sentence, start, end)) is { } kind
            && !therapy.Exists(t => cues.KindsOfTreatment.IsOf(kind, treatments.ClassOf(t)))
            && treatments.LatestBefore(patient, sentence.Start, t => cues.KindsOfTreatment.IsOf(kind, treatments.ClassOf(t))) is { Count: > 0 } earlier)
        {
            therapy = [.. earlier.Where(t => cues.KindsOfTreatment.IsOf(kind, treatments.ClassOf(t)))];
        }

        // "a pulmonary embolism was found, and sorafenib was then started": the treatment told last was started after it
        if (later.Count > 0 && therapy.Exists(later.Contains))
        {
            therapy = [.. therapy.Where(t => !later.Contains(t))];
            if (therapy.Count == 0)
            {
                return Attribution.Other;
            }
        }

        // "… grade 2 proteinuria. Bevacizumab was withheld, and atezolizumab was continued.": the drugs stopped for it
        if (therapy.Count > 1 && context.SentenceIndexAt(start) + 1 is var next && next < context.Sentences.Count
            && context.Sentences[next] is var following
            && StoppedForEvent.OpeningStopped(text, following.Start, following.End, [.. treatments.Between(following.Start, following.End)], patient) is { Count: > 0 } stopped
            && stopped.Count < therapy.Count && stopped.TrueForAll(therapy.Contains))
        {
            therapy = stopped;
        }

        // only a treatment given before it makes an event of the narrative an adverse event: with none, and no tie of its
        // own, it is a complaint of the patient ("intermittent fever" of a man on metformin)
        if (therapy.Count == 0 && !tie)
        {
            return Attribution.Other;
        }

        return new Attribution(true, therapy, Inferred: true, Tied: tie);
    }

    /// <summary>
    /// The words naming the treatment the event came after or from: those a temporal or cause word leads to in its
    /// clause ("following the induction chemotherapy"), else the first word of a compound right before it
    /// ("chemotherapy-induced alopecia"); empty when there are none.
    /// </summary>
    private ReadOnlySpan<char> KindWords(string text, Sentence sentence, int start, int end)
    {
        var after = _clauses.TreatmentWordsAfter(text, sentence, end);
        if (!after.IsEmpty)
        {
            return after;
        }

        var from = Math.Max(sentence.Start, start - 48);
        var before = text.AsSpan(from, start - from);
        var dash = before.LastIndexOf('-');
        if (dash <= 0 || !KindCompoundRegex().IsMatch(before[dash..]))
        {
            return [];
        }

        // the words of the compound's first part, back to the clause's start: "immune checkpoint inhibitor-related"
        var head = before[..dash];
        var open = head.LastIndexOfAny(",;:()");
        head = open >= 0 ? head[(open + 1)..] : head;
        var words = 0;
        for (var i = head.Length - 1; i >= 0; i--)
        {
            if (head[i] == ' ' && i + 1 < head.Length && head[i + 1] != ' ' && ++words == 3)
            {
                return head[(i + 1)..];
            }
        }

        return head;
    }

    // from the dash of a compound to the event, the compound naming its cause (a grade or a severity may come between):
    //   "-induced "                 -> compound
    //   "-related grade 2 "         -> compound
    //   "-free "                    -> not a cause
    [GeneratedRegex(@"^-\s?(?:induced|related|associated)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex KindCompoundRegex();

    /// <summary>Whether the words of the event or right before it name corticosteroids as its cause: "steroid-induced diabetes".</summary>
    private bool SteroidWorded(string text, Sentence sentence, int start, int end)
    {
        var from = Math.Max(sentence.Start, start - 24);
        return cues.Steroid.ContainsWord(text.AsSpan(from, end - from));
    }

    /// <summary>Whether the sentence before the event tells the course of the tumour ("a month later the disease progressed").</summary>
    private bool AfterProgression(ExtractionContext context, TreatmentIndex treatments, int start, Dictionary<int, SentenceCues> read)
    {
        var index = context.SentenceIndexAt(start);
        return index > 0 && _sentences.Read(context.Text, context.Sentences[index - 1], treatments, read).Progression;
    }

    /// <summary>Whether an infection may be what the event is a sign of: not a blood count falling (febrile neutropenia stays the drug's) nor an infection itself.</summary>
    private static bool InfectionMaySignal(AdverseEventTerm named) =>
        named.Ctcae?.Soc is not ("Blood and lymphatic system disorders" or "Investigations" or "Infections and infestations");

    private bool History(ExtractionContext context, Sentence sentence, int start) =>
        CaseScope.PastHistory(context, start) || MentionFilters.InHistoryList(context.Text, sentence, start)
        || CueBefore(cues.History, context.Text, sentence, start, BeforeReach);

    /// <summary>
    /// Whether the sentence tells the event as a complaint the patient presented with ("presented with dyspnoea") at
    /// the first presentation. A presentation its sentence dates within or after an anticancer treatment named in an
    /// earlier sentence ("three months later she presented with fatigue", "while on osimertinib, he presented with
    /// cough") is a new episode of the treatment, whose events are told like any other; one told only "later" is not.
    /// </summary>
    private bool FirstPresentation(TreatmentIndex treatments, Sentence sentence, int start, string text, string patient) =>
        CueBefore(cues.Presentation, text, sentence, start, sentence.Length)
        && !(cues.Dated.ContainsWord(text.AsSpan(sentence.Start, sentence.Length)) && treatments.LatestBefore(patient, sentence.Start).Count > 0);

    /// <summary>Whether a cue stands before <paramref name="start"/> in its sentence (within <paramref name="reach"/>) with no breaker after it.</summary>
    private bool CueBefore(CueSet set, string text, Sentence sentence, int start, int reach)
    {
        var from = Math.Max(sentence.Start, start - reach);
        var before = text.AsSpan(from, start - from);
        var cue = set.LastWordEnd(before);
        return cue >= 0 && !cues.Breaker.ContainsWord(before[cue..]);
    }
}
