namespace CaseIngest.Core.Tests.Markers;

/// <summary>A serum marker "within the reference range" is normal, as one "within normal limits" is; a reference range given with a value is no verdict.</summary>
public sealed class MarkerReferenceRangeVerdictTests
{
    [Theory]
    [InlineData("The CEA level was within the reference range.", "CEA")]
    [InlineData("Serum AFP and CA 19-9 were within reference ranges at follow-up.", "AFP")]
    [InlineData("Serum AFP and CA 19-9 were within reference ranges at follow-up.", "CA 19-9")]
    public void ALevelWithinTheReferenceRangeReadsNegative(string text, string name)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AReferenceRangeAfterAValueKeepsTheValue()
    {
        var fact = MarkerListTests.Single("CEA was 12.4 ng/mL (reference range 0-5 ng/mL).", "CEA");
        Assert.Equal(12.4, fact.Value);
    }
}
