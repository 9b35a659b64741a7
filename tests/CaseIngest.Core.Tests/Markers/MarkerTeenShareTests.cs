namespace CaseIngest.Core.Tests.Markers;

/// <summary>Shares written with a long number word ("eighteen percent", "seventeen per cent") read as the short ones do.</summary>
public sealed class MarkerTeenShareTests
{
    [Theory]
    [InlineData("The Ki-67 index was about eighteen percent.", "Ki-67", 18)]
    [InlineData("PD-L1 was expressed in seventeen per cent of tumour cells.", "PD-L1", 17)]
    [InlineData("The Ki-67 labelling index was fourteen percent in hot spots.", "Ki-67", 14)]
    [InlineData("ER was positive in nineteen percent of the tumour nuclei.", "ER", 19)]
    [InlineData("Ki-67 was positive in thirteen percent of tumour cells.", "Ki-67", 13)]
    [InlineData("The Ki-67 index was about twelve percent.", "Ki-67", 12)]
    public void AShareWrittenInALongWordIsTheValue(string text, string name, double value)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal("%", fact.Unit);
    }

    [Theory]
    [InlineData("ALK was positive in fourteen of the sixteen cores.", "ALK")]
    [InlineData("Seventeen sections were stained and ER was positive.", "ER")]
    public void ACountInLongWordsThatIsNoShareIsNoValue(string text, string name)
    {
        Assert.Null(MarkerListTests.Single(text, name).Value);
    }
}
