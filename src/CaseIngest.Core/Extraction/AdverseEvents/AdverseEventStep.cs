namespace CaseIngest.Core.Extraction.AdverseEvents;

public sealed class AdverseEventStep : IExtractionStep
{
    public string Name => "AdverseEventStep";

    public void Run(ExtractionContext context)
    {
    }
}
