namespace CaseIngest.Core.Tests.Markers;

/// <summary>A share in words after "at" ("low at two percent") is the marker's value; a nadir is a value of its serum marker.</summary>
public sealed class MarkerWordShareAndNadirTests
{
    [Theory]
    [InlineData("Ki-67 was low at two percent.", 2)]
    [InlineData("The Ki-67 index was high at about forty percent.", 40)]
    public void AShareInWordsAfterAtIsTheValue(string text, double value)
    {
        var fact = MarkerListTests.Single(text, "Ki-67");
        Assert.Equal((double?)value, fact.Value);
        Assert.Equal("%", fact.Unit);
    }

    [Theory]
    [InlineData("The PSA nadir was 0.1 ng/mL.", 0.1)]
    [InlineData("A PSA nadir of 0.04 ng/mL was reached after six months of therapy.", 0.04)]
    public void ANadirIsAValueOfItsSerumMarker(string text, double value)
    {
        Assert.Equal((double?)value, MarkerListTests.Single(text, "PSA").Value);
    }
}
