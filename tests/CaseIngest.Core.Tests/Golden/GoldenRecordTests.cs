using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Golden;

/// <summary>
/// Scores the engine against the development golden records (Golden/&lt;id&gt;.expected.json): per category, the
/// micro-averaged precision, recall and F1 of normalised fact keys over all of them, with each document's misses and extras.
/// </summary>
public sealed class GoldenRecordTests(ITestOutputHelper output)
{
    /// <summary>The minimum F1 per category that the engine must reach over all golden documents.</summary>
    private static readonly Dictionary<string, double> F1Floors = new(StringComparer.Ordinal)
    {
        [GoldenCategory.Article] = 0.96,
        [GoldenCategory.Patients] = 0.95,
        [GoldenCategory.Diagnoses] = 0.70,
        [GoldenCategory.Drugs] = 0.95,
        [GoldenCategory.Doses] = 0.95,
        [GoldenCategory.Regimen] = 0.92,
        [GoldenCategory.Radiotherapy] = 0.92,
        [GoldenCategory.Markers] = 0.87,
        [GoldenCategory.Outcomes] = 0.89,
        [GoldenCategory.AdverseEvents] = 0.89,
    };

    private const int ListedKeysPerLine = 6;

    [Fact]
    public void GoldenRecordsAreWellFormed()
    {
        var files = GoldenFiles.Development();
        Assert.NotEmpty(files);
        var problems = files.SelectMany(GoldenValidator.Validate).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EngineReachesTheF1FloorOfEveryCategoryOnTheGoldenRecords()
    {
        Assert.Equal(GoldenCategory.All.Order(StringComparer.Ordinal), F1Floors.Keys.Order(StringComparer.Ordinal));
        var files = GoldenFiles.Development();
        Assert.NotEmpty(files);

        var comparisons = GoldenEvaluation.Compare(files).ToList();
        var details = new StringBuilder();
        foreach (var document in comparisons.GroupBy(c => c.Id))
        {
            details.AppendLine(document.Key);
            foreach (var comparison in document)
            {
                Describe(details, comparison.Category, comparison.Comparison);
            }
        }

        var scores = GoldenEvaluation.Sum(comparisons);
        output.WriteLine(GoldenTable.Format($"{files.Count} golden documents", scores, F1Floors));
        output.WriteLine(GoldenErrorKinds.Format("development", comparisons));
        output.WriteLine(GoldenSources.Format("development", comparisons));
        output.WriteLine(details.ToString());

        var failures = GoldenTable.BelowFloors(scores, F1Floors);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static void Describe(StringBuilder details, string category, GoldenComparison comparison)
    {
        if (comparison.Misses.Count == 0 && comparison.Extras.Count == 0)
        {
            return;
        }

        details.Append(CultureInfo.InvariantCulture, $"  {category,-14} {comparison.Matched} ok");
        Append(details, " -", comparison.Misses);
        Append(details, " +", comparison.Extras);
        details.AppendLine();
    }

    private static void Append(StringBuilder details, string sign, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        details.Append(sign).Append('[').AppendJoin("] [", keys.Take(ListedKeysPerLine)).Append(']');
        if (keys.Count > ListedKeysPerLine)
        {
            details.Append(CultureInfo.InvariantCulture, $" …{keys.Count - ListedKeysPerLine} more");
        }
    }
}
