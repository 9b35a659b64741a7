using System.Text;
using CaseIngest.Core.Model;

namespace CaseIngest.Storage.Keys;

/// <summary>CaseIndex partition keys: <c>&lt;facet&gt;|&lt;encoded normalised value&gt;</c>, the one place they are built.</summary>
public static class IndexKeys
{
    public static string Partition(string facet, string value) => string.Concat(facet, "|", KeyEncoding.Encode(Normalize(value)));

    public static string DrugStatusPartition(string drug, string status) =>
        string.Concat(IndexFacet.DrugStatus, "|", KeyEncoding.Encode(Normalize(drug)), "|", KeyEncoding.Encode(Normalize(status)));

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
        }

        Add(IndexFacet.Doi, record.Article.Doi);
        Add(IndexFacet.Pmid, record.Article.Pmid);
        return [.. entries.Values.OrderBy(e => e.PartitionKey, StringComparer.Ordinal)];
    }
}
