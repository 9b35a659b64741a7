using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A list of stains the specimen "was stained for" names the stains done: the verdict the next sentence gives the whole
/// list decides their result, and a stain said to stain, or with a result of its own, keeps it.
/// </summary>
public sealed class MarkerStainedForVerdictTests
{
    [Theory]
    [InlineData("The tumour was stained for CK7, CK20 and CDX2. All were negative.", "CK20")]
    [InlineData("The tumour was stained for CK7, CK20 and CDX2. All were negative.", "CDX2")]
    [InlineData("Sections were stained for desmin and myogenin. Both were negative.", "myogenin")]
    public void StainedForTakesTheVerdictOfTheNextSentence(string text, string name)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The tumour cells stained for CK7 but not for CK20.", "CK7", "positive")]
    [InlineData("The biopsy was stained for synaptophysin, which was diffusely positive.", "synaptophysin", "positive")]
    [InlineData("The tumour was stained for CK7 and CK20. The margins were negative.", "CK7", "positive")]
    public void AStainWithoutAVerdictOfTheListKeepsItsResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
