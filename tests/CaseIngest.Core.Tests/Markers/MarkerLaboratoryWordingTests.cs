using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Laboratory wording near a marker that is not its result: genes amplified by PCR before sequencing, lymphocyte subsets
/// counted by flow cytometry; and "labelling with" as a staining result.
/// </summary>
public sealed class MarkerLaboratoryWordingTests
{
    [Theory]
    [InlineData("All coding exons of SCN5A and KCNH2 were amplified by polymerase chain reaction and sequenced directly.")]
    [InlineData("The exons of RYR1 were amplified by PCR with intronic primers and analysed by Sanger sequencing.")]
    [InlineData("Genomic DNA was extracted, and the coding regions of MYH7 and TNNT2 were amplified using specific primers.")]
    public void GenesAmplifiedForSequencingAreNotAmplified(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Result == "amplified");

    [Fact]
    public void AGeneAmplifiedByInSituHybridisationStaysAmplified() =>
        Assert.Equal("amplified", MarkerListTests.Single("HER2 was amplified by FISH, with a ratio of 5.1.", "HER2").Result);

    [Theory]
    [InlineData("Flow cytometry showed an expanded CD8+/HLA-DR+ subset among circulating lymphocytes.", "CD8")]
    [InlineData("The proportion of the CD4+ CD25+ subset was reduced.", "CD4")]
    public void ALymphocyteSubsetIsNotATumourMarker(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("Immunohistochemistry showed diffuse labelling with synaptophysin and CD56.", "synaptophysin")]
    [InlineData("Immunohistochemistry showed diffuse labelling with synaptophysin and CD56.", "CD56")]
    [InlineData("The tumour cells showed strong labeling with chromogranin.", "chromogranin A")]
    public void LabellingWithAStainIsPositive(string text, string name) =>
        Assert.Equal("positive", MarkerListTests.Single(text, name).Result);
}
