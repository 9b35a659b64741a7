using System.Globalization;
using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// Outcomes of the patients: RECIST responses (words, and CR/PR/SD/PD only beside response words), tumor
/// shrinkage in percent, regression, remission, recurrence, PFS/OS durations with their qualifier, death and no
/// evidence of disease (<see cref="OutcomePatterns"/>), and the same outcomes told as events of the lesions: new
/// lesions or growth (or regrowth) after treatment, lesions resolved, stable or unchanged (or of a size that did not change, <see cref="UnchangedSize"/>), no residual tumour after
/// preoperative treatment (<see cref="PathologicalResponse"/>), no residual metabolic activity on a scan after treatment
/// (<see cref="MetabolicResponse"/>), a lasting response (<see cref="LastingResponse"/>), a
/// denied regrowth (<see cref="DeniedGrowth"/>), metastases dated after the operation (<see cref="DatedMetastases"/>) and
/// metastases found on a treatment (<see cref="MetastasesOnTreatment"/>) and a disease the treatment did not control
/// (<see cref="UncontrolledDisease"/>); growth told as pseudoprogression is none
/// (<see cref="Pseudoprogression"/>), and so is growth told as the history the patient brought (<see cref="GrowthHistory"/>). Each outcome but death is tied to the treatments the patient
/// received that are named in its sentence or the one before (<see cref="OutcomeTherapy"/>). Negated, hypothetical,
/// uncertain and planned outcomes, a relative's, and those of other patients or studies are left out
/// (<see cref="OutcomeFilters"/>); "no evidence of disease" is itself an outcome, and so is a denied progression
/// (<see cref="DeniedProgression"/>); shrinkage a response beside it is named from is that response
/// (<see cref="RestatedResponse"/>), and a disease-free survival with its
/// duration is one with that duration. One fact per patient, kind, value
/// and therapy.
/// </summary>
public sealed partial class OutcomeStep : IExtractionStep
{
    public string Name => "outcomes";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = new List<OutcomeFact>();
        var covered = new CoveredSpans();

        // no residual tumour after preoperative treatment, then no evidence of disease: their "no" is the outcome, and
        // the words inside them are no other outcome
        PathologicalResponse.Add(context, found, covered, (start, end) => Fact(context, "complete-response", start, end));
        MetabolicResponse.Add(context, found, covered, (start, end) => Fact(context, "complete-response", start, end));
        DeniedGrowth.Add(context, found, covered, (kind, start, end) => Fact(context, kind, start, end));
        AddNoDisease(context, found, covered);
        QuietFollowUpScan.Add(context, found, covered, (start, end) => Fact(context, "no-evidence-of-disease", start, end));
        foreach (var (start, end) in OutcomePatterns.Ned.Matches(context.Text))
        {
            if (OutcomeFilters.InCase(context, start, end))
            {
                covered.Add((start, end));
                found.Add(Fact(context, "no-evidence-of-disease", start, end));
            }
        }

        AddWords(context, found, covered, OutcomePatterns.Response);
        AddWords(context, found, covered, OutcomePatterns.PathologicalCompleteResponse);
        AddWords(context, found, covered, OutcomePatterns.Stable);
        AddWords(context, found, covered, OutcomePatterns.Unchanged);
        UnchangedSize.Add(context, found, covered, (start, end) => Fact(context, "stable-disease", start, end));
        AddWords(context, found, covered, OutcomePatterns.Progression);
        AddWords(context, found, covered, OutcomePatterns.NewLesions);
        AddWords(context, found, covered, OutcomePatterns.Growth);
        AddWords(context, found, covered, OutcomePatterns.Remission);
        AddWords(context, found, covered, OutcomePatterns.Recurrence);
        DatedMetastases.Add(context, found, covered, (start, end) => Fact(context, "recurrence", start, end));
        MetastasesOnTreatment.Add(context, found, covered, (start, end) => Fact(context, "progressive-disease", start, end));
        UncontrolledDisease.Add(context, found, covered, (start, end) => Fact(context, "progressive-disease", start, end));
        DeniedProgression.Add(context, found, covered, (start, end) => Fact(context, "no-evidence-of-disease", start, end));
        AddWords(context, found, covered, OutcomePatterns.Death);
        AddAbbreviations(context, found, covered);
        AddShrinkage(context, found, covered, OutcomePatterns.ShrinkageBy);
        AddShrinkage(context, found, covered, OutcomePatterns.ShrinkagePercentFirst);
        AddShrinkage(context, found, covered, OutcomePatterns.ShrinkageByHalf);
        AddWords(context, found, covered, OutcomePatterns.ShrinkWords);
        AddWords(context, found, covered, OutcomePatterns.ShrinkageOfLesions);
        AddWords(context, found, covered, OutcomePatterns.Regression);
        AddWords(context, found, covered, OutcomePatterns.Resolution);
        LastingResponse.Add(context, found, covered, (kind, start, end) => Fact(context, kind, start, end));
        AddSurvival(context, found, covered);
        TimeBeforeAlive.Add(context, found, covered, (start, end) => Fact(context, "overall-survival", start, end));

        RestatedResponse.Remove(context, found);
        OutcomeCollector.Collect(context, found);
    }

    private static void AddNoDisease(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered)
    {
        var text = context.Text;
        foreach (var (start, end) in OutcomePatterns.NoDisease.Matches(text))
        {
            if (covered.Overlaps(start, end))
            {
                continue;
            }

            // "disease-free survival was 9 months": the time the patient stayed free of disease
            if (OutcomeFilters.FollowedBy(text, end, "survival") && OutcomeDurations.DiseaseFreeSurvival(text, end, context.SentenceAt(start).End) is { } kept
                && OutcomeFilters.InCase(context, start, end) && context.AssertionOf(start, end) == Assertion.Affirmed)
            {
                covered.Add((start, end));
                found.Add(Fact(context, "no-evidence-of-disease", start, end) with { Value = kept.Value, Unit = kept.Unit, Qualifier = kept.Qualifier });
                continue;
            }

            if (OutcomeFilters.FollowedBy(text, end, "survival") || OutcomeFilters.FollowedBy(text, end, "interval")
                || OutcomeFilters.FollowedBy(text, end, "period") || !OutcomeFilters.InCase(context, start, end)
                || OutcomeFilters.PathologyFinding(text, context.SentenceAt(start)))
            {
                // "without signs of recurrence" left out here is no recurrence either
                covered.Add((start, end));
                continue;
            }

            // the match's own "no" or "without" is the outcome; any other negation denies it
            var assertion = context.AssertionOf(start, end);
            if (assertion is Assertion.Uncertain or Assertion.Planned or Assertion.NotGiven
                || (assertion == Assertion.Negated && !text.AsSpan(start, end - start).StartsWith("no", StringComparison.OrdinalIgnoreCase)
                    && !text.AsSpan(start, end - start).StartsWith("without", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (RestatesAResponse(text, start))
            {
                continue;
            }

            if (SpreadDeniedAtStaging.Is(context, start, end))
            {
                covered.Add((start, end));
                continue;
            }

            covered.Add((start, end));
            found.Add(OutcomeDurations.WithDuration(context, Fact(context, "no-evidence-of-disease", start, end), end));
        }
    }

    /// <summary>"CR without any signs of tumour", "complete remission without evidence of disease": the words describe the response.</summary>
    private static bool RestatesAResponse(string text, int start)
    {
        if (!text.AsSpan(start).StartsWith("without", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, start - 32), Math.Min(32, start));
        return before.Contains("CR", StringComparison.Ordinal) || before.Contains("complete", StringComparison.OrdinalIgnoreCase);
    }

    private static void AddWords(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, OutcomePattern pattern)
    {
        var text = context.Text;
        foreach (var (start, end) in pattern.Matches(text))
        {
            // "no recurrence at 2 years", "without any relapse": a denied recurrence says the patient is free of disease
            var deniedRecurrence = pattern == OutcomePatterns.Recurrence && OutcomeFilters.InCase(context, start, end)
                && context.AssertionOf(start, end) == Assertion.Negated && OutcomeFilters.DeniedDirectly(text, start, context.SentenceAt(start).Start);
            if (covered.Overlaps(start, end) || OutcomeFilters.FollowedBy(text, end, "free") || OutcomeFilters.FollowedBy(text, end, "rate")
                || OutcomeFilters.FollowedBy(text, end, "analysis") || (!deniedRecurrence && !OutcomeFilters.Affirmed(context, start, end)))
            {
                continue;
            }

            var value = text.Substring(start, end - start);
            var outcome = pattern.Kind(value);
            if ((outcome is "regression" or "tumor-shrinkage" && (!OutcomeFilters.TumorContext(text, context.SentenceAt(start))
                    || ShrunkStructure.IsSomethingElse(text, context.SentenceAt(start))))
                || ((pattern == OutcomePatterns.NewLesions || pattern == OutcomePatterns.Resolution) && !OutcomeFilters.MalignancyNear(text, context.SentenceAt(start))
                    && !(pattern == OutcomePatterns.NewLesions && NewOrganLesions.OfTheCancer(context, start, end))
                    && !(pattern == OutcomePatterns.Resolution && NewOrganLesions.ResolvedOfTheCancer(context, start, end)))
                || (pattern == OutcomePatterns.NewLesions && SuggestedLesions.Only(text, end))
                || (pattern == OutcomePatterns.Growth && (!(OutcomeFilters.GrowthOfATumour(text, context.SentenceAt(start)) && OutcomeFilters.TreatedBefore(context, start))
                    || GrowthHistory.Is(text, context.SentenceAt(start))))
                || (outcome == "progressive-disease" && (OutcomeFilters.OfSomethingElse(text, end) || DeniedProgression.AfterNoFurther(text, start, end)
                    || PresentingProgression.Is(context, value, start, end)
                    || (ProgressedSubject.IsSomethingElse(text, context.SentenceAt(start), start, end) && !DiagnosedDisease.Named(context, start, end))
                    || OutcomeFilters.StoppingRule(text, context.SentenceAt(start), start, end) || Pseudoprogression.Names(text, context.SentenceAt(start))))
                || (outcome == "remission" && !DiagnosedDisease.Named(context, start, end) && OutcomeFilters.OfSomethingElse(text, end)
                    && !OutcomeFilters.OfAnInitialism(text, end))
                || (outcome == "recurrence" && (OutcomeFilters.OfAGradedEvent(text, end) || OutcomeFilters.FutureRecurrence(text, start, context.SentenceAt(start).Start)
                    || (!deniedRecurrence && OutcomeFilters.WatchedFor(text, start, context.SentenceAt(start).Start))))
                || (outcome == "recurrence" && !DiagnosedDisease.Named(context, start, end) && (OutcomeFilters.OfSomethingElse(text, end)
                    || (OutcomeFilters.BareRecurrenceOfSomethingElse(context, value, end) && !(deniedRecurrence && OutcomeFilters.FollowUpTime(text, context.SentenceAt(start)))))))
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(OutcomeDurations.WithDuration(context, Fact(context, deniedRecurrence ? "no-evidence-of-disease" : outcome, start, end), end));
        }
    }

    /// <summary>
    /// CR, PR, SD, PD only beside response words or once the text defines them (<see cref="ResponseAbbreviations"/>), and
    /// never as PD-1, PD-L1, ER/PR, creatinine or a rate.
    /// </summary>
    private static void AddAbbreviations(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered)
    {
        var text = context.Text;
        foreach (var (start, end) in OutcomePatterns.Abbreviation.ScanMatches(text))
        {
            if ((end < text.Length && (text[end] is '-' or '/' or '+' or '(' || char.IsDigit(text[end])))
                || (start > 0 && text[start - 1] is '-' or '/' or '+'))
            {
                continue;
            }

            var sentence = context.SentenceAt(start);
            var span = text.AsSpan(sentence.Start, sentence.Length);
            if (!(OutcomeFilters.ResponseSentence(span) || ResponseAbbreviations.Defined(context, text.Substring(start, 2))) || covered.Overlaps(start, end) || OutcomeFilters.FollowedBy(text, end, "rate")
                || !OutcomeFilters.Affirmed(context, start, end))
            {
                continue;
            }

            var abbreviation = text.AsSpan(start, 2);
            if ((abbreviation is "PR" && (OutcomeFilters.ReceptorSentence(span) || OutcomeFilters.FollowedBy(text, end, "interval")))
                || (abbreviation is "CR" && span.Contains("creatinine", StringComparison.OrdinalIgnoreCase))
                || (abbreviation is "PD" && span.Contains("Parkinson", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            covered.Add((start, end));
            var kind = ResponseAbbreviations.StandsForRemission(context, abbreviation.ToString()) ? "remission" : OutcomePatterns.Abbreviation.Kind(abbreviation.ToString());
            found.Add(OutcomeDurations.WithDuration(context, Fact(context, kind, start, end), end));
        }
    }

    private static void AddShrinkage(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, OutcomePattern pattern)
    {
        var text = context.Text;
        foreach (var (start, end) in pattern.Matches(text))
        {
            if (covered.Overlaps(start, end) || !OutcomeFilters.TumorContext(text, context.SentenceAt(start))
                || ShrunkStructure.IsSomethingElse(text, context.SentenceAt(start)) || !OutcomeFilters.Affirmed(context, start, end))
            {
                continue;
            }

            // "reduced by half" is a shrinkage of 50 %
            var value = PercentRegex().Match(text, start, end - start);
            var percent = 50.0;
            if (pattern != OutcomePatterns.ShrinkageByHalf
                && (!value.Success || !double.TryParse(value.Groups[1].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent)))
            {
                continue;
            }

            var qualifier = OutcomeDurations.QualifierOf(text.AsSpan(start, end - start));
            covered.Add((start, end));
            found.Add(Fact(context, pattern.Kind(text[start..end]), start, end) with { Value = percent, Unit = "%", Qualifier = qualifier });
        }
    }

    private static void AddSurvival(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered)
    {
        var text = context.Text;
        var survival = new List<(int Start, int End, OutcomePattern Pattern)>();
        foreach (var pattern in new[] { OutcomePatterns.Survival, OutcomePatterns.SurvivalAbbreviation, OutcomePatterns.SurvivalFigureFirst, OutcomePatterns.Survived, OutcomePatterns.Alive, OutcomePatterns.ProgressionFreeFor, OutcomePatterns.TimeToProgression })
        {
            foreach (var (start, end) in pattern.Matches(text))
            {
                if (!survival.Exists(s => s.Start == start && s.End == end))
                {
                    survival.Add((start, end, pattern));
                }
            }
        }

        survival.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var (start, end, pattern) in survival)
        {
            // "alive without evidence of disease 4 years after": the state told inside the survival is an outcome of its own
            var own = pattern == OutcomePatterns.Alive ? (start, start + "alive".Length) : (start, end);
            if (covered.Overlaps(own.Item1, own.Item2) || !OutcomeFilters.InCase(context, start, end)
                || context.AssertionOf(start, end) is not (Assertion.Affirmed or Assertion.Negated)
                || OutcomeDurations.Survival(text, start, end) is not { } duration)
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(Fact(context, pattern.Kind(text[start..end]), start, end) with { Value = duration.Value, Unit = duration.Unit, Qualifier = duration.Qualifier });
        }
    }

    private static OutcomeFact Fact(ExtractionContext context, string kind, int start, int end) => new()
    {
        Patient = context.PatientAt(start),
        Kind = kind,
        // a death ends the course; it is no response of a treatment named beside it
        Therapy = kind == "death" ? [] : OutcomeTherapy.Near(context, start),
        Evidence = context.Evidence(start, end),
    };

    [GeneratedRegex(@"(\d{1,3}(?:\.\d+)?)\s*%")]
    private static partial Regex PercentRegex();
}
