using System.Globalization;
using System.Text;
using CaseIngest.Core.Model;
using CaseIngest.Core.Vocabulary;

namespace CaseIngest.Storage.Keys;

/// <summary>CaseIndex partition keys: <c>&lt;facet&gt;|&lt;encoded normalised value&gt;</c>, the one place they are built.</summary>
public static class IndexKeys
{
    public static string Partition(string facet, string value) => string.Concat(facet, "|", KeyEncoding.Encode(Normalize(value)));

    public static string DrugStatusPartition(string drug, string status) =>
        string.Concat(IndexFacet.DrugStatus, "|", KeyEncoding.Encode(Normalize(drug)), "|", KeyEncoding.Encode(Normalize(status)));

    /// <summary>A partition of a facet whose value has several parts (<c>marker-result|pd-l1|positive</c>).</summary>
    public static string Partition(string facet, params string[] parts) =>
        string.Concat(facet, "|", string.Join('|', parts.Select(p => KeyEncoding.Encode(Normalize(p)))));

    /// <summary>The partition of the unfiltered list.</summary>
    public static string AllPartition => Partition(IndexFacet.All, "articles");

    /// <summary>A number as index values hold it, sorting as the number does: <c>000000080.000</c> (0 to 999,999,999).</summary>
    public static string Number(double value) =>
        Math.Clamp(value, 0, 999_999_999).ToString("000000000.000", CultureInfo.InvariantCulture);

    /// <summary>An age as index values hold it: whole years, three digits.</summary>
    public static string Age(double years) => ((int)Math.Clamp(Math.Floor(years), 0, 150)).ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>First and last-exclusive PartitionKey of one facet's rows.</summary>
    public static (string From, string To) FacetRange(string facet) => (facet + "|", facet + "}");

    /// <summary>Lower case, trimmed, inner whitespace collapsed: how values are compared in queries.</summary>
    public static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Every index entry of a record: partition key and the value shown in facet listings. No duplicates.</summary>
    public static IReadOnlyList<IndexEntry> For(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entries = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
        void Add(string facet, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                var normalized = Normalize(value);
                entries.TryAdd(Partition(facet, normalized), new IndexEntry(Partition(facet, normalized), facet, normalized));
            }
        }

        foreach (var drug in record.Drugs)
        {
            Add(IndexFacet.Drug, drug.Name);
            Add(IndexFacet.Status, drug.Status);
            var key = DrugStatusPartition(drug.Name, drug.Status);
            entries.TryAdd(key, new IndexEntry(key, IndexFacet.DrugStatus, Normalize(drug.Name) + "|" + Normalize(drug.Status)));
        }

        foreach (var radiotherapy in record.Radiotherapy)
        {
            Add(IndexFacet.Status, radiotherapy.Status);
        }

        foreach (var marker in record.Markers)
        {
            Add(IndexFacet.Marker, marker.Name);
        }

        foreach (var outcome in record.Outcomes)
        {
            Add(IndexFacet.Outcome, outcome.Kind);
        }

        foreach (var diagnosis in record.Diagnoses)
        {
            Add(IndexFacet.Diagnosis, diagnosis.Name);
            if (diagnosis.Oncotree is { } node)
            {
                foreach (var code in QueryVocabulary.Default.OncoTreeLineage(node.Code))
                {
                    Add(IndexFacet.OncoTree, code);
                }
            }
        }

        void AddParts(string facet, params string[] parts)
        {
            var key = Partition(facet, parts);
            entries.TryAdd(key, new IndexEntry(key, facet, string.Join('|', parts.Select(Normalize))));
        }

        foreach (var marker in record.Markers)
        {
            if (!string.IsNullOrWhiteSpace(marker.Result))
            {
                AddParts(IndexFacet.MarkerResult, marker.Name, marker.Result);
            }

            if (marker.Value is { } value && double.IsFinite(value) && value >= 0)
            {
                AddParts(IndexFacet.MarkerValue, marker.Name, Number(value));
            }
        }

        foreach (var adverse in record.AdverseEvents)
        {
            Add(IndexFacet.AdverseEvent, adverse.Term);
            Add(IndexFacet.AdverseEvent, adverse.CtcaeTerm);
            if (adverse.Grade is { } grade)
            {
                var g = grade.ToString(CultureInfo.InvariantCulture);
                Add(IndexFacet.AdverseEventGrade, g);
                AddParts(IndexFacet.AdverseEventTermGrade, adverse.Term, g);
                if (!string.IsNullOrWhiteSpace(adverse.CtcaeTerm))
                {
                    AddParts(IndexFacet.AdverseEventTermGrade, adverse.CtcaeTerm, g);
                }
            }
        }

        foreach (var patient in record.Patients)
        {
            Add(IndexFacet.Sex, patient.Sex);
            if (patient.AgeYears is { } age && double.IsFinite(age))
            {
                Add(IndexFacet.Age, Age(age));
            }
        }

        if (record.Article.Year is { } year)
        {
            Add(IndexFacet.Year, year.ToString(CultureInfo.InvariantCulture));
        }

        Add(IndexFacet.Doi, record.Article.Doi);
        Add(IndexFacet.Pmid, record.Article.Pmid);
        Add(IndexFacet.Pmcid, record.Article.Pmcid);
        entries.TryAdd(AllPartition, new IndexEntry(AllPartition, IndexFacet.All, "articles"));
        return [.. entries.Values.OrderBy(e => e.PartitionKey, StringComparer.Ordinal)];
    }
}
