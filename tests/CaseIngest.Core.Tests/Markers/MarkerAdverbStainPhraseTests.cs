namespace CaseIngest.Core.Tests.Markers;

/// <summary>A second stain phrase that keeps only its adverb ("strongly for desmin and weakly for myogenin") is positive.</summary>
public sealed class MarkerAdverbStainPhraseTests
{
    [Theory]
    [InlineData("The tumour stained strongly for desmin and weakly for CD34.", "CD34")]
    [InlineData("The cells stained diffusely for vimentin and focally for EMA.", "EMA")]
    [InlineData("The rhabdomyoblasts stained strongly for desmin and focally for myogenin.", "myogenin")]
    [InlineData("Lesional cells were positive for CK7, strongly for GATA3, and weakly for p63.", "p63")]
    public void ASecondStainPhraseWithOnlyItsAdverbIsPositive(string text, string name)
    {
        Assert.Equal("positive", MarkerListTests.Single(text, name).Result);
    }
}
