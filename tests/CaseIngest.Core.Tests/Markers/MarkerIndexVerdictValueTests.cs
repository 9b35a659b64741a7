namespace CaseIngest.Core.Tests.Markers;

/// <summary>A percentage told after the verdict of the proliferation index ("Ki-67 was high at 80%") is its value.</summary>
public sealed class MarkerIndexVerdictValueTests
{
    [Theory]
    [InlineData("On immunohistochemistry, Ki-67 was high at 80%.", "high", 80)]
    [InlineData("The Ki-67 labelling index was low at 2%.", "low", 2)]
    [InlineData("The MIB-1 index was elevated at 45% in the hot spots.", "high", 45)]
    public void APercentageAfterTheVerdictIsTheIndexValue(string text, string result, double value)
    {
        var fact = MarkerListTests.Single(text, "Ki-67");
        Assert.Equal((result, value, "%"), (fact.Result, fact.Value, fact.Unit));
    }

    [Fact]
    public void ANumberOfAnotherMarkerAfterTheVerdictIsNotTheIndexValue()
    {
        var fact = MarkerListTests.Single("Ki-67 was high at the invasive front, and 12 of 20 nodes were involved.", "Ki-67");
        Assert.Null(fact.Value);
    }
}
