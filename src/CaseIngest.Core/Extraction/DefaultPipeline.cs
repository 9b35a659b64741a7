using CaseIngest.Core.Extraction.AdverseEvents;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Extraction.Outcomes;
using CaseIngest.Core.Extraction.Patients;
using CaseIngest.Core.Extraction.Steps;

namespace CaseIngest.Core.Extraction;

/// <summary>The rule-based pipeline in its fixed order: patients first (attribution), then facts, then the final tidy-up.</summary>
public static class DefaultPipeline
{
    public static ExtractionPipeline Create(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ExtractionPipeline(
        [
            new PatientStep(),
            new DiagnosisStep(),
            new DrugStep(DrugLexicon.Load(options)),
            new OutcomeStep(),
            new AdverseEventStep(),
            new FinalizeStep(),
        ]);
    }
}
