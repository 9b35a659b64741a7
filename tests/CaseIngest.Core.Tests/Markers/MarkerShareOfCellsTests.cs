namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A share of stained cells told apart from its marker: after a verb of observation ("was seen in approximately 30% of
/// the nuclei"), as a bound ("in less than 1% of tumour cells"), or before the marker ("70% of the tumour cells showed
/// PD-L1 staining").
/// </summary>
public sealed class MarkerShareOfCellsTests
{
    [Theory]
    [InlineData("Ki-67 immunostaining was seen in approximately 30% of the tumour nuclei.", "Ki-67", 30.0)]
    [InlineData("Ki-67 staining was noted in approximately 40% of the tumour cells.", "Ki-67", 40.0)]
    [InlineData("Ki-67 was expressed in approximately 25% of the tumour cells.", "Ki-67", 25.0)]
    [InlineData("PD-L1 expression (clone 22C3) was observed in 60% of tumour cells.", "PD-L1", 60.0)]
    [InlineData("Approximately 70% of the tumour cells showed strong membranous PD-L1 staining.", "PD-L1", 70.0)]
    [InlineData("Around 15% of tumour nuclei were positive for Ki-67.", "Ki-67", 15.0)]
    [InlineData("About 40% of the neoplastic cells showed nuclear staining for p53.", "p53", 40.0)]
    public void AShareOfCellsApartFromItsMarkerIsItsValue(string text, string name, double value)
    {
        Assert.Equal(value, (double?)MarkerListTests.Single(text, name).Value);
    }

    [Theory]
    [InlineData("PD-L1 expression (clone 22C3) was observed in 60% of tumour cells.", "high")]
    [InlineData("Approximately 70% of the tumour cells showed strong membranous PD-L1 staining.", "high")]
    [InlineData("PD-L1 was expressed in less than 1% of tumour cells.", "negative")]
    [InlineData("PD-L1 was expressed in < 1% of tumour cells.", "negative")]
    [InlineData("In the biopsy, less than 1% of tumour cells expressed PD-L1.", "negative")]
    [InlineData("About 20% of the tumour cells showed membranous PD-L1 staining.", "positive")]
    public void AShareOfTumourCellsReadsByThePdL1CutOffs(string text, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, "PD-L1").Result);
    }

    [Theory]
    [InlineData("About 40% of the neoplastic cells showed nuclear staining for p53.", "p53", "positive")]
    [InlineData("Staining for CD30 was seen in the majority of the neoplastic cells.", "CD30", "positive")]
    public void AStainSeenInAShareOfCellsIsPositive(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AShareOfCellsBeforeAnotherMarkerIsNotItsValue()
    {
        var fact = MarkerListTests.Single("Approximately 70% of the tumour cells were positive for CK7, and TTF-1 was negative.", "TTF-1");
        Assert.Null(fact.Value);
        Assert.Equal("negative", fact.Result);
    }
}
