namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// An adverb or verb of seeming between a marker and its verdict ("CK20 was only focally positive", "CD56 was likewise
/// negative", "calretinin was considered negative", "CEA was again elevated") leaves the verdict the marker's.
/// </summary>
public sealed class MarkerAdverbBeforeVerdictTests
{
    [Theory]
    [InlineData("CK20 was only focally positive.", "CK20", "positive")]
    [InlineData("The cells were diffusely positive for CK7, whereas CK20 was only focally positive.", "CK20", "positive")]
    [InlineData("Desmin was only weakly expressed.", "desmin", "positive")]
    [InlineData("Synaptophysin, chromogranin and CD56 were all likewise negative.", "CD56", "negative")]
    [InlineData("Synaptophysin, chromogranin and CD56 were all likewise negative.", "synaptophysin", "negative")]
    [InlineData("CK7 was positive; CK20 was however negative.", "CK20", "negative")]
    [InlineData("CK5/6 was similarly negative.", "CK5/6", "negative")]
    [InlineData("p63 was essentially negative.", "p63", "negative")]
    [InlineData("Beta-catenin was predominantly membranous and CD10 was mostly negative.", "CD10", "negative")]
    [InlineData("Calretinin was considered negative.", "calretinin", "negative")]
    [InlineData("WT1 appeared negative in the tumour cells.", "WT1", "negative")]
    [InlineData("EGFR was again wild-type on the repeat biopsy.", "EGFR", "wild-type")]
    [InlineData("CEA was again elevated at 25 ng/mL.", "CEA", "high")]
    [InlineData("CA 19-9 was still high at 140 U/mL.", "CA 19-9", "high")]
    [InlineData("HER2 was only 1+ on immunohistochemistry.", "HER2", "low")]
    [InlineData("The cells expressed CK7 in a diffuse pattern, but CK20 expression was lacking.", "CK20", "negative")]
    [InlineData("The cells expressed CK7 in a diffuse pattern, but CK20 expression was lacking.", "CK7", "positive")]
    public void TheVerdictAfterTheAdverbIsTheMarkers(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Fact]
    public void AnAdverbAloneGivesNoVerdict()
    {
        var record = Support.Engines.Extract("CK20 was only requested after the first review.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "CK20" && m.Result is not null);
    }
}
