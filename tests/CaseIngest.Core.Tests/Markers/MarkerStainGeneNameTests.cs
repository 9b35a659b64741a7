namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A stain named by its oncogene's old name ("c-kit" for CD117) whose result is a gene's (a mutation found or none found)
/// is the gene; with a staining result it stays the stain.
/// </summary>
public sealed class MarkerStainGeneNameTests
{
    [Theory]
    [InlineData("Sequencing of the tumour showed a c-kit exon 11 deletion mutation.", "KIT", "mutated")]
    [InlineData("A mutation of the c-KIT gene (exon 11) was identified in the gastric tumour.", "KIT", "mutated")]
    [InlineData("No mutations were detected in c-kit or PDGFRA.", "KIT", "wild-type")]
    [InlineData("The spindle cells were diffusely positive for c-kit and DOG1.", "CD117", "positive")]
    [InlineData("On immunohistochemistry, p53 showed a wild-type staining pattern.", "p53", "wild-type")]
    public void AStainNamedByItsGeneTakesTheGeneForAGenesResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
