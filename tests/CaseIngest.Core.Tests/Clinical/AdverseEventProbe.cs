using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>The adverse events of a snippet written as "term:grade:therapy+therapy" in text order, for comparing a whole reading at once.</summary>
internal static class AdverseEventProbe
{
    public static string Read(string text, string drugs) =>
        string.Join("; ", ClinicalRun.Run(text, drugs.Split(',', StringSplitOptions.RemoveEmptyEntries)).AdverseEvents
            .OrderBy(e => e.Evidence.Start)
            .Select(Describe));

    private static string Describe(AdverseEventFact fact) =>
        $"{fact.Term}:{fact.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}:{string.Join('+', fact.Therapy)}";
}
