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
            foreach (var comparison in Compare(path, static source => Corpus.File(source)))
            {
                yield return comparison;
            }
        }
    }

    /// <summary>One comparison per category for the golden file at <paramref name="path"/>, its source read from <paramref name="sourcePath"/>.</summary>
    public static List<GoldenDocumentComparison> Compare(string path, Func<string, string> sourcePath)
    {
        using var golden = GoldenValidator.Parse(path);
        var source = golden.RootElement.GetProperty("source").GetString()!;
        var result = Engines.Default.Process(source, File.ReadAllBytes(sourcePath(source)));
        Assert.True(result.Record is not null, $"{source} was rejected: {result.Rejection?.Error.Code}");
        using var actual = JsonDocument.Parse(CaseJson.Serialize(result.Record));
        return [.. Compare(golden.RootElement, actual.RootElement).Select(c => new GoldenDocumentComparison(GoldenFiles.IdOf(path), c.Category, c.Comparison))];
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
