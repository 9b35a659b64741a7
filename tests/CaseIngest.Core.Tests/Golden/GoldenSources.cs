using System.Globalization;
using System.Text;

namespace CaseIngest.Core.Tests.Golden;

/// <summary>
/// The F1 of every category per source of the golden documents (the collection a document comes from: the prefix of
/// its id, such as <c>maccrobat</c> or <c>pmc</c>), so a set can say which kind of document its errors come from
/// without naming a document or an item.
/// </summary>
public static class GoldenSources
{
    /// <summary>The source of a golden id: the text before its first hyphen.</summary>
    public static string Of(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? id[..dash] : id;
    }

    /// <summary>Per source, in order: the number of documents and the summed counts of every category.</summary>
    public static IReadOnlyList<(string Source, int Documents, Dictionary<string, GoldenScore> Scores)> Sum(IEnumerable<GoldenDocumentComparison> comparisons) =>
        [.. comparisons
            .GroupBy(c => Of(c.Id), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count(), GoldenEvaluation.Sum(g)))];

    /// <summary>
    /// A table with a line per source: its document count and the F1 of each category, or <c>-</c> where the source's
    /// golden records and the engine's both hold nothing of that category.
    /// </summary>
    public static string Format(string title, IEnumerable<GoldenDocumentComparison> comparisons)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"F1 by source, {title}:");
        table.Append("  source      docs");
        foreach (var category in GoldenCategory.All)
        {
            table.Append(CultureInfo.InvariantCulture, $" {Short(category),6}");
        }

        table.AppendLine();
        foreach (var (source, documents, scores) in Sum(comparisons))
        {
            table.Append(CultureInfo.InvariantCulture, $"  {source,-10} {documents,5}");
            foreach (var category in GoldenCategory.All)
            {
                var s = scores[category];
                table.Append(s.TruePositives + s.FalsePositives + s.FalseNegatives == 0
                    ? $" {"-",6}"
                    : string.Create(CultureInfo.InvariantCulture, $" {s.F1,6:0.000}"));
            }

            table.AppendLine();
        }

        return table.ToString();
    }

    private static string Short(string category) => category switch
    {
        GoldenCategory.Article => "artcl",
        GoldenCategory.Patients => "ptnts",
        GoldenCategory.Diagnoses => "diagn",
        GoldenCategory.Radiotherapy => "radio",
        GoldenCategory.Regimen => "regmn",
        GoldenCategory.Markers => "mrkrs",
        GoldenCategory.Outcomes => "outcm",
        GoldenCategory.AdverseEvents => "AEs",
        _ => category,
    };
}
