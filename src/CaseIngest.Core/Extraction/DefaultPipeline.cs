using CaseIngest.Core.Extraction.Markers;
using CaseIngest.Core.Extraction.Radiotherapy;
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
            new RadiotherapyStep(RadiotherapyLexicon.LoadDefault()),
            new MarkerStep(MarkerLexicon.LoadDefault(options.MarkerGeneListPath)),
            new FinalizeStep(),
        ]);
    }
}
