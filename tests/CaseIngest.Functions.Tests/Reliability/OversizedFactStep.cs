using CaseIngest.Core.Extraction;
using CaseIngest.Core.Model;

namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>
/// On documents holding a trigger word, adds a fact whose mention is longer than a Table property may be, so every
/// write of that document's fact rows fails: a stand-in for a write that keeps failing for one document.
/// </summary>
internal sealed class OversizedFactStep : IExtractionStep
{
    public const string Trigger = "ZZ-OVERSIZED-FACT";

    public string Name => "test-oversized-fact";

    public void Run(ExtractionContext context)
    {
        var at = context.Text.IndexOf(Trigger, StringComparison.Ordinal);
        if (at >= 0)
        {
            var mention = new string('x', 70_000);
            context.Drugs.Add(new DrugFact { Patient = "P1", Name = "oversized", Mention = mention, Evidence = context.Evidence(at, at + Trigger.Length) });
        }
    }
}
