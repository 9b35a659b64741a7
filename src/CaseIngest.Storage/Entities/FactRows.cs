using System.Globalization;
using System.Text.Json;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;

namespace CaseIngest.Storage.Entities;

/// <summary>The Facts rows of a record, in record order: <c>drug-0000</c>, <c>drug-0001</c>, <c>marker-0000</c> …</summary>
internal static class FactRows
{
    public static List<FactEntity> For(CaseRecord record)
    {
        var rows = new List<FactEntity>();
        Add(rows, record, "diagnosis", record.Diagnoses, d => (d.Patient, d.Name, null, d.Evidence));
        Add(rows, record, "drug", record.Drugs, d => (d.Patient, d.Name, d.Status, d.Evidence));
        Add(rows, record, "radiotherapy", record.Radiotherapy, r => (r.Patient, r.Technique ?? "radiotherapy", r.Status, r.Evidence));
        Add(rows, record, "marker", record.Markers, m => (m.Patient, m.Name, m.Result, m.Evidence));
        Add(rows, record, "outcome", record.Outcomes, o => (o.Patient, o.Kind, null, o.Evidence));
        Add(rows, record, "adverse-event", record.AdverseEvents, a => (a.Patient, a.Term, null, a.Evidence));
        return rows;
    }

    private static void Add<T>(List<FactEntity> rows, CaseRecord record, string kind, IReadOnlyList<T> facts, Func<T, (string Patient, string Value, string? Status, Evidence Evidence)> describe)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            var (patient, value, status, evidence) = describe(facts[i]);
            rows.Add(new FactEntity
            {
                PartitionKey = record.Id,
                RowKey = kind + "-" + i.ToString("D4", CultureInfo.InvariantCulture),
                Kind = kind,
                Patient = patient,
                Value = value,
                Status = status,
                EvidenceStart = evidence.Start,
                EvidenceEnd = evidence.End,
                Section = evidence.Section,
                Json = JsonSerializer.Serialize(facts[i], CaseJson.Options),
            });
        }
    }
}
