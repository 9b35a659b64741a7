using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Finds the drugs of the case: lexicon names, brands, abbreviations, regimen acronyms (expanded into their
/// components) and unlisted agents by INN stem, each with its status (ConText), dose, route, frequency and cycles
/// from its clause. Mentions of the same drug with the same patient and status become one fact; a second dose
/// makes a second fact.
/// </summary>
public sealed partial class DrugStep(DrugLexicon lexicon) : IExtractionStep
{
    private const int OwnSegmentLimit = 100;
    private const int ClauseLimit = 160;
    private const int BeforeLimit = 80;

    /// <summary>A count of cycles may open a longer description of the regimen before its drugs ("two cycles of the first-line standard regimen of …, which comprised").</summary>
    private const int CyclesBeforeLimit = 140;
    private const int ConnectorLimit = 80;
    private const int DecisionReach = 200;

    private readonly DrugCandidateFilter filter = new(lexicon);

    public DrugLexicon Lexicon { get; } = lexicon;

    public string Name => "drugs";

    public void Run(ExtractionContext context)
    {
        var first = context.Drugs.Count;
        var merger = new DrugFactMerger(context.Drugs);
        foreach (var mention in FindMentions(context))
        {
            var patient = context.PatientAt(mention.Start);
            var evidence = context.Evidence(mention.Start, mention.End);
            var maintenance = DrugMaintenance.Names(context.Text, mention.Start, mention.End);
            var held = mention.Status == TreatmentStatus.NotGiven && DrugHeldCourse.Is(context.Text, mention.Start, mention.End);
            foreach (var drug in mention.Drugs)
            {
                if (held && merger.HasGiven(patient, drug.Name))
                {
                    continue;
                }

                var fact = new DrugFact
                {
                    Patient = patient,
                    Name = drug.Name,
                    Mention = evidence.Text,
                    DrugClass = drug.DrugClass,
                    Status = mention.Status,
                    Dose = mention.Attributes.Dose,
                    Route = mention.Attributes.Route ?? DrugAttributeParser.RouteInName(drug.Name)
                        ?? DrugAttributeParser.RouteInInitialism(context.Text.AsSpan(mention.Start, mention.End - mention.Start)),
                    Frequency = mention.Attributes.Frequency,
                    Cycles = mention.Attributes.Cycles,
                    Evidence = evidence,
                };
                var throughRegimen = mention.Drugs.Count > 1;
                merger.Add(DrugDoseStep.FirstOf(fact, mention.MoreDoses), throughRegimen, ownSchedule: maintenance);
                foreach (var step in mention.MoreDoses ?? [])
                {
                    merger.Add(step.Apply(fact), throughRegimen);
                }

                foreach (var schedule in mention.MoreSchedules ?? [])
                {
                    merger.Add(fact with { Frequency = schedule.Frequency, Cycles = schedule.Cycles }, throughRegimen, ownSchedule: true);
                }
            }
        }

        DrugFactMerger.DropExecutedPlans(context.Drugs, first);
    }

    /// <summary>Every drug mention about the case, in document order, whatever its status.</summary>
    public List<DrugMention> FindMentions(ExtractionContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var candidates = new List<DrugCandidate>();
        foreach (var m in Lexicon.Names.Match(text, tokens))
        {
            candidates.Add(new DrugCandidate(m.Start, m.End, [m.Value], DrugCandidateKind.Name));
        }

        foreach (var m in Lexicon.Regimens.Match(text, tokens))
        {
            candidates.Add(new DrugCandidate(m.Start, m.End, m.Value.ComponentsIn(text), DrugCandidateKind.Regimen));
        }

        foreach (var m in Lexicon.ContextRegimens.Match(text, tokens))
        {
            if (!m.Value.NeedsWordBeside)
            {
                candidates.Add(new DrugCandidate(m.Start, m.End, m.Value.ComponentsIn(text), DrugCandidateKind.ContextRegimen));
            }
            else if (RegimenWordBeside.Is(text, m.Start, m.End))
            {
                // the word beside is the regimen's context: the sentence needs no other
                candidates.Add(new DrugCandidate(m.Start, m.End, m.Value.ComponentsIn(text), DrugCandidateKind.Regimen));
            }
        }

        DrugPlusRegimens.AddCandidates(text, Lexicon.PlusRegimens, candidates);
        RegimenSequenceLetter.AddCandidates(text, Lexicon, candidates);
        foreach (var m in Lexicon.Abbreviations.Match(text, tokens))
        {
            candidates.Add(new DrugCandidate(m.Start, m.End, [m.Value], DrugCandidateKind.Abbreviation));
        }

        foreach (var token in tokens)
        {
            if (token.Length >= 7 && Lexicon.StemMatch(text.AsSpan(token.Start, token.Length)) is { } stemmed)
            {
                candidates.Add(new DrugCandidate(token.Start, token.End, [stemmed], DrugCandidateKind.Stem));
            }
        }

        DrugSplitWords.AddCandidates(text, tokens, Lexicon, candidates);
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : a.Kind.CompareTo(b.Kind));

        var accepted = new List<DrugCandidate>();
        var coveredTo = -1;
        foreach (var candidate in candidates)
        {
            if (candidate.Start < coveredTo || !filter.Keep(context, candidate, accepted))
            {
                continue;
            }

            accepted.Add(candidate);
            coveredTo = candidate.End;
        }

        var members = RegimenMembers.Apply(text, accepted);
        DrugAllergy.Remove(context, members);
        DrugHeldDose.Remove(text, members);
        return Describe(context, members);
    }

    private List<DrugMention> Describe(ExtractionContext context, List<DrugCandidate> accepted)
    {
        var text = context.Text;
        var mentions = new List<DrugMention>(accepted.Count);
        var connected = new bool[accepted.Count];
        for (var i = 1; i < accepted.Count; i++)
        {
            connected[i] = accepted[i - 1].End <= accepted[i].Start && accepted[i].Start - accepted[i - 1].End <= ConnectorLimit
                && ConnectorRegex().IsMatch(text.AsSpan(accepted[i - 1].End, accepted[i].Start - accepted[i - 1].End));
        }

        ClosedList.Apply(text, accepted, connected);

        var nextStatement = new int[accepted.Count];
        for (var i = accepted.Count - 1; i >= 0; i--)
        {
            nextStatement[i] = i + 1 >= accepted.Count ? int.MaxValue
                : connected[i + 1] ? nextStatement[i + 1]
                : accepted[i + 1].Start;
        }

        // "docetaxel, 60 mg/m2; cisplatin, 60 mg/m2; and fluorouracil, 600 mg/m2, every 3 weeks": a semicolon inside a
        // dosed list does not end the clause of its first drugs.
        var chainLast = new int[accepted.Count];
        for (var i = accepted.Count - 1; i >= 0; i--)
        {
            chainLast[i] = i + 1 < accepted.Count && connected[i + 1] ? chainLast[i + 1] : accepted[i].Start;
        }

        var previousBefore = DrugAttributes.None;
        var decisionSentence = -1;
        var decisionEnd = -1;
        for (var i = 0; i < accepted.Count; i++)
        {
            var candidate = accepted[i];
            var sentence = context.SentenceAt(candidate.Start);
            if (sentence.Start != decisionSentence)
            {
                decisionSentence = sentence.Start;
                decisionEnd = DecisionEnd(text, sentence.Start, sentence.End);
            }

            var chainEnd = Math.Max(candidate.End, chainLast[i]);
            var clauseLimit = Math.Min(Math.Min(sentence.End, nextStatement[i]), chainEnd + ClauseLimit);
            var clauseEnd = ClauseEnd(text, chainEnd, clauseLimit);
            if (i + 1 < accepted.Count && accepted[i + 1].Start <= clauseEnd && accepted[i + 1].Start > chainEnd
                && DrugLaterClauseCount.Start(text.AsSpan(chainEnd, accepted[i + 1].Start - chainEnd)) is >= 0 and var laterClause)
            {
                // "…, and after four cycles the carboplatin was stopped": the count opens the next drug's clause.
                clauseEnd = chainEnd + laterClause;
            }

            // the words the drugs of the list share stop where the sentence hands over to its next drug
            var sharedEnd = clauseEnd == nextStatement[i] ? SequenceEnd(text, chainEnd, clauseEnd) : clauseEnd;
            if (sharedEnd == nextStatement[i] && sharedEnd > chainEnd
                && DrugAttributeParser.TrailingRouteLeadStart(text.AsSpan(chainEnd, sharedEnd - chainEnd)) is >= 0 and var lead)
            {
                // "… and vincristine with intrathecal therapy with cytarabine": the route leads into the next drug.
                sharedEnd = chainEnd + lead;
            }

            var ownEnd = Math.Min(clauseEnd, candidate.End + OwnSegmentLimit);
            if (i + 1 < accepted.Count && accepted[i + 1].Start <= ownEnd)
            {
                ownEnd = accepted[i + 1].Start;
                var trailing = DrugAttributeParser.TrailingDoseStart(text.AsSpan(candidate.End, ownEnd - candidate.End));
                if (trailing >= 0)
                {
                    ownEnd = candidate.End + trailing;
                }

                // "2 cycles of R-CHOP followed by 4 cycles of R-DHAP": the count that opens the next drug is its count.
                var trailingCount = DrugAttributeParser.TrailingCyclesStart(text.AsSpan(candidate.End, ownEnd - candidate.End));
                if (trailingCount >= 0)
                {
                    ownEnd = candidate.End + trailingCount;
                }

                // "4 cycles of AC followed by weekly paclitaxel": a schedule that opens the next part of a sequence is its drug's.
                var handOver = DrugAttributeParser.TrailingScheduleHandOverStart(text.AsSpan(candidate.End, ownEnd - candidate.End));
                if (handOver >= 0)
                {
                    ownEnd = candidate.End + handOver;
                }

                // "rituximab combined with intrathecal injection of methotrexate": a route adjective that opens the next
                // statement is its drug's.
                var routeLead = connected[i + 1] ? -1 : DrugAttributeParser.TrailingRouteLeadStart(text.AsSpan(candidate.End, ownEnd - candidate.End));
                if (routeLead >= 0)
                {
                    ownEnd = candidate.End + routeLead;
                }
            }

            var previous = i > 0 ? accepted[i - 1] : null;
            var beforeStart = BeforeStart(text, sentence.Start, previous, candidate, BeforeLimit);

            var doseStart = DrugProductParenthesis.DoseStart(text, previous, candidate, ownEnd);
            var own = DrugAttributeParser.After(text.AsSpan(candidate.End, ownEnd - candidate.End));
            if (doseStart > candidate.End)
            {
                own = own with { Dose = DrugAttributeParser.After(text.AsSpan(doseStart, ownEnd - doseStart)).Dose };
            }

            var before = DrugAttributeParser.Before(text.AsSpan(beforeStart, candidate.Start - beforeStart));
            if (before.Cycles is null && BeforeStart(text, sentence.Start, previous, candidate, CyclesBeforeLimit) is var wideStart && wideStart < beforeStart
                && DrugAttributeParser.CyclesBefore(text.AsSpan(wideStart, candidate.Start - wideStart)) is { } wideCycles)
            {
                before = before with { Cycles = wideCycles };
            }
            // A route written before the first drug of a list reaches the next ones ("intravenous cisplatin and
            // etoposide"), but not a drug whose own words state another ("… and capecitabine 1000 mg/m2 orally").
            var inherited = DrugAttributes.None;
            if (previous is not null && previous.End >= sentence.Start && connected[i])
            {
                inherited = previousBefore with { Dose = null };
                before = before.Or(inherited with { Route = null });
            }

            previousBefore = before.Route is null && inherited.Route is not null ? before with { Route = inherited.Route } : before;
            var known = own.Or(before);
            var clause = sharedEnd > ownEnd && (known.Route is null || known.Frequency is null || known.Cycles is null)
                ? DrugSharedClause.Read(text, candidate, i + 1 < accepted.Count ? accepted[i + 1] : null, chainLast[i], sharedEnd)
                : own.Dose is null ? own : own with { Dose = null };
            var route = before.Route ?? own.Route ?? inherited.Route ?? clause.Route;
            var attributes = known.Or(clause);
            if (!string.Equals(attributes.Route, route, StringComparison.Ordinal))
            {
                attributes = attributes with { Route = route };
            }

            // A changing schedule is read up to the next drug or the end of the clause, which may lie past the drug's own words.
            var stepsEnd = Math.Max(ownEnd, i + 1 < accepted.Count ? Math.Min(clauseEnd, accepted[i + 1].Start) : clauseEnd);
            var steps = DrugAttributeParser.ScheduleSteps(text.AsSpan(candidate.End, stepsEnd - candidate.End), i + 1 < accepted.Count && accepted[i + 1].Start == stepsEnd);
            if (steps is not null)
            {
                attributes = attributes with { Frequency = steps[0].Frequency, Cycles = steps[0].Cycles ?? before.Cycles };
            }
            else if (own.Frequency is null && attributes.Frequency is { } shared)
            {
                attributes = attributes with
                {
                    Frequency = DrugAttributeParser.OncePerCycle(text.AsSpan(candidate.End, ownEnd - candidate.End), text.AsSpan(candidate.End, clauseEnd - candidate.End), shared),
                };
            }
            else if (attributes.Frequency is null && HeadingFrequency(text, sentence.Start, candidate.Start) is { } heading)
            {
                attributes = attributes with { Frequency = heading };
            }

            if (attributes.Cycles is null && DrugWeeklyCount.Of(attributes.Frequency, text.AsSpan(candidate.End, ownEnd - candidate.End)) is { } weeks)
            {
                attributes = attributes with { Cycles = weeks };
            }

            var assertion = context.AssertionOf(candidate.Start, candidate.End);
            var status = assertion == Assertion.Negated && DrugOwnClause.Affirms(text, sentence, candidate.Start, candidate.End)
                ? TreatmentStatus.Given
                : StatusOf(assertion);
            if (status == TreatmentStatus.NotGiven && DrugLaterCycleHeld.Is(text, candidate.Start, candidate.End))
            {
                // "the second cycle of docetaxel was withheld": the course was under way
                status = TreatmentStatus.Given;
            }

            if (status == TreatmentStatus.Given && decisionEnd >= 0 && decisionEnd <= candidate.Start && candidate.Start - decisionEnd <= DecisionReach
                && !ClauseBreakRegex().IsMatch(text.AsSpan(decisionEnd, candidate.Start - decisionEnd)))
            {
                status = TreatmentStatus.Planned;
            }

            var more = own.Dose is { } first
                ? DrugAttributeParser.FurtherDoses(text.AsSpan(doseStart, ownEnd - doseStart), first, DrugAttributeParser.LoadingDoseBefore(text.AsSpan(beforeStart, candidate.Start - beforeStart)))
                : null;
            mentions.Add(new DrugMention(candidate.Start, candidate.End, candidate.Drugs, status, attributes, more, steps?.Skip(1).ToList()));
        }

        ListStatus.Spread(mentions, connected);
        DrugJoinedStatus.Apply(context, mentions);
        DrugRespectively.Apply(context, mentions);
        DrugBracketListCycles.Apply(context, mentions);
        DrugOwnWordsListCycles.Apply(context, mentions);
        DrugBracketClosingCount.Apply(context, mentions);
        DrugAppendedCount.Apply(context, mentions);
        DrugListCompactCount.Apply(context, mentions);
        DrugDosedListSchedule.Apply(context, mentions);
        DrugTableCycles.Apply(context, mentions);
        DrugBracketedChemotherapyCycles.Apply(context, mentions);
        DrugCycleAnaphora.Apply(context, mentions);
        DrugEachCycle.Apply(context, mentions);
        DrugOrdinalChemotherapy.Apply(context, mentions);
        DrugCompositionCycles.Apply(context, mentions);
        DrugStopCycles.Apply(context, mentions);
        DrugPlannedPartGiven.Apply(context, mentions);
        DrugEndedCourse.Apply(context, mentions);
        DrugSecondDose.Apply(context, mentions);
        DrugElidedCount.Apply(context, mentions);
        DrugCoursePart.Apply(context, mentions);
        DrugRepeatAnaphora.Apply(context, mentions);
        DrugDoseSentence.Apply(context, mentions);
        DrugLaterDose.Apply(context, mentions);
        DrugWeeklyCount.Apply(context, mentions);
        DrugAdditionalCycles.Apply(context, mentions);
        DrugBareCountLater.Apply(context, mentions);
        DrugMoreCyclesOfCourse.Apply(context, mentions);
        DrugProcedureRoute.Apply(context, mentions);
        return mentions;
    }
}
