using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseIngest.Core.Json;
using CaseIngest.Core.Tests.Support;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Golden;

/// <summary>
/// Scores the engine against the hand-written golden records (Golden/&lt;id&gt;.expected.json): per category, the
/// micro-averaged precision, recall and F1 of normalised fact keys over all golden documents.
/// </summary>
public sealed class GoldenRecordTests(ITestOutputHelper output)
{
    /// <summary>The minimum F1 per category that the engine must reach over all golden documents.</summary>
    private static readonly Dictionary<string, double> F1Floors = new(StringComparer.Ordinal)
    {
        [GoldenCategory.Article] = 0.96,
        [GoldenCategory.Patients] = 0.98,
        [GoldenCategory.Diagnoses] = 0.74,
        [GoldenCategory.Drugs] = 0.95,
        [GoldenCategory.Doses] = 0.95,
        [GoldenCategory.Regimen] = 0.87,
        [GoldenCategory.Radiotherapy] = 0.92,
        [GoldenCategory.Markers] = 0.79,
        [GoldenCategory.Outcomes] = 0.85,
        [GoldenCategory.AdverseEvents] = 0.81,
    };

    private const int ListedKeysPerLine = 6;

    [Fact]
    public void GoldenRecordsAreWellFormed()
    {
        var files = GoldenFiles.All();
        Assert.NotEmpty(files);
        var problems = files.SelectMany(GoldenValidator.Validate).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EngineReachesTheF1FloorOfEveryCategoryOnTheGoldenRecords()
    {
        Assert.Equal(GoldenCategory.All.Order(StringComparer.Ordinal), F1Floors.Keys.Order(StringComparer.Ordinal));
        var files = GoldenFiles.All();
        Assert.NotEmpty(files);

        var scores = GoldenCategory.All.ToDictionary(c => c, _ => new GoldenScore(), StringComparer.Ordinal);
        var details = new StringBuilder();
        foreach (var path in files)
        {
            using var golden = GoldenValidator.Parse(path);
            var source = golden.RootElement.GetProperty("source").GetString()!;
            var result = Engines.Default.Process(source, File.ReadAllBytes(Corpus.File(source)));
            Assert.True(result.Record is not null, $"{source} was rejected: {result.Rejection?.Error.Code}");
            using var actual = JsonDocument.Parse(CaseJson.Serialize(result.Record));

            details.AppendLine(GoldenFiles.IdOf(path));
            foreach (var (category, comparison) in Compare(golden.RootElement, actual.RootElement))
            {
                scores[category].Add(comparison);
                Describe(details, category, comparison);
            }
        }

        output.WriteLine(Table(scores, files.Count));
        output.WriteLine(details.ToString());

        var failures = GoldenCategory.All
            .Where(c => scores[c].F1 < F1Floors[c])
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c}: F1 {scores[c].F1:0.000} < floor {F1Floors[c]:0.000}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<(string Category, GoldenComparison Comparison)> Compare(JsonElement golden, JsonElement actual)
    {
        var (expectedArticle, actualArticle) = GoldenKeys.Article(golden, actual);
        yield return (GoldenCategory.Article, GoldenComparison.Exact(expectedArticle, actualArticle));

        var expected = GoldenKeys.Facts(golden);
        var found = GoldenKeys.Facts(actual, golden);
        foreach (var category in GoldenCategory.All.Where(c => c != GoldenCategory.Article))
        {
            yield return (category, category == GoldenCategory.Diagnoses
                ? GoldenComparison.Containing(expected[category], found[category])
                : GoldenComparison.Exact(expected[category], found[category]));
        }
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

    private static string Table(Dictionary<string, GoldenScore> scores, int documents)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{documents} golden documents");
        table.AppendLine("category        tp   fp   fn   prec  recall  f1     floor");
        foreach (var category in GoldenCategory.All)
        {
            var s = scores[category];
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{category,-14} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4}  {s.Precision,5:0.000} {s.Recall,6:0.000}  {s.F1,5:0.000}  {F1Floors[category],5:0.00}");
        }

        return table.ToString();
    }
}
