using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A scan after treatment that finds no residual activity of the tumour ("PET showed no residual metabolic activity",
/// "no residual FDG uptake was seen") tells a complete metabolic response. Before any treatment the same words describe
/// the work-up, and a hedge or a plan is no finding.
/// </summary>
internal static partial class MetabolicResponse
{
    private static readonly string[] Anchors = ["metabolic", "FDG", "tracer", "hypermetabolism"];

    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        foreach (var (start, end) in AnchoredSearch.Matches(text, NoResidualActivityRegex(), StringComparison.OrdinalIgnoreCase, Anchors))
        {
            // the match's own "no" or "without" is the finding
            if (covered.Overlaps(start, end) || !OutcomeFilters.TreatedBefore(context, start) || !OutcomeFilters.InCase(context, start, end)
                || context.AssertionOf(start, end) is Assertion.Uncertain or Assertion.Planned or Assertion.NotGiven)
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(fact(start, end));
        }
    }

    // "no residual metabolic activity", "without residual FDG uptake", "no residual hypermetabolic activity", "no residual
    // hypermetabolism", "no residual FDG avidity"
    [GeneratedRegex(@"\b(?:no|without(?:\s+any)?)\s+residual\s+(?:(?:FDG|tracer|PET)[\s-]+)?(?:(?:hyper)?metabolic\s+activity|(?:FDG|tracer|metabolic)[\s-]+(?:uptake|avidity|activity)|hypermetabolism)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex NoResidualActivityRegex();
}
