namespace CaseIngest.Core.Extraction.Outcomes;

public sealed class OutcomeStep : IExtractionStep
{
    public string Name => "OutcomeStep";

    public void Run(ExtractionContext context)
    {
    }
}
