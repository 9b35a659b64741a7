using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.AdverseEvents;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Extraction.Outcomes;
using CaseIngest.Core.Extraction.Patients;
using CaseIngest.Core.Formats;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>Runs the clinical steps over a snippet, with drugs or radiotherapy placed as the drug steps would.</summary>
internal static class ClinicalRun
{
    private static readonly ContextAnalyzer Analyzer = ContextAnalyzer.LoadDefault();
    private static readonly Lazy<DiagnosisStep> Diagnoses = new(() => new DiagnosisStep());
    private static readonly Lazy<AdverseEventStep> AdverseEvents = new(() => new AdverseEventStep());

    /// <summary>The drug class of each generic name in the shipped drug lexicon ("-" when it has none).</summary>
    private static readonly Lazy<Dictionary<string, string>> DrugClasses = new(() => Lexicons.LexiconResource.ReadLines("drugs.tsv")
        .Select(line => line.Text.Split('\t'))
        .Where(cells => cells.Length >= 2)
        .GroupBy(cells => cells[0], StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First()[1], StringComparer.Ordinal));

    public static ExtractionContext Context(string text)
    {
        var document = new ParsedDocument("text", text, Sectioner.Split(text), new ArticleInfo());
        return new ExtractionContext(document, Analyzer);
    }

    /// <summary>The patient, diagnosis, outcome and adverse-event steps over <paramref name="text"/>; each drug named in
    /// <paramref name="givenDrugs"/> is recorded as given at its first mention, with its class in the drug lexicon, and radiotherapy when it is mentioned.</summary>
    public static ExtractionContext Run(string text, params string[] givenDrugs)
    {
        var context = Context(text);
        new PatientStep().Run(context);
        Diagnoses.Value.Run(context);
        foreach (var drug in givenDrugs)
        {
            var start = text.IndexOf(drug, StringComparison.OrdinalIgnoreCase);
            if (start < 0)
            {
                throw new ArgumentException($"'{drug}' is not in the text.", nameof(givenDrugs));
            }

            context.Drugs.Add(new DrugFact
            {
                Patient = context.PatientAt(start),
                Name = drug.ToLowerInvariant(),
                Mention = drug,
                DrugClass = DrugClasses.Value.TryGetValue(drug.ToLowerInvariant(), out var drugClass) && drugClass != "-" ? drugClass : null,
                Evidence = context.Evidence(start, start + drug.Length),
            });
        }

        var radiotherapy = text.IndexOf("radiotherapy", StringComparison.OrdinalIgnoreCase);
        if (radiotherapy >= 0)
        {
            context.Radiotherapy.Add(new RadiotherapyFact { Patient = context.PatientAt(radiotherapy), Evidence = context.Evidence(radiotherapy, radiotherapy + 12) });
        }

        new OutcomeStep().Run(context);
        AdverseEvents.Value.Run(context);
        return context;
    }
}
