namespace CaseIngest.Core.Tests.Markers;

/// <summary>Serum tumour markers reported as values with their units and reference ranges.</summary>
public sealed class MarkerSerumReferenceTests
{
    [Theory]
    [InlineData("Serum CEA was 12.4 ng/mL (normal < 5 ng/mL).", "CEA", 12.4, "high")]
    [InlineData("Laboratory work-up showed CEA 12.4 ng/mL (reference range 0-5).", "CEA", 12.4, "high")]
    [InlineData("AFP was elevated at 1,200 ng/mL.", "AFP", 1200, "high")]
    [InlineData("Her CA-125 level had risen to 356 U/mL (normal, <35 U/mL).", "CA-125", 356, "high")]
    [InlineData("The CA 19-9 was within normal limits at 18 U/mL.", "CA 19-9", 18, "negative")]
    [InlineData("PSA measured 0.8 ng/mL (reference < 4.0 ng/mL).", "PSA", 0.8, "negative")]
    [InlineData("CA 15-3 was 96 U/mL (ref. < 30 U/mL) before the second line.", "CA 15-3", 96, "high")]
    [InlineData("CA-125 was 21 U/mL (reference interval 0-35 U/mL).", "CA-125", 21, "negative")]
    [InlineData("Alpha-fetoprotein was markedly raised (3,450 ng/mL; upper limit 10).", "AFP", 3450, "high")]
    [InlineData("The CYFRA 21-1 level was 17.4 ng/mL in the serum (normal range 0-3.3 ng/mL).", "CYFRA 21-1", 17.4, "high")]
    [InlineData("CEA measured 30.2 ng/mL in serum (reference 0-5 ng/mL).", "CEA", 30.2, "high")]
    [InlineData("Elevated CA 19-9 at 540 U/mL was noted before surgery.", "CA 19-9", 540, "high")]
    public void ASerumMarkerValueIsReadWithItsReferenceRange(string text, string name, double value, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal(result, fact.Result);
    }
}
