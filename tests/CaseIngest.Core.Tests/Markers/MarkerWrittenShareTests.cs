namespace CaseIngest.Core.Tests.Markers;

/// <summary>Shares and scores written in words ("twenty percent", "less than one percent") and ranges written with "to".</summary>
public sealed class MarkerWrittenShareTests
{
    [Theory]
    [InlineData("The Ki-67 index was about twenty percent.", "Ki-67", 20)]
    [InlineData("Ki-67 of about twenty percent was noted.", "Ki-67", 20)]
    [InlineData("PD-L1 was expressed in fifty percent of tumour cells.", "PD-L1", 50)]
    [InlineData("Ki-67 was positive in ten percent of tumour cells.", "Ki-67", 10)]
    [InlineData("The PD-L1 tumour proportion score was ninety per cent.", "PD-L1", 90)]
    [InlineData("The Ki-67 labelling index was thirty-five percent in hot spots.", "Ki-67", 35)]
    public void AShareWrittenInWordsIsTheValue(string text, string name, double value)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal("%", fact.Unit);
    }

    [Theory]
    [InlineData("PD-L1 expression was less than one percent.", "PD-L1", "negative")]
    [InlineData("PD-L1 was expressed in fewer than one per cent of tumour cells.", "PD-L1", "negative")]
    [InlineData("PD-L1 was expressed in fifty percent of tumour cells.", "PD-L1", "high")]
    [InlineData("The Ki-67 index was 5 to 10%.", "Ki-67", "positive")]
    [InlineData("The Ki-67 index was one to two percent.", "Ki-67", "low")]
    [InlineData("The Ki-67 index was between 10 and 20%.", "Ki-67", "positive")]
    [InlineData("The Ki-67 index was between 1% and 3%.", "Ki-67", "low")]
    [InlineData("Ki-67 was positive in approximately 30-40 percent of nuclei.", "Ki-67", "high")]
    public void AWrittenShareOrRangeGivesTheResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AScoreWrittenInWordsAfterItsMethodIsTheValue()
    {
        var fact = MarkerListTests.Single("The PD-L1 CPS was fifteen.", "PD-L1");
        Assert.Equal(15, fact.Value);
        Assert.Equal("CPS", fact.Method);
        Assert.Equal("high", fact.Result);
    }

    [Fact]
    public void ACountInWordsThatIsNoShareIsNoValue()
    {
        var fact = MarkerListTests.Single("ALK was positive in two of the three biopsies.", "ALK");
        Assert.Null(fact.Value);
    }

    [Theory]
    [InlineData("Approximately sixty percent of the tumour cells expressed PD-L1.", "PD-L1", 60, "high")]
    [InlineData("About five per cent of the tumour cells were positive for Ki-67.", "Ki-67", 5, "low")]
    public void AShareInWordsBeforeTheMarkerIsTheValue(string text, string name, double value, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("The PD-L1 CPS was 20-30.", "high")]
    [InlineData("PD-L1 CPS 1-5 on the biopsy.", "positive")]
    public void ABareRangeAfterANamedScoreGivesTheResult(string text, string result)
    {
        var fact = MarkerListTests.Single(text, "PD-L1");
        Assert.Equal(result, fact.Result);
        Assert.Null(fact.Value);
    }
}
