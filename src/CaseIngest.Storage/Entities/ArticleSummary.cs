using Azure.Data.Tables;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// The summary columns of an article's index rows, merged from its member rows: the source with the most facts
/// (then the lowest record id) stands for the article (<c>RecordId</c>, name, format); the fact lists are the union
/// over every source; metadata is the first source's that has it. <c>Sources</c> counts distinct documents (the same
/// bytes under two names are one), <c>Documents</c> every name.
/// </summary>
internal static class ArticleSummary
{
    private static readonly string[] Lists = ["Drugs", "Markers", "Outcomes", "Diagnoses"];
    private static readonly string[] Metadata = ["Title", "Journal", "Year", "Doi", "Pmid", "Pmcid"];

    public static TableEntity Merge(IReadOnlyList<TableEntity> members)
    {
        var ordered = members
            .OrderByDescending(m => m.GetInt32("FactCount") ?? 0)
            .ThenBy(m => m.RowKey, StringComparer.Ordinal)
            .ToList();
        var lead = ordered[0];
        var summary = new TableEntity();
        foreach (var column in CaseEntityMapper.SummaryColumns.Skip(1))
        {
            if (lead.TryGetValue(column, out var value) && value is not null)
            {
                summary[column] = value;
            }
        }

        foreach (var column in Metadata)
        {
            if (ordered.Select(m => m.TryGetValue(column, out var v) ? v : null).FirstOrDefault(v => v is not null) is { } value)
            {
                summary[column] = value;
            }
        }

        foreach (var column in Lists)
        {
            var values = ordered.SelectMany(m => (m.GetString(column) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal);
            summary[column] = string.Join('\n', values);
        }

        summary["FactCount"] = ordered.Max(m => m.GetInt32("FactCount") ?? 0);
        summary["RecordId"] = lead.RowKey;
        summary["Sources"] = ordered.Select(m => m.GetString("Sha256")).Distinct(StringComparer.Ordinal).Count();
        summary["Documents"] = ordered.Count;
        return summary;
    }
}
