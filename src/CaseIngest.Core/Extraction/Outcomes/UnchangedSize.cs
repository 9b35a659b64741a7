using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "No obvious change in the size of the lesions", "the nodules showed no significant change in size", "the mass did not
/// change in size": a size the text says did not change, once treatment has begun, is stable disease. The denial is the
/// outcome, as the "no" of "no evidence of disease" is. Only in a sentence about the tumour, and not as a condition or an aim.
/// </summary>
internal static partial class UnchangedSize
{
    private static readonly OutcomePattern Pattern = new(UnchangedSizeRegex(), ["change", "alteration", "difference"], static _ => "stable-disease");

    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        foreach (var (start, end) in Pattern.Matches(text))
        {
            var sentence = context.SentenceAt(start);
            if (covered.Overlaps(start, end) || !OutcomeFilters.InCase(context, start, end) || !OutcomeFilters.TumorContext(text, sentence)
                || !OutcomeFilters.TreatedBefore(context, start)
                || context.AssertionOf(start, end) is not (Assertion.Negated or Assertion.Affirmed)
                || ConditionRegex().IsMatch(text.AsSpan(sentence.Start, start - sentence.Start)))
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(OutcomeDurations.WithDuration(context, fact(start, end), end));
        }
    }

    // "no obvious change in the size of the lesions", "without significant change in size and number of the liver metastases",
    // "the nodules showed no significant change in size", "the mass did not change significantly in size"; a change of
    // anything else ("no change in the dose", "no change in signal") is none
    [GeneratedRegex(@"\b(?:no|without(?:\s+any)?)\s+(?:(?:obvious|significant|appreciable|marked|substantial|remarkable|major|evident|apparent|measurable|interval|further|notable|clear|definite|relevant|considerable|meaningful)\s+){0,2}(?:change|alteration|difference)s?\s+in\s+(?:the\s+)?(?:size|dimensions?|diameter|volume)(?:\s+(?:and|or)\s+(?:number|extent|morphology|shape|appearance))?\s+of\s+(?:the\s+|all\s+|both\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:lesions?|tumou?rs?|mass|masses|nodules?|metastas[ie]s|foci|disease)\b|\b(?:lesions?|tumou?rs?|mass|masses|nodules?|metastas[ie]s|foci)\s+(?:showed|show|shows|had|has|have|demonstrated|revealed|displayed)\s+no\s+(?:(?:obvious|significant|appreciable|marked|substantial|remarkable|major|evident|apparent|measurable|interval|further|notable|clear|definite)\s+){0,2}(?:change|alteration)s?\s+in\s+(?:(?:its|their|the)\s+)?(?:size|dimensions?|diameter|volume)\b|\b(?:lesions?|tumou?rs?|mass|masses|nodules?|metastas[ie]s|foci)\s+(?:did|had|have|has)\s+not\s+(?:(?:significantly|obviously|markedly|substantially|appreciably)\s+)?changed?\s+(?:(?:significantly|obviously|markedly|substantially|appreciably)\s+)?in\s+(?:size|dimensions?|diameter|volume)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnchangedSizeRegex();

    // "to confirm no change in size", "if there is no change in the size": a condition or an aim, not a finding
    [GeneratedRegex(@"\b(?:if|should|unless|whether|would|could|may|might|in case|in the event|to ensure|to confirm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionRegex();
}
