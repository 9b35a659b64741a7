using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>Lists of markers whose results or values a parallel list states, with "respectively".</summary>
public sealed class MarkerRespectivelyTests
{
    [Theory]
    [InlineData("Serum CEA and CA 19-9 were 6.2 and 145 U/mL, respectively.", "CEA", 6.2)]
    [InlineData("Serum CEA and CA 19-9 were 6.2 and 145 U/mL, respectively.", "CA 19-9", 145)]
    [InlineData("The levels of AFP, CEA and CA-125 measured 4.1 ng/mL, 2.8 ng/mL and 512 U/mL, respectively.", "AFP", 4.1)]
    [InlineData("The levels of AFP, CEA and CA-125 measured 4.1 ng/mL, 2.8 ng/mL and 512 U/mL, respectively.", "CEA", 2.8)]
    [InlineData("The levels of AFP, CEA and CA-125 measured 4.1 ng/mL, 2.8 ng/mL and 512 U/mL, respectively.", "CA-125", 512)]
    public void EachMarkerOfAListTakesTheValueInTheSamePlaceOfTheRespectiveList(string text, string name, double value)
    {
        Assert.Equal(value, MarkerListTests.Single(text, name).Value);
    }

    [Fact]
    public void AValueWithoutAUnitTakesTheUnitOfTheNextValue()
    {
        Assert.Equal("U/mL", MarkerListTests.Single("Serum CEA and CA 19-9 were 6.2 and 145 U/mL, respectively.", "CEA").Unit, ignoreCase: true);
    }

    [Theory]
    [InlineData("Vimentin and desmin were positive and negative, respectively.", "vimentin", "positive")]
    [InlineData("Vimentin and desmin were positive and negative, respectively.", "desmin", "negative")]
    [InlineData("The atypical cells stained negative and positive for CK20 and CK7, respectively.", "CK20", "negative")]
    [InlineData("The atypical cells stained negative and positive for CK20 and CK7, respectively.", "CK7", "positive")]
    public void EachMarkerOfAListTakesTheResultInTheSamePlaceOfTheRespectiveList(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void ARespectiveListOfAnotherLengthLeavesTheSharedResult()
    {
        const string text = "CD3 and CD5 were negative in 2 of 3 samples, respectively.";
        Assert.Equal("negative", MarkerListTests.Single(text, "CD3").Result);
        Assert.Equal("negative", MarkerListTests.Single(text, "CD5").Result);
    }
}
