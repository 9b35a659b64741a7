using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// One outcome told in two units of time ("free of disease two years later" in the abstract, "twenty-four months
/// after stopping treatment" in the case): the same patient, kind and time counted in months (years and months) or
/// in days (weeks and days). The telling outside the title and abstract is kept, else the first.
/// </summary>
internal static class TwoUnits
{
    /// <summary>The facts (in text order) that restate, in another unit, a time another fact gives.</summary>
    public static HashSet<OutcomeFact> Restated(ExtractionContext context, List<OutcomeFact> found)
    {
        var restated = new HashSet<OutcomeFact>(ReferenceEqualityComparer.Instance);
        var kept = new Dictionary<(string, string, string?, string, double), OutcomeFact>();
        foreach (var fact in found)
        {
            if (Key(fact) is not { } key)
            {
                continue;
            }

            if (!kept.TryGetValue(key, out var first))
            {
                kept[key] = fact;
            }
            else if (!string.Equals(first.Unit, fact.Unit, StringComparison.Ordinal))
            {
                var keepLater = InSummary(context, first) && !InSummary(context, fact);
                restated.Add(keepLater ? first : fact);
                if (keepLater)
                {
                    kept[key] = fact;
                }
            }
        }

        return restated;
    }

    private static (string, string, string?, string, double)? Key(OutcomeFact fact) => fact.Value is not { } value
        ? null
        : fact.Unit switch
        {
            "year" => (fact.Patient, fact.Kind, fact.Qualifier, "month", value * 12),
            "month" => (fact.Patient, fact.Kind, fact.Qualifier, "month", value),
            "week" => (fact.Patient, fact.Kind, fact.Qualifier, "day", value * 7),
            "day" => (fact.Patient, fact.Kind, fact.Qualifier, "day", value),
            _ => null,
        };

    private static bool InSummary(ExtractionContext context, OutcomeFact fact) =>
        context.SectionAt(fact.Evidence.Start)?.Kind is SectionKind.Title or SectionKind.Abstract;
}
