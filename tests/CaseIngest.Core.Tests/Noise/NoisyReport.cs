using System.Globalization;
using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Noise;

/// <summary>A short report and the facts the engine reads from it, compared without positions.</summary>
internal static class NoisyReport
{
    public const string Title = "# Lung adenocarcinoma treated with chemotherapy and pembrolizumab: a case report";

    public const string Presentation = "A 63-year-old woman presented with a persistent cough. Biopsy of a right upper lobe mass confirmed lung adenocarcinoma.";

    public const string Testing = "Immunohistochemistry showed PD-L1 expression in 80% of tumour cells, and sequencing detected a KRAS G12C mutation.";

    public const string Treatment = "She received carboplatin AUC 5 and pemetrexed 500 mg/m2 every 3 weeks for 4 cycles, followed by pembrolizumab 200 mg.";

    public const string Irradiation = "Thoracic radiotherapy of 60 Gy in 30 fractions was delivered.";

    public const string Event = "After the second cycle she developed grade 3 neutropenia attributed to carboplatin.";

    public const string Response = "Computed tomography after 4 cycles showed a partial response.";

    public const string Death = "She died of disease progression 18 months after diagnosis.";

    /// <summary>The clean report as Markdown: a title, a heading and one paragraph per part of the course.</summary>
    public static string Markdown => Join(Presentation, Testing, Treatment, Irradiation, Event, Response, Death);

    /// <summary>The report with its case paragraphs given in order, each a Markdown paragraph.</summary>
    public static string Join(params string[] paragraphs) =>
        Title + "\n\n## Case presentation\n\n" + string.Join("\n\n", paragraphs) + "\n";

    /// <summary>Every fact of the record as one line, sorted, without evidence positions.</summary>
    public static IReadOnlyList<string> Facts(string text, string name)
    {
        var record = Engines.Default.Process(name, System.Text.Encoding.UTF8.GetBytes(text)).Record
            ?? throw new InvalidOperationException("The report was rejected.");
        return Facts(record);
    }

    public static IReadOnlyList<string> Facts(CaseRecord record)
    {
        var facts = new List<string>();
        facts.AddRange(record.Patients.Select(p => $"patient {p.AgeYears?.ToString(CultureInfo.InvariantCulture)} {p.Sex}"));
        facts.AddRange(record.Diagnoses.Select(d => $"diagnosis {d.Name}"));
        facts.AddRange(record.Drugs.Select(d =>
            $"drug {d.Name} {d.Status} dose={Number(d.Dose?.Value)} {d.Dose?.Unit} cycles={d.Cycles} every={Number(d.Frequency?.Every)} {d.Frequency?.Unit}"));
        facts.AddRange(record.Radiotherapy.Select(r => $"radiotherapy {r.Status} {Number(r.TotalDoseGy)} Gy fractions={r.Fractions}"));
        facts.AddRange(record.Markers.Select(m => $"marker {m.Name} {m.Variant} {m.Result} {Number(m.Value)}{m.Unit}"));
        facts.AddRange(record.Outcomes.Select(o => $"outcome {o.Kind} {Number(o.Value)} {o.Unit}"));
        facts.AddRange(record.AdverseEvents.Select(a => $"event {a.Term} grade={a.Grade} therapy={string.Join('+', a.Therapy)}"));
        facts.Sort(StringComparer.Ordinal);
        return facts;
    }

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
