namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A share of cells told after "by" ("PD-L1 was expressed by 30% of the tumour cells") is the marker's value, as one
/// after "in" is; a number after "by" that is no share of cells stays out.
/// </summary>
public sealed class MarkerShareByTests
{
    [Theory]
    [InlineData("PD-L1 was expressed by 30% of the tumor cells.", "PD-L1", 30.0)]
    [InlineData("Ki-67 was expressed by about 15% of the tumour nuclei.", "Ki-67", 15.0)]
    [InlineData("p53 was expressed strongly by 80% of the neoplastic cells.", "p53", 80.0)]
    [InlineData("Ki-67 was expressed by approximately 45% of tumor cells.", "Ki-67", 45.0)]
    public void AShareOfCellsAfterByIsTheValue(string text, string name, double value)
    {
        Assert.Equal(value, (double?)MarkerListTests.Single(text, name).Value);
    }

    [Fact]
    public void AShareAfterByReadsByThePdL1CutOffs()
    {
        Assert.Equal("positive", MarkerListTests.Single("PD-L1 was expressed by 30% of the tumor cells.", "PD-L1").Result);
    }

    [Fact]
    public void ANumberAfterByThatIsNoShareStaysOut()
    {
        var fact = MarkerListTests.Single("CEA was elevated and rose by 20 ng/mL within a month.", "CEA");
        Assert.Null(fact.Value);
    }
}
