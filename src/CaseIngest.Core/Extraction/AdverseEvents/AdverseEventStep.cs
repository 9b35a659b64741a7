using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Adverse events of the patients: the events <see cref="AdverseEventLexicon"/> names (authors' wordings and CTCAE
/// v5.0 terms) with the grade the text gives (<see cref="EventGrade"/>). A mention counts when it is about the case,
/// affirmed, not a relative's, not in a sentence telling what a treatment can do in general
/// (<see cref="GeneralStatement"/>) and not in a negated or example list, and when <see cref="AttributionReader"/> finds it
/// tied to a treatment (when the first mention of an event in the case tells it as something else, a later one needs
/// a tie of its own), or it opens a row of a table of toxicities whose cells give its grade and drugs (<see cref="EventTable"/>). The events a counted one is said to include ("myelosuppression, including leukopenia") count
/// with it; an umbrella term told with the events it gathers adds none (<see cref="UmbrellaTerms"/>). One fact per
/// patient, term and episode (<see cref="EventEpisodes"/>), with the highest grade stated, its CTCAE term and MedDRA
/// code, and every treatment its mentions are tied to (less the corticosteroid of a regimen for a fall of blood counts).
/// </summary>
public sealed class AdverseEventStep : IExtractionStep
{
    private readonly AdverseEventLexicon _lexicon;
    private readonly AttributionReader _reader;
    private readonly AttributionCues _cues;

    public AdverseEventStep()
        : this(AdverseEventLexicon.LoadDefault(), AttributionCues.LoadDefault())
    {
    }

    /// <summary>A step over other hand-written lines of adverse-events.tsv (the CTCAE table and the cues are the shipped ones).</summary>
    internal AdverseEventStep(IReadOnlyList<(int Line, string Text)> lines, string source)
        : this(AdverseEventLexicon.LoadDefault(lines, source), AttributionCues.LoadDefault())
    {
    }

    private AdverseEventStep(AdverseEventLexicon lexicon, AttributionCues cues)
    {
        _lexicon = lexicon;
        _reader = new AttributionReader(cues);
        _cues = cues;
    }

    public string Name => "adverse-events";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var treatments = new TreatmentIndex(context, _cues);
        var sentences = new Dictionary<int, SentenceCues>();
        var facts = new List<EventMention>();
        // per patient and term, whether its first mention in the case told it as something else (a complaint the
        // patient brought, a manifestation, an event of another cause): later mentions then need a tie of their own
        var explained = new Dictionary<(string Patient, string Term), bool>();
        (int End, int? Grade, Attribution Attribution, int OwnGrades, bool Part)? previous = null;
        var matches = _lexicon.Match(text, context.Tokens);
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var (start, end) = (match.Start, match.End);
            if (match.Value.IsBlocked || !CaseScope.InCase(context, start) || context.FindingAssertionOf(start, end) != Assertion.Affirmed
                || CaseScope.AboutRelative(context, start) || MentionFilters.GeneralSentence(context, start))
            {
                continue;
            }

            var sentence = context.SentenceAt(start);
            if (GeneralStatement.Says(text, sentence.Start, sentence.Length))
            {
                continue; // "pembrolizumab may cause colitis": what a treatment can do, not what it did
            }

            var coordinated = previous is { } p && p.End <= start && sentence.Contains(p.End) && IsCoordination(text.AsSpan(p.End, start - p.End));
            // the parts of a counted event: "myelosuppression, including grade 3 leukopenia and thrombocytopenia"
            var part = previous is { } h && h.Attribution.Counts && h.End <= start && sentence.Contains(h.End)
                && (EventExamples.IsExampleGap(EventGrade.WithoutTrailingGrade(text.AsSpan(h.End, start - h.End))) || (coordinated && h.Part));
            if ((MentionFilters.NegatedOrListed(text, sentence, start, enumerations: false) && !part && !EventExamples.UnderEventHead(text, sentence, start))
                || MentionFilters.DeniedAfter(text, sentence, end) || MentionFilters.SuspectedAfter(text, sentence, end))
            {
                continue;
            }

            coordinated |= part;
            var grade = EventGrade.Of(text, sentence, start, end);
            if (grade is null && !(m + 1 < matches.Count && sentence.Contains(matches[m + 1].Start)) && context.SentenceIndexAt(start) + 1 is var n && n < context.Sentences.Count)
            {
                grade = EventGrade.StatedNext(text, context.Sentences[n]); // "… diarrhoea after the second cycle. It was classified as grade 3."
            }

            // items of one list that state grades of their own: "grade 3 neutropenia, grade 2 neuropathy, nausea"
            var listed = coordinated || (grade is not null && previous is { } q && q.End <= start && sentence.Contains(q.End)
                && IsCoordination(EventGrade.WithoutTrailingGrade(text.AsSpan(q.End, start - q.End))));
            var ownGrades = (listed ? previous!.Value.OwnGrades : 0) + (grade is null ? 0 : 1);
            if (grade is null && coordinated && previous!.Value.Grade is not null && ownGrades < 2)
            {
                grade = previous.Value.Grade; // "grade 1 diarrhea and pruritus"
            }

            // the first mention in the narrative of the case decides (a title or abstract tells the story out of order)
            var key = (context.PatientAt(start), match.Value.Term);
            var first = !explained.ContainsKey(key) && context.SectionAt(start)?.Kind is null or SectionKind.Body or SectionKind.Case;
            // a row of a table of toxicities: "| Thrombocytopenia | 3 | Carboplatin |"
            var row = EventTable.Row(text, treatments, context.PatientAt(start), start);
            grade = row?.Grade ?? grade;
            var attribution = row is { Therapy.Count: > 0 } cells
                ? new Attribution(true, cells.Therapy, Tied: true, Ascribed: true)
                : _reader.Read(context, treatments, sentences, sentence, start, end, grade, match.Value, explained.GetValueOrDefault(key), OthersOf(matches, m, sentence));
            if (attribution.Counts && !attribution.Tied && previous is { } c && c.End <= start && sentence.Contains(c.End)
                && CauseOfEvent.IsCauseGap(text.AsSpan(c.End, start - c.End)))
            {
                attribution = Attribution.Other; // "a stroke due to atrial fibrillation": named only as the cause of another event
            }

            if (first)
            {
                explained[key] = attribution.SomethingElse;
            }

            if (attribution.Counts && attribution.Therapy.Count == 0 && coordinated && previous!.Value.Attribution.Counts)
            {
                attribution = attribution with { Therapy = previous.Value.Attribution.Therapy, Inferred = previous.Value.Attribution.Inferred }; // "colitis and diarrhoea after ipilimumab"
            }

            previous = (end, grade, attribution, ownGrades, part);
            if (!attribution.Counts)
            {
                continue;
            }

            facts.Add(new EventMention(new AdverseEventFact
            {
                Patient = context.PatientAt(start),
                Term = match.Value.Term,
                Grade = EventGrade.Recorded(grade),
                CtcaeTerm = match.Value.Ctcae?.Term,
                MeddraCode = match.Value.Ctcae?.MeddraCode,
                Therapy = treatments.LessCorticosteroidsOfMarrowEvent(attribution.Therapy, _cues.Marrow.Contains(match.Value.Term)),
                Evidence = context.Evidence(start, end),
            }, attribution.Inferred, grade is not null || attribution.Tied || (listed && ownGrades > 0), match.Value.Ctcae, context.SentenceIndexAt(start), attribution.Ascribed,
                context.SectionAt(start)?.Kind is SectionKind.Discussion));
        }

        foreach (var fact in EventEpisodes.Of(UmbrellaTerms.WithoutRestated(facts)))
        {
            context.AdverseEvents.Add(fact);
        }
    }

    /// <summary>The spans of the other events named in the sentence of match <paramref name="m"/>, in text order (a shared empty list when there are none).</summary>
    private static IReadOnlyList<(int Start, int End)> OthersOf(IReadOnlyList<PhraseMatch<AdverseEventTerm>> matches, int m, Sentence sentence)
    {
        var first = m;
        while (first > 0 && matches[first - 1].Start >= sentence.Start)
        {
            first--;
        }

        List<(int Start, int End)>? others = null;
        for (var i = first; i < matches.Count && matches[i].Start < sentence.End; i++)
        {
            if (i != m && !matches[i].Value.IsBlocked && (matches[i].End <= matches[m].Start || matches[i].Start >= matches[m].End))
            {
                (others ??= []).Add((matches[i].Start, matches[i].End));
            }
        }

        return others ?? (IReadOnlyList<(int Start, int End)>)[];
    }

    private static bool IsCoordination(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        return trimmed is "and" or "or" or "," or ", and" or "/" || trimmed.IsEmpty;
    }
}
