namespace CaseIngest.Core.Tests.Markers;

/// <summary>Serum tumour markers named in a list that closes with a comma before the verdict that they were normal.</summary>
public sealed class MarkerSerumNormalListTests
{
    [Theory]
    [InlineData("Serum tumour markers, including CA 19-9 and carcinoembryonic antigen, showed no abnormalities.", "CA 19-9")]
    [InlineData("Serum tumour markers, including CA 19-9 and carcinoembryonic antigen, showed no abnormalities.", "CEA")]
    [InlineData("Tumour markers, including alpha-fetoprotein and CA-125, were within normal limits on admission.", "AFP")]
    [InlineData("His prostate-specific antigen was not elevated at diagnosis.", "PSA")]
    public void ASerumMarkerListBeforeANormalVerdictReadsNegative(string text, string name)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }
}
