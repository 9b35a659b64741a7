using System.Globalization;
using System.Text;

namespace CaseIngest.Core.Tests.Golden;

/// <summary>The figures of a golden set as a table: counts, precision, recall, F1 and floor per category; no items.</summary>
public static class GoldenTable
{
    public static string Format(string title, IReadOnlyDictionary<string, GoldenScore> scores, IReadOnlyDictionary<string, double> floors)
    {
        var table = new StringBuilder();
        table.AppendLine(title);
        table.AppendLine("category        tp   fp   fn   prec  recall  f1     floor");
        foreach (var category in GoldenCategory.All)
        {
            var s = scores[category];
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{category,-14} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4}  {s.Precision,5:0.000} {s.Recall,6:0.000}  {s.F1,5:0.000}  {floors[category],5:0.00}");
        }

        return table.ToString();
    }

    /// <summary>One line per category whose F1 is below its floor; empty when every floor is reached.</summary>
    public static List<string> BelowFloors(IReadOnlyDictionary<string, GoldenScore> scores, IReadOnlyDictionary<string, double> floors) =>
        [.. GoldenCategory.All
            .Where(c => scores[c].F1 < floors[c])
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c}: F1 {scores[c].F1:0.000} < floor {floors[c]:0.000}"))];
}
