using Azure;
using Azure.Identity;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Model;
using CaseIngest.TextAnalytics.Client;
using CaseIngest.TextAnalytics.Mapping;
using CaseIngest.TextAnalytics.Reading;

namespace CaseIngest.TextAnalytics;

/// <summary>
/// The optional second reader as a pipeline step (<c>ExtractionPipeline.With(step)</c>, after the rules): Text
/// Analytics for Health reads the parts of the document about the case, its facts are compared with the rules' facts,
/// facts both found carry both sources, facts only it found are added with <c>source: "text-analytics"</c>, and the
/// per-category comparison is stored with the record. Without a reader the step is off and changes nothing. When the
/// service fails the record keeps the rules' facts and the comparison says why.
/// </summary>
public sealed class TextAnalyticsStep(IHealthcareReader? reader) : IExtractionStep
{
    public const string ReaderName = FactSource.TextAnalytics;

    public string Name => "text-analytics";

    public bool IsEnabled => reader is not null;

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (reader is null)
        {
            return;
        }

        if (context.IsCaseReport == false)
        {
            context.ReaderComparison = Comparison([], 0, 0, null);
            return;
        }

        HealthcareReading reading;
        try
        {
            reading = reader.Read(context.Text, context.Document.Sections, context.Sentences);
        }
        catch (Exception ex) when (ex is TextAnalyticsException or RequestFailedException or AuthenticationFailedException or CredentialUnavailableException)
        {
            context.ReaderComparison = Comparison([], 0, 0, Describe(ex));
            return;
        }

        var facts = FactMapper.Map(context, reading);
        ReaderCategoryCounts[] counts =
        [
            ReaderMerge.Merge("diagnoses", context.Diagnoses, facts.Diagnoses, d => d.Name, d => d.Patient, d => d.Evidence, d => d.Links, (d, s, l) => d with { Source = s, Links = l }),
            ReaderMerge.Merge("drugs", context.Drugs, facts.Drugs, d => d.Name, d => d.Patient, d => d.Evidence, d => d.Links, (d, s, l) => d with { Source = s, Links = l }),
            ReaderMerge.Merge("markers", context.Markers, facts.Markers, m => m.Gene ?? m.Name, m => m.Patient, m => m.Evidence, m => m.Links, (m, s, l) => m with { Source = s, Links = l }),
            ReaderMerge.Merge("adverseEvents", context.AdverseEvents, facts.AdverseEvents, a => a.Term, a => a.Patient, a => a.Evidence, a => a.Links, (a, s, l) => a with { Source = s, Links = l }),
        ];
        AddPatients(context);
        context.ReaderComparison = Comparison(counts, reading.DocumentsSent, reading.CharactersSent, null);
    }

    private static ReaderComparison Comparison(IReadOnlyList<ReaderCategoryCounts> counts, int documents, int characters, string? error) => new()
    {
        Reader = ReaderName,
        Categories = counts,
        DocumentsSent = documents,
        CharactersSent = characters,
        Error = error,
    };

    /// <summary>The failure's code and message: the client's messages hold no document text, key or full URL.</summary>
    private static string Describe(Exception ex) => ex switch
    {
        TextAnalyticsException t => $"{t.Code}: {t.Message}",
        RequestFailedException r => $"http-{r.Status}: {r.ErrorCode ?? "request failed"}",
        _ => "authentication: no credential could get a token for Azure AI Language",
    };

    /// <summary>A fact the reader added may name a patient the rules did not list (a case series).</summary>
    private static void AddPatients(ExtractionContext context)
    {
        var named = context.Diagnoses.Select(d => d.Patient).Concat(context.Drugs.Select(d => d.Patient))
            .Concat(context.Markers.Select(m => m.Patient)).Concat(context.AdverseEvents.Select(a => a.Patient));
        foreach (var id in named.Distinct().Order(StringComparer.Ordinal))
        {
            if (!context.Patients.Exists(p => p.Id == id))
            {
                context.Patients.Add(new Patient { Id = id });
            }
        }
    }
}
