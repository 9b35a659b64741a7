namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// An equivocal, borderline or indeterminate verdict is neither positive nor negative: the marker is left unread, even
/// when a stain noun before it ("staining for CK20 was equivocal") or a result told of the next marker would suggest one.
/// </summary>
public sealed class MarkerEquivocalVerdictTests
{
    [Theory]
    [InlineData("Staining for CK20 was equivocal.", "CK20")]
    [InlineData("Immunostaining for TTF-1 was equivocal in the tumour cells.", "TTF-1")]
    [InlineData("HER2 staining was borderline.", "HER2")]
    [InlineData("ALK immunostaining was indeterminate.", "ALK")]
    [InlineData("ER expression was indeterminate, and PR was negative.", "ER")]
    [InlineData("CDX2 was equivocal and CK20 was positive.", "CDX2")]
    [InlineData("Immunohistochemistry showed HER2 2+ (equivocal).", "HER2")]
    [InlineData("The tumour was equivocal for ALK by immunohistochemistry.", "ALK")]
    [InlineData("Synaptophysin was positive, whereas chromogranin staining was inconclusive.", "chromogranin")]
    public void AnEquivocalVerdictIsLeftUnread(string text, string name)
    {
        var record = Support.Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Name == name);
    }

    [Theory]
    [InlineData("ER expression was indeterminate, and PR was negative.", "PR", "negative")]
    [InlineData("CDX2 was equivocal and CK20 was positive.", "CK20", "positive")]
    [InlineData("Synaptophysin was positive, whereas chromogranin staining was inconclusive.", "synaptophysin", "positive")]
    [InlineData("Staining for CK7 was diffusely positive.", "CK7", "positive")]
    [InlineData("HER2 was equivocal (2+) and FISH showed amplification.", "HER2", "positive")]
    public void TheMarkersAroundAnEquivocalOneKeepTheirVerdicts(string text, string name, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
    }
}
