namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A verdict and its staining noun told in the passive before the markers ("negative immunostainings were observed for
/// CK7 and TTF-1") give their result to the whole list after them, and a "response" to a stain is read as a reaction to it.
/// </summary>
public sealed class MarkerObservedVerdictTests
{
    [Theory]
    [InlineData("Negative immunostainings were observed for CK7, TTF-1 and napsin A.", "CK7", "negative")]
    [InlineData("Negative immunostainings were observed for CK7, TTF-1 and napsin A.", "napsin A", "negative")]
    [InlineData("In the spindle areas, negative staining was also seen for desmin and myogenin.", "myogenin", "negative")]
    [InlineData("Positive immunostaining was noted for SOX10 and S100 in every block.", "SOX10", "positive")]
    [InlineData("Positive stainings were found for CD117 and DOG1, and negative stainings were found for CD34.", "DOG1", "positive")]
    [InlineData("Positive stainings were found for CD117 and DOG1, and negative stainings were found for CD34.", "CD34", "negative")]
    [InlineData("Negative reactivity was detected for GATA3 and CK20.", "CK20", "negative")]
    public void VerdictBeforeAPassiveStainingNounHoldsForTheListAfterIt(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The lesion gave a positive reaction to vimentin and a negative response to EMA and desmin.", "EMA", "negative")]
    [InlineData("The lesion gave a positive reaction to vimentin and a negative response to EMA and desmin.", "desmin", "negative")]
    [InlineData("A positive response to calretinin was recorded in the effusion cells.", "calretinin", "positive")]
    public void AResponseToAStainIsItsReaction(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Positive immunoreactivity was observed for desmin in the spindle cells.", "desmin", "positive")]
    [InlineData("Staining was observed for CD56 in scattered cells.", "CD56", "positive")]
    [InlineData("The tumour was negative for CK7, and staining was seen for CK20.", "CK20", "positive")]
    [InlineData("The tumour was negative for CK7, and staining was seen for CK20.", "CK7", "negative")]
    public void PassiveStainingNounsAlreadyReadKeepTheirResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
