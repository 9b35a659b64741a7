namespace CaseIngest.Core.Tests.Markers;

/// <summary>A sequencing test named by its kind (whole-exome, targeted) is next-generation sequencing.</summary>
public sealed class MarkerGeneSentenceTests
{
    [Theory]
    [InlineData("Whole-exome sequencing of the resection showed a tumour mutational burden of 14 mutations/Mb.")]
    [InlineData("Targeted sequencing of the resection gave a TMB of 3 mut/Mb.")]
    [InlineData("By whole genome sequencing the TMB was 9 mut/Mb.")]
    public void AKindOfSequencingIsNextGenerationSequencing(string text)
    {
        Assert.Equal("NGS", MarkerListTests.Single(text, "TMB").Method);
    }
}
