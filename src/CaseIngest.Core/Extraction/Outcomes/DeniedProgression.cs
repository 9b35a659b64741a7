using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "No evidence of progression", "the disease has not progressed", "without progression", "no further progression":
/// a progression the text denies (not as a condition or an aim) says the patient is free of disease, as a denied recurrence does. The denial must
/// begin the phrase (the word before is the denying one), and the progression must be of the tumour: not of a symptom
/// or another disease ("no progression of the weakness"), and named as the disease's ("no radiological progression"),
/// in a sentence about the tumour, or after treatment.
/// </summary>
internal static partial class DeniedProgression
{
    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        foreach (var (start, end) in OutcomePatterns.ProgressionWord.Matches(text))
        {
            var sentence = context.SentenceAt(start);
            if (covered.Overlaps(start, end) || OutcomeFilters.FollowedBy(text, end, "free") || OutcomeFilters.OfSomethingElse(text, end)
                || !OutcomeFilters.DeniedDirectly(text, start, sentence.Start) || !Denied(context, start, end)
                || ConditionRegex().IsMatch(text.AsSpan(sentence.Start, start - sentence.Start))
                || !OutcomeFilters.InCase(context, start, end)
                || !(text.AsSpan(start, end - start).Contains(' ') || OutcomeFilters.TumorContext(text, sentence) || OutcomeFilters.TreatedBefore(context, start)))
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(OutcomeDurations.WithDuration(context, fact(start, end), end));
        }
    }

    /// <summary>"no further progression", "without any further disease progression": ConText reads "no further" as a pseudo-trigger.</summary>
    public static bool AfterNoFurther(string text, int start, int end)
    {
        var before = text.AsSpan(Math.Max(0, start - 32), Math.Min(32, start));
        return text.AsSpan(start, end - start).StartsWith("further ", StringComparison.OrdinalIgnoreCase)
            ? DenialBeforeRegex().IsMatch(before)
            : NoFurtherRegex().IsMatch(before);
    }

    /// <summary>
    /// Negated in its scope ("no", "without", "was not observed"), or after "no further" / "without any further", which
    /// ConText reads as a pseudo-trigger; the verb "progress" only after "not" ("did not progress").
    /// </summary>
    private static bool Denied(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        var before = text.AsSpan(Math.Max(0, start - 32), Math.Min(32, start));
        if (end - start == "progress".Length && !NotBeforeRegex().IsMatch(before))
        {
            return false;
        }

        return context.AssertionOf(start, end) == Assertion.Negated || AfterNoFurther(text, start, end);
    }

    // "should there be no progression", "if the disease does not progress", "to ensure no progression": a condition or an aim, not a finding
    [GeneratedRegex(@"\b(?:if|should|unless|whether|would|could|may|might|in case|in the event|to ensure|to confirm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionRegex();

    [GeneratedRegex(@"\b(?:no|without(?:\s+any)?)\s+further\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NoFurtherRegex();

    [GeneratedRegex(@"\b(?:no|without(?:\s+any)?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DenialBeforeRegex();

    [GeneratedRegex(@"\bnot\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NotBeforeRegex();
}
