using System.Text.Json;

namespace CaseIngest.Core.Tests.Golden;

public sealed class GoldenKeysTests
{
    [Theory]
    [InlineData("""{ "every": 2, "unit": "week" }""", """{ "every": 14, "unit": "day" }""")]
    [InlineData("""{ "every": 12, "unit": "hour" }""", """{ "every": 0.5, "unit": "day" }""")]
    [InlineData("""{ "every": 8, "unit": "hour" }""", """{ "every": 0.33, "unit": "day" }""")]
    [InlineData("""{ "every": 1, "unit": "month" }""", """{ "every": 1, "unit": "Month" }""")]
    public void EquivalentFrequenciesGiveOneRegimenKey(string first, string second) =>
        Assert.Equal(Regimen(Drug("frequency", first)), Regimen(Drug("frequency", second)));

    [Theory]
    [InlineData("""{ "value": 1, "unit": "g/m2" }""", """{ "value": 1000, "unit": "mg/m2" }""")]
    [InlineData("""{ "value": 2, "unit": "g" }""", """{ "value": 2000, "unit": "mg" }""")]
    [InlineData("""{ "value": 20, "unit": "\u03bcg" }""", """{ "value": 20, "unit": "\u00b5g" }""")]
    [InlineData("""{ "value": 5, "unit": "AUC" }""", """{ "value": 5, "unit": " auc " }""")]
    public void EquivalentDosesGiveOneDoseKey(string first, string second) =>
        Assert.Equal(Facts(Drug("dose", first))[GoldenCategory.Doses], Facts(Drug("dose", second))[GoldenCategory.Doses]);

    [Fact]
    public void DifferentDosesGiveDifferentKeys() =>
        Assert.NotEqual(
            Facts(Drug("dose", """{ "value": 200, "unit": "mg" }"""))[GoldenCategory.Doses],
            Facts(Drug("dose", """{ "value": 240, "unit": "mg" }"""))[GoldenCategory.Doses]);

    [Fact]
    public void RepeatedMentionsCollapseIntoOneDrugKey()
    {
        var keys = Facts("""{ "drugs": [ { "patient": "P1", "name": "Nivolumab", "status": "given" }, { "patient": "P1", "name": "nivolumab ", "status": "given" } ] }""");
        Assert.Equal(["p1|nivolumab|given"], keys[GoldenCategory.Drugs]);
    }

    [Theory]
    [InlineData("p1|hepatocellular carcinoma", "p1|carcinoma", 1)]
    [InlineData("p1|carcinoma", "p1|hepatocellular carcinoma", 1)]
    [InlineData("p1|hepatocellular carcinoma", "p2|hepatocellular carcinoma", 0)]
    [InlineData("p1|melanoma", "p1|colitis", 0)]
    public void DiagnosesMatchWhenOneNameContainsTheOtherForTheSamePatient(string expected, string actual, int matched)
    {
        var comparison = GoldenComparison.Containing(new HashSet<string> { expected }, new HashSet<string> { actual });
        Assert.Equal(matched, comparison.Matched);
        Assert.Equal(1 - matched, comparison.Misses.Count);
        Assert.Equal(1 - matched, comparison.Extras.Count);
    }

    [Fact]
    public void ArticleIsComparedOnTheFieldsTheGoldenStates()
    {
        using var golden = JsonDocument.Parse("""{ "article": { "title": "A Case", "doi": null, "authors": ["A B"] } }""");
        using var actual = JsonDocument.Parse("""{ "article": { "title": " a case", "doi": "10.1/x", "journal": "J", "authors": ["A B", "C D"] } }""");
        var (expected, found) = GoldenKeys.Article(golden.RootElement, actual.RootElement);
        var comparison = GoldenComparison.Exact(expected, found);
        Assert.Equal(1, comparison.Matched);
        Assert.Equal(["authors|a b"], comparison.Misses);
        Assert.Equal(["authors|a b;c d"], comparison.Extras);
    }

    [Fact]
    public void AnAdverseEventIsKeyedByItsCtcaeTermAndTherapiesWhereTheGoldenStatesThem()
    {
        using var golden = JsonDocument.Parse("""
            { "adverseEvents": [ { "patient": "P1", "term": "colitis", "ctcaeTerm": "Colitis", "therapy": ["ipilimumab", "nivolumab"] },
                                 { "patient": "P1", "term": "rash" } ] }
            """);
        using var actual = JsonDocument.Parse("""
            { "adverseEvents": [ { "patient": "P1", "term": "colitis", "ctcaeTerm": "Colitis", "therapy": ["nivolumab", "prednisone"] },
                                 { "patient": "P1", "term": "rash", "ctcaeTerm": "Rash maculo-papular", "therapy": ["nivolumab"] } ] }
            """);
        var comparison = GoldenComparison.Exact(
            GoldenKeys.Facts(golden.RootElement)[GoldenCategory.AdverseEvents],
            GoldenKeys.Facts(actual.RootElement, golden.RootElement)[GoldenCategory.AdverseEvents]);
        Assert.Equal(4, comparison.Matched);
        Assert.Equal(["colitis|therapy|ipilimumab"], comparison.Misses);
        Assert.Equal(["colitis|therapy|prednisone"], comparison.Extras);
    }

    [Fact]
    public void EveryGoldenRecordMatchesItselfCompletely()
    {
        var files = GoldenFiles.All();
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            using var golden = GoldenValidator.Parse(path);
            var keys = GoldenKeys.Facts(golden.RootElement);
            foreach (var category in GoldenCategory.All.Where(c => c != GoldenCategory.Article))
            {
                var comparison = category == GoldenCategory.Diagnoses
                    ? GoldenComparison.Containing(keys[category], keys[category])
                    : GoldenComparison.Exact(keys[category], keys[category]);
                Assert.True(comparison.Misses.Count == 0 && comparison.Extras.Count == 0, $"{GoldenFiles.IdOf(path)} {category}");
            }
        }
    }

    private static string Drug(string property, string value) =>
        $$"""{ "drugs": [ { "patient": "P1", "name": "cisplatin", "status": "given", "{{property}}": {{value}} } ] }""";

    private static HashSet<string> Regimen(string json) => Facts(json)[GoldenCategory.Regimen];

    private static Dictionary<string, HashSet<string>> Facts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return GoldenKeys.Facts(document.RootElement);
    }
}
