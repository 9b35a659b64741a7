using CaseIngest.Core.Extraction;
using CaseIngest.Core.Model;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>A fixed, tiny extraction step so pipeline tests do not depend on how the real rules evolve.</summary>
internal sealed class KeywordStep : IExtractionStep
{
    public string Name => "test-keywords";

    public void Run(ExtractionContext context)
    {
        foreach (var drug in new[] { "pembrolizumab", "nivolumab" })
        {
            Find(context, drug, (start, end) => context.Drugs.Add(new DrugFact { Patient = "P1", Name = drug, Mention = drug, Evidence = context.Evidence(start, end) }));
        }

        Find(context, "PD-L1", (start, end) => context.Markers.Add(new MarkerFact { Patient = "P1", Name = "PD-L1", Evidence = context.Evidence(start, end) }));
        Find(context, "partial response", (start, end) => context.Outcomes.Add(new OutcomeFact { Patient = "P1", Kind = "partial-response", Evidence = context.Evidence(start, end) }));
        Find(context, "sarcoma", (start, end) => context.Diagnoses.Add(new Diagnosis { Patient = "P1", Name = "sarcoma", Evidence = context.Evidence(start, end) }));
    }

    private static void Find(ExtractionContext context, string word, Action<int, int> found)
    {
        var at = context.Text.IndexOf(word, StringComparison.Ordinal);
        if (at >= 0)
        {
            found(at, at + word.Length);
        }
    }
}
