namespace CaseIngest.Core.Tests.Markers;

/// <summary>Genes listed after a negative panel verdict ("no variants in other genes, including …").</summary>
public sealed class MarkerPanelVerdictListTests
{
    [Theory]
    [InlineData("A pathogenic SCN5A variant was found; no pathogenic variants were detected in other genes, including KCNH2 and KCNQ1.", "KCNQ1")]
    [InlineData("Next-generation sequencing revealed an ALK fusion and no pathogenic variants in the other genes tested, including EGFR and KRAS.", "KRAS")]
    [InlineData("Tumour sequencing showed the tumour to be wild-type for the other genes on the panel, including NRAS and PIK3CA.", "NRAS")]
    public void GenesNamedUnderANegativePanelVerdictAreWildType(string text, string name)
    {
        Assert.Equal("wild-type", MarkerListTests.Single(text, name).Result);
    }
}
