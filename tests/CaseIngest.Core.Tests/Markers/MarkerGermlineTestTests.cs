namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A germline test named before the genes it tested ("germline testing for BRCA1 and BRCA2 was negative") is a mutation
/// test: a negative verdict is wild-type for each gene, a positive one mutated; a test that names no verdict gives nothing.
/// </summary>
public sealed class MarkerGermlineTestTests
{
    [Theory]
    [InlineData("Germline testing for BRCA1 and BRCA2 was negative.", "BRCA1")]
    [InlineData("Germline testing for BRCA1 and BRCA2 was negative.", "BRCA2")]
    [InlineData("Her germline testing for MLH1, MSH2 and MSH6 was negative, and the tumour was followed.", "MSH2")]
    [InlineData("Germline genetic testing for RET was negative in the patient and her sister.", "RET")]
    [InlineData("Germline mutation testing for TP53 was reported negative.", "TP53")]
    [InlineData("Germline testing of PALB2 and ATM was negative.", "ATM")]
    [InlineData("BRCA2 genetic testing came back negative, and she chose surveillance.", "BRCA2")]
    public void ANegativeGermlineTestOfNamedGenesIsWildType(string text, string name)
    {
        Assert.Equal("wild-type", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Germline testing for BRCA2 was positive, and her daughter was referred for counselling.", "BRCA2", "mutated")]
    [InlineData("The tumour was negative for BRCA1 by immunohistochemistry.", "BRCA1", "negative")]
    public void APositiveGermlineTestOrAStainKeepsItsOwnResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AGermlineTestWithoutAVerdictIsNoMarker()
    {
        var record = Support.Engines.Extract("Germline testing for BRCA1 and BRCA2 was offered to her sisters.");
        Assert.DoesNotContain(record.Markers, m => m.Name is "BRCA1" or "BRCA2");
    }
}
