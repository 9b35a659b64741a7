using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "No residual tumour" in a pathology finding after preoperative drugs or radiotherapy is a pathological complete
/// response. Without treatment before it, the same words say only that the resection was complete; beside a margin
/// they describe the edge of the specimen.
/// </summary>
internal static class PathologicalResponse
{
    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        foreach (var (start, end) in OutcomePatterns.NoResidual.Matches(text))
        {
            var sentence = context.SentenceAt(start);
            var span = text.AsSpan(sentence.Start, sentence.Length);
            if (covered.Overlaps(start, end) || !OutcomeFilters.PathologySentence(span) || span.Contains("margin", StringComparison.OrdinalIgnoreCase)
                || !OutcomeFilters.TreatedBefore(context, start) || !OutcomeFilters.InCase(context, start, end))
            {
                continue;
            }

            // the match's own "no" or "without" is the finding; a hedge or a plan is not
            if (context.AssertionOf(start, end) is Assertion.Uncertain or Assertion.Planned or Assertion.NotGiven)
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(fact(start, end));
        }
    }
}
