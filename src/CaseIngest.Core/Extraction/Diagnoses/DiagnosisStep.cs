namespace CaseIngest.Core.Extraction.Diagnoses;

public sealed class DiagnosisStep : IExtractionStep
{
    public string Name => "DiagnosisStep";

    public void Run(ExtractionContext context)
    {
    }
}
