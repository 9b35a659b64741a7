using System.Globalization;
using System.Text;
using CaseIngest.Core.Model;

namespace CaseIngest.Http.Browser;

/// <summary>
/// The tables of a record's facts, one per kind, each row linking to its evidence in the text (the row's id is
/// where the evidence links back to).
/// </summary>
internal static class FactTables
{
    public const string Diagnosis = "diagnosis";
    public const string Drug = "drug";
    public const string Radiotherapy = "radiotherapy";
    public const string Marker = "marker";
    public const string Outcome = "outcome";
    public const string AdverseEvent = "adverse-event";

    /// <summary>Every fact's evidence span, by kind and row.</summary>
    public static IEnumerable<EvidenceSpan> Spans(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        IEnumerable<EvidenceSpan> Of(string kind, IEnumerable<Evidence> evidence) => evidence.Select((e, i) => new EvidenceSpan(kind, i, e.Start, e.End));
        return Of(Diagnosis, record.Diagnoses.Select(d => d.Evidence))
            .Concat(Of(Drug, record.Drugs.Select(d => d.Evidence)))
            .Concat(Of(Radiotherapy, record.Radiotherapy.Select(r => r.Evidence)))
            .Concat(Of(Marker, record.Markers.Select(m => m.Evidence)))
            .Concat(Of(Outcome, record.Outcomes.Select(o => o.Evidence)))
            .Concat(Of(AdverseEvent, record.AdverseEvents.Select(a => a.Evidence)));
    }

    public static void Render(StringBuilder html, CaseRecord record, IReadOnlyDictionary<string, string> targets)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(record);
        Table(html, Diagnosis, "Diagnoses", record.Diagnoses, ["Patient", "Diagnosis", "OncoTree"], d => [d.Patient, d.Name, d.Oncotree?.Code], d => d.Evidence, targets);
        Table(html, Drug, "Drugs", record.Drugs, ["Patient", "Drug", "Dose", "Route", "Schedule", "Cycles", "Status"],
            d => [d.Patient, d.Name, d.Dose is null ? null : Html.E(d.Dose.Value) + " " + d.Dose.Unit, d.Route, d.Frequency is null ? null : "every " + Html.E(d.Frequency.Every) + " " + d.Frequency.Unit + (d.Frequency.Every == 1 ? "" : "s"), Html.E(d.Cycles), d.Status],
            d => d.Evidence, targets);
        Table(html, Radiotherapy, "Radiotherapy", record.Radiotherapy, ["Patient", "Total dose (Gy)", "Fractions", "Per fraction (Gy)", "Technique", "Site", "Status"],
            r => [r.Patient, Html.E(r.TotalDoseGy), Html.E(r.Fractions), Html.E(r.DosePerFractionGy), r.Technique, r.Site, r.Status], r => r.Evidence, targets);
        Table(html, Marker, "Markers", record.Markers, ["Patient", "Marker", "Gene", "Variant", "Value", "Method", "Result"],
            m => [m.Patient, m.Name, m.Gene, m.Variant, m.Value is null ? null : Html.E(m.Value) + (m.Unit ?? ""), m.Method, m.Result], m => m.Evidence, targets);
        Table(html, Outcome, "Outcomes", record.Outcomes, ["Patient", "Outcome", "Value", "Qualifier", "Therapy"],
            o => [o.Patient, o.Kind, o.Value is null ? null : Html.E(o.Value) + " " + o.Unit, o.Qualifier, string.Join(", ", o.Therapy)], o => o.Evidence, targets);
        Table(html, AdverseEvent, "Adverse events", record.AdverseEvents, ["Patient", "Event", "Grade", "CTCAE term", "Therapy"],
            a => [a.Patient, a.Term, Html.E(a.Grade), a.CtcaeTerm, string.Join(", ", a.Therapy)], a => a.Evidence, targets);
    }

    public static void Patients(StringBuilder html, IReadOnlyList<Patient> patients)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<section aria-labelledby=\"patients-heading\"><h2 id=\"patients-heading\">Patients</h2>");
        if (patients.Count == 0)
        {
            html.Append("<p>None found.</p></section>");
            return;
        }

        html.Append("<table><thead><tr><th scope=\"col\">Patient</th><th scope=\"col\">Age (years)</th><th scope=\"col\">Sex</th></tr></thead><tbody>");
        foreach (var patient in patients)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(patient.Id)).Append("</th><td>").Append(Html.E(patient.AgeYears)).Append("</td><td>").Append(Html.E(patient.Sex)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void Table<T>(StringBuilder html, string kind, string title, IReadOnlyList<T> facts, string[] headers, Func<T, string?[]> cells, Func<T, Evidence> evidence, IReadOnlyDictionary<string, string> targets)
    {
        html.Append("<section class=\"facts\" data-kind=\"").Append(kind).Append("\" aria-labelledby=\"").Append(kind).Append("-heading\"><h2 id=\"").Append(kind).Append("-heading\">")
            .Append(title).Append(" <span class=\"count\">").Append(facts.Count.ToString(CultureInfo.InvariantCulture)).Append("</span></h2>");
        if (facts.Count == 0)
        {
            html.Append("<p>None found.</p></section>");
            return;
        }

        html.Append("<table><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(Html.E(header)).Append("</th>");
        }

        html.Append("<th scope=\"col\">Evidence</th></tr></thead><tbody>");
        for (var i = 0; i < facts.Count; i++)
        {
            var span = new EvidenceSpan(kind, i, 0, 0);
            var values = cells(facts[i]);
            html.Append("<tr id=\"").Append(span.FactId).Append("\"><th scope=\"row\">").Append(Html.E(values[0])).Append("</th>");
            foreach (var value in values.Skip(1))
            {
                html.Append("<td>").Append(Html.E(value)).Append("</td>");
            }

            var text = Html.E(evidence(facts[i]).Text);
            html.Append("<td class=\"evidence\">").Append(targets.TryGetValue(span.FactId, out var mark)
                ? "<a href=\"#" + mark + "\" data-kind=\"" + kind + "\">" + text + "</a>"
                : text).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }
}
