using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "No evidence of regrowth", "no tumour regrowth", "the tumour did not regrow": a growth the text denies. Where the
/// sentence says tumour remains ("the residual tumour showed no regrowth") the disease is stable; otherwise the patient
/// is free of it, as with a denied recurrence. The time the sentence counts from an event ("2 years after the
/// operation") is how long that lasted. Only in a sentence about the tumour, and not as a condition or an aim.
/// </summary>
internal static partial class DeniedGrowth
{
    private static readonly OutcomePattern Pattern = new(DeniedGrowthRegex(), ["grow"], static _ => "no-evidence-of-disease");

    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<string, int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        foreach (var (start, end) in Pattern.Matches(text))
        {
            var sentence = context.SentenceAt(start);
            if (covered.Overlaps(start, end) || !OutcomeFilters.InCase(context, start, end) || !OutcomeFilters.TumorContext(text, sentence)
                || context.AssertionOf(start, end) is not (Assertion.Negated or Assertion.Affirmed)
                || ConditionRegex().IsMatch(text.AsSpan(sentence.Start, start - sentence.Start)))
            {
                continue;
            }

            var kind = RemainingRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length)) ? "stable-disease" : "no-evidence-of-disease";
            var outcome = OutcomeDurations.WithDuration(context, fact(kind, start, end), end);
            covered.Add((start, end));
            found.Add(outcome.Value is null ? OutcomeDurations.WithTimeAfter(context, outcome, end) : outcome);
        }
    }

    // "no evidence of regrowth", "without any tumour regrowth", "no signs of local re-growth", "no further tumour growth",
    // "did not regrow"
    [GeneratedRegex(@"\b(?:no|without(?:\s+any)?)\s+(?:(?:radiological|radiologic|radiographic|clinical)\s+)?(?:(?:evidence|signs?)\s+of\s+)?(?:(?:tumou?r|local|further|lesion)\s+)?re-?growth\b|\b(?:no|without(?:\s+any)?)\s+(?:(?:evidence|signs?)\s+of\s+)?(?:further\s+)?(?:tumou?r|lesion)\s+growth\b|\b(?:did|has|have|had)\s+not\s+re-?grow(?:n)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeniedGrowthRegex();

    // "the residual tumour", "the remnant adenoma", "the remaining mass": tumour that is still there
    [GeneratedRegex(@"\b(?:residual|remnant|remaining)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemainingRegex();

    // "to ensure no regrowth", "if there is no regrowth": a condition or an aim, not a finding
    [GeneratedRegex(@"\b(?:if|should|unless|whether|would|could|may|might|in case|in the event|to ensure|to confirm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionRegex();
}
