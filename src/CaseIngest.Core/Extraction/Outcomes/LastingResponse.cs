using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "A sustained response of more than 7 months", "the response has lasted 14 months": a response named without its
/// depth takes the kind of the patient's response told before it, with the duration it gives. Without one told
/// before, the words name no kind and are left out.
/// </summary>
internal static class LastingResponse
{
    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<string, int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        foreach (var (start, end) in OutcomePatterns.LastingResponse.Matches(text))
        {
            if (covered.Overlaps(start, end) || !OutcomeFilters.Affirmed(context, start, end)
                || OutcomeDurations.Survival(text, start, end) is not { } duration)
            {
                continue;
            }

            var patient = context.PatientAt(start);
            OutcomeFact? earlier = null;
            foreach (var f in found)
            {
                if (f.Patient == patient && f.Kind is "partial-response" or "complete-response" && f.Evidence.Start < start
                    && (earlier is null || f.Evidence.Start > earlier.Evidence.Start))
                {
                    earlier = f;
                }
            }

            if (earlier is null)
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(fact(earlier.Kind, start, end) with { Value = duration.Value, Unit = duration.Unit, Qualifier = duration.Qualifier });
        }
    }
}
