namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A list whose items each repeat the preposition of the result cue ("positive for A and for B", "negative for C, for D
/// and for E") shares the cue as a list without the repetition does.
/// </summary>
public sealed class MarkerRepeatedPrepositionTests
{
    [Theory]
    [InlineData("Tumour cells were positive for TTF-1 and for napsin A.", "napsin A", "positive")]
    [InlineData("Tumour cells were positive for TTF-1 and for napsin A, and negative for p40 and for CK5/6.", "CK5/6", "negative")]
    [InlineData("Tumour cells were positive for TTF-1 and for napsin A, and negative for p40 and for CK5/6.", "napsin A", "positive")]
    [InlineData("The lesion stained negative for desmin, for SOX10 and for CD34.", "SOX10", "negative")]
    [InlineData("The lesion stained negative for desmin, for SOX10 and for CD34.", "CD34", "negative")]
    [InlineData("The specimen was negative for CK20 or for CDX2 on repeated staining.", "CDX2", "negative")]
    public void EachItemAfterARepeatedPrepositionSharesTheCue(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void APrepositionOfAnotherClauseIsNoListItem()
    {
        // "for" after a full clause opens no item of the list before it
        var record = Support.Engines.Extract("The cells were positive for CK7 and the patient was referred for PET-CT.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "PET-CT");
        Assert.Equal("positive", MarkerListTests.Single("The cells were positive for CK7 and the patient was referred for PET-CT.", "CK7").Result);
    }
}
