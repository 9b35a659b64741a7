namespace CaseIngest.Core.Tests.Golden;

public sealed class GoldenErrorKindsTests
{
    [Theory]
    [InlineData(GoldenCategory.Drugs, "p1|cisplatin|given", "p1|cisplatin|not-given", "status differs")]
    [InlineData(GoldenCategory.Drugs, "p1|cisplatin|given", "p1|etoposide|given", "absent")]
    [InlineData(GoldenCategory.Diagnoses, "p1|clear cell renal cell carcinoma", "p1|renal cell carcinoma, papillary", "named otherwise")]
    [InlineData(GoldenCategory.Diagnoses, "p1|pneumonia", "p1|melanoma", "absent")]
    [InlineData(GoldenCategory.Regimen, "cisplatin|cycles|4", "cisplatin|cycles|6", "cycles: another value")]
    [InlineData(GoldenCategory.Regimen, "cisplatin|every|21|day", "cisplatin|cycles|6", "every: not read")]
    [InlineData(GoldenCategory.Markers, "p1|her2|positive", "p1|her2|low", "result: another result")]
    [InlineData(GoldenCategory.Markers, "p1|her2|positive", "p1|egfr|wild-type", "result: marker absent")]
    [InlineData(GoldenCategory.Markers, "egfr|variant|l858r", "egfr|variant|t790m", "variant: another value")]
    [InlineData(GoldenCategory.Outcomes, "overall-survival|14|month", "overall-survival|12|month", "time or value: another value")]
    [InlineData(GoldenCategory.AdverseEvents, "p1|immune-related colitis", "p1|colitis", "event: named otherwise")]
    [InlineData(GoldenCategory.AdverseEvents, "colitis|therapy|nivolumab", "colitis|therapy|ipilimumab", "therapy: another value")]
    [InlineData(GoldenCategory.AdverseEvents, "colitis|grade|3", "rash|grade|3", "grade: not read")]
    public void SortsAKeyByWhatTheOtherSideHolds(string category, string key, string other, string kind) =>
        Assert.Equal(kind, GoldenErrorKinds.Kind(category, key, [key], [other], []));

    [Fact]
    public void AFieldOfAnItemMissingAsAWholeIsCountedAsTheItemsAbsence()
    {
        Assert.Equal("grade: event absent", GoldenErrorKinds.Kind(GoldenCategory.AdverseEvents, "colitis|grade|3", ["p1|colitis", "colitis|grade|3"], [], []));
        Assert.Equal("dose: drug absent or of another status", GoldenErrorKinds.Kind(GoldenCategory.Doses, "cisplatin|75|mg/m2", ["cisplatin|75|mg/m2"], [], ["p1|cisplatin|given"]));
        Assert.Equal("time or value: kind absent", GoldenErrorKinds.Kind(GoldenCategory.Outcomes, "overall-survival|14|month", ["p1|overall-survival", "overall-survival|14|month"], [], []));
    }

    [Theory]
    [InlineData("cisplatin|cycles|4", "etoposide|cycles|4", "cycles: not read, read for another drug")]
    [InlineData("cisplatin|cycles|1", "cisplatin|route|intravenous", "cycles: not read, a count of one")]
    [InlineData("cisplatin|cycles|4", "cisplatin|every|21|day", "cycles: not read, its schedule read")]
    [InlineData("cisplatin|cycles|4", "etoposide|cycles|6", "cycles: not read")]
    public void SortsAnUnreadCountByWhatTheRecordHoldsBesideIt(string key, string found, string kind) =>
        Assert.Equal(kind, GoldenErrorKinds.Kind(GoldenCategory.Regimen, key, [key], [], [], [found]));

    [Theory]
    [InlineData("p1|her2|negative", "p1|er|positive", "result: marker absent, negative")]
    [InlineData("p1|her2|positive", "p1|er|positive", "result: marker absent, positive")]
    [InlineData("p1|egfr|mutated", "p1|er|positive", "result: marker absent, another result")]
    [InlineData("p1|her2|negative", "er|value|90", "result: marker absent, negative, none read in the document")]
    public void SortsAnAbsentMarkerByItsResultAndWhetherTheDocumentGaveAny(string key, string found, string kind) =>
        Assert.Equal(kind, GoldenErrorKinds.Kind(GoldenCategory.Markers, key, [key], [], [], [found]));

    [Fact]
    public void CountsMissesAndExtrasOfEachKindWithoutNamingItems()
    {
        var comparisons = new[]
        {
            new GoldenDocumentComparison("a", GoldenCategory.Drugs, new GoldenComparison(3, ["p1|cisplatin|given"], ["p1|cisplatin|planned", "p1|paclitaxel|given"])),
            new GoldenDocumentComparison("b", GoldenCategory.Drugs, new GoldenComparison(1, ["p1|docetaxel|given"], [])),
        };

        var counts = GoldenErrorKinds.Count(comparisons);

        Assert.Contains((GoldenCategory.Drugs, "status differs", 1, 1, 1), counts);
        Assert.Contains((GoldenCategory.Drugs, "absent", 1, 1, 2), counts);
        Assert.DoesNotContain(counts, c => c.Kind.Contains("cisplatin", StringComparison.Ordinal));
    }
}
