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
/// outcomes and adverse events (which look at the treatments found), then the final tidy-up. The marker lexicon, the
/// largest, is loaded on a second thread while the other steps build theirs, so the pipeline is ready sooner where
/// there is more than one core; the steps and their order are the same either way. The thread is a new one, not a
/// thread-pool thread: on Linux a new thread starts with its creator's scheduling priority, so a build the host runs
/// in the background at a lower priority stays at that priority and does not compete with the host's start.
/// </summary>
public static class DefaultPipeline
{
    private static SecondThread<MarkerLexicon>? s_preparedMarkers;

    /// <summary>
    /// Starts loading the marker lexicon of an engine without a gene list on a thread of its own; the next
    /// <see cref="Create"/> for such an engine takes it instead of loading its own. For a short-lived process that
    /// parses its command line and reads its settings before it builds its one engine (the CLI): the lexicon loads
    /// meanwhile. A <see cref="Create"/> with a gene list loads its own and leaves the prepared one unused; calling this
    /// again before a <see cref="Create"/> takes it changes nothing.
    /// </summary>
    public static void Prepare()
    {
        if (Volatile.Read(ref s_preparedMarkers) is null)
        {
            Interlocked.CompareExchange(ref s_preparedMarkers, LoadMarkers(null), null);
        }
    }

    public static ExtractionPipeline Create(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var markers = (options.MarkerGeneListPath is null ? Interlocked.Exchange(ref s_preparedMarkers, null) : null)
            ?? LoadMarkers(options.MarkerGeneListPath);
        IExtractionStep[] before =
        [
            new PatientStep(),
            new DiagnosisStep(),
            new SexFromDiagnosisStep(),
            new DrugStep(DrugLexicon.Load(options)),
            new RadiotherapyStep(RadiotherapyLexicon.LoadDefault()),
            new SeriesTreatmentStep(),
        ];
        IExtractionStep[] after = [new OutcomeStep(), new AdverseEventStep(), new FinalizeStep()];

        // a lexicon error surfaces as itself (LexiconException, FileNotFoundException), not wrapped
        return new ExtractionPipeline([.. before, new MarkerStep(markers.Result()), .. after]);
    }

    private static SecondThread<MarkerLexicon> LoadMarkers(string? geneListPath) =>
        new(() => MarkerLexicon.LoadDefault(geneListPath), "marker lexicon");
}
