using CaseIngest.Core.Extraction.AdverseEvents;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Extraction.Markers;
using CaseIngest.Core.Extraction.Outcomes;
using CaseIngest.Core.Extraction.Patients;
using CaseIngest.Core.Extraction.Radiotherapy;
using CaseIngest.Core.Extraction.Steps;

namespace CaseIngest.Core.Extraction;

/// <summary>
/// The rule-based pipeline in its fixed order: patients first (attribution), then diagnoses (and the sex a sex-specific
/// cancer states) and treatments (with those stated for a whole series given to each patient), then markers, then
/// outcomes and adverse events (which look at the treatments found), then the final tidy-up.
/// </summary>
public static class DefaultPipeline
{
    public static ExtractionPipeline Create(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ExtractionPipeline(
        [
            new PatientStep(),
            new DiagnosisStep(),
            new SexFromDiagnosisStep(),
            new DrugStep(DrugLexicon.Load(options)),
            new RadiotherapyStep(RadiotherapyLexicon.LoadDefault()),
            new SeriesTreatmentStep(),
            new MarkerStep(MarkerLexicon.LoadDefault(options.MarkerGeneListPath)),
            new OutcomeStep(),
            new AdverseEventStep(),
            new FinalizeStep(),
        ]);
    }
}
