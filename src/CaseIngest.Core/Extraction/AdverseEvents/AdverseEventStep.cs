using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Adverse events of the patients: the events <see cref="AdverseEventLexicon"/> names (authors' wordings and CTCAE
/// v5.0 terms) with the grade the text gives (<see cref="EventGrade"/>). A mention counts when it is about the case,
/// affirmed, not a relative's and not in a negated or example list, and when <see cref="AttributionReader"/> finds it
/// tied to a treatment (when the first mention of an event in the case tells it as something else, a later one needs
/// a tie of its own). One fact per patient and term, with the highest grade stated, its CTCAE term and MedDRA code,
/// and every treatment its mentions are tied to.
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
        var facts = new List<(AdverseEventFact Fact, bool Inferred)>();
        // per patient and term, whether its first mention in the case told it as something else (a complaint the
        // patient brought, a manifestation, an event of another cause): later mentions then need a tie of their own
        var explained = new Dictionary<(string Patient, string Term), bool>();
        (int End, int? Grade, Attribution Attribution, int OwnGrades)? previous = null;
        foreach (var match in _lexicon.Match(text, context.Tokens))
        {
            var (start, end) = (match.Start, match.End);
            if (match.Value.IsBlocked || !CaseScope.InCase(context, start) || context.AssertionOf(start, end) != Assertion.Affirmed
                || CaseScope.AboutRelative(context, start) || MentionFilters.GeneralSentence(context, start))
            {
                continue;
            }

            var sentence = context.SentenceAt(start);
            if ((MentionFilters.NegatedOrListed(text, sentence, start, enumerations: false) && !EventExamples.UnderEventHead(text, sentence, start))
                || MentionFilters.DeniedAfter(text, sentence, end))
            {
                continue;
            }

            var grade = EventGrade.Of(text, sentence, start, end);
            var coordinated = previous is { } p && p.End <= start && sentence.Contains(p.End) && IsCoordination(text.AsSpan(p.End, start - p.End));
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
            var attribution = _reader.Read(context, treatments, sentences, sentence, start, end, grade, match.Value, explained.GetValueOrDefault(key));
            if (first)
            {
                explained[key] = attribution.SomethingElse;
            }

            if (attribution.Counts && attribution.Therapy.Count == 0 && coordinated && previous!.Value.Attribution.Counts)
            {
                attribution = attribution with { Therapy = previous.Value.Attribution.Therapy, Inferred = previous.Value.Attribution.Inferred }; // "colitis and diarrhoea after ipilimumab"
            }

            previous = (end, grade, attribution, ownGrades);
            if (!attribution.Counts)
            {
                continue;
            }

            facts.Add((new AdverseEventFact
            {
                Patient = context.PatientAt(start),
                Term = match.Value.Term,
                Grade = grade,
                CtcaeTerm = match.Value.Ctcae?.Term,
                MeddraCode = match.Value.Ctcae?.MeddraCode,
                Therapy = attribution.Therapy,
                Evidence = context.Evidence(start, end),
            }, attribution.Inferred));
        }

        foreach (var fact in OnePerTerm(facts))
        {
            context.AdverseEvents.Add(fact);
        }
    }

    /// <summary>
    /// One fact per patient and term: the first mention, or the mention with the highest stated grade. Its therapy is
    /// every treatment a mention's sentence names; failing those, the treatments inferred for the first mention (a
    /// treatment started after the event began, such as its remedy, is not its cause).
    /// </summary>
    private static IEnumerable<AdverseEventFact> OnePerTerm(List<(AdverseEventFact Fact, bool Inferred)> facts)
    {
        var best = new Dictionary<(string, string), AdverseEventFact>();
        var named = new Dictionary<(string, string), List<string>>();
        var inferred = new Dictionary<(string, string), IReadOnlyList<string>>();
        var order = new List<(string, string)>();
        foreach (var (fact, isInferred) in facts)
        {
            var key = (fact.Patient, fact.Term);
            if (!best.TryGetValue(key, out var kept))
            {
                best[key] = fact;
                named[key] = [];
                inferred[key] = isInferred ? fact.Therapy : [];
                order.Add(key);
            }
            else if (fact.Grade > (kept.Grade ?? 0))
            {
                best[key] = fact;
            }

            if (!isInferred)
            {
                named[key].AddRange(fact.Therapy.Where(t => !named[key].Contains(t)));
            }
        }

        return order.Select(key => best[key] with { Therapy = named[key].Count > 0 ? named[key] : inferred[key] });
    }

    private static bool IsCoordination(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        return trimmed is "and" or "or" or "," or ", and" or "/" || trimmed.IsEmpty;
    }
}
