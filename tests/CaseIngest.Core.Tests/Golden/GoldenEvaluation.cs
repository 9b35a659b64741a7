using System.Text.Json;
using CaseIngest.Core.Json;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Golden;

/// <summary>Runs the default engine over golden documents and compares each record with its golden, category by category.</summary>
public static class GoldenEvaluation
{
    /// <summary>One comparison per golden file and category, in file order.</summary>
    public static IEnumerable<GoldenDocumentComparison> Compare(IEnumerable<string> files)
    {
        foreach (var path in files)
        {
            using var golden = GoldenValidator.Parse(path);
            var source = golden.RootElement.GetProperty("source").GetString()!;
            var result = Engines.Default.Process(source, File.ReadAllBytes(Corpus.File(source)));
            Assert.True(result.Record is not null, $"{source} was rejected: {result.Rejection?.Error.Code}");
            using var actual = JsonDocument.Parse(CaseJson.Serialize(result.Record));

            foreach (var (category, comparison) in Compare(golden.RootElement, actual.RootElement))
            {
                yield return new GoldenDocumentComparison(GoldenFiles.IdOf(path), category, comparison);
            }
        }
    }

    /// <summary>The counts of every category summed over the comparisons (micro-average).</summary>
    public static Dictionary<string, GoldenScore> Sum(IEnumerable<GoldenDocumentComparison> comparisons)
    {
        var scores = GoldenCategory.All.ToDictionary(c => c, _ => new GoldenScore(), StringComparer.Ordinal);
        foreach (var comparison in comparisons)
        {
            scores[comparison.Category].Add(comparison.Comparison);
        }

        return scores;
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
}
