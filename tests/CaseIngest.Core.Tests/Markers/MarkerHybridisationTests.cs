namespace CaseIngest.Core.Tests.Markers;

/// <summary>In-situ hybridisation and gene rearrangement results: EBER, the immunoglobulin genes, break-apart probes.</summary>
public sealed class MarkerHybridisationTests
{
    [Theory]
    [InlineData("EBER ISH was negative in the lymphoid infiltrate.", "EBER", "negative")]
    [InlineData("The atypical cells were EBV-encoded RNA in situ hybridisation positive.", "EBER", "positive")]
    [InlineData("In situ hybridization for Epstein-Barr virus-encoded small RNA was negative.", "EBER", "negative")]
    [InlineData("PCR showed a clonal IGH rearrangement in the biopsy.", "IGH", "rearranged")]
    [InlineData("The ALK break-apart FISH was negative, and ROS1 was not rearranged.", "ALK", "negative")]
    [InlineData("By fluorescence in situ hybridisation, MYC was rearranged, whereas BCL2 was not.", "MYC", "rearranged")]
    public void ReadsTheResultOfAHybridisationOrRearrangementTest(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void EberInSituHybridisationIsItsOwnTest()
    {
        var fact = MarkerListTests.Single("EBER ISH was negative in the lymphoid infiltrate.", "EBER");
        Assert.Equal("ISH", fact.Method);
    }

    [Theory]
    [InlineData("Clonality studies showed rearranged immunoglobulin heavy chain genes but no rearrangement of the kappa light chain gene.", "IGH", "rearranged")]
    [InlineData("A monoclonal rearrangement of the immunoglobulin kappa light chain gene was found.", "IGK", "rearranged")]
    [InlineData("PCR detected a clonal IGH rearrangement, with no rearrangement of IGK or IGL.", "IGL", "negative")]
    public void NamesTheImmunoglobulinGenesWrittenOut(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
