namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A result word before an expression noun holds for the list after the noun ("lacked expression of CD117 and DOG1",
/// "absence of staining for"), and a staining pattern between the cue and the marker ("loss of nuclear ATRX
/// expression") does not break the reading.
/// </summary>
public sealed class MarkerExpressionScopeTests
{
    [Theory]
    [InlineData("The spindle cells lacked expression of CD117 and DOG1.", "CD117", "negative")]
    [InlineData("The spindle cells lacked expression of CD117 and DOG1.", "DOG1", "negative")]
    [InlineData("There was a complete lack of expression of CK7 in the lesion.", "CK7", "negative")]
    [InlineData("The lesion showed absence of expression of p63 and CK5/6.", "CK5/6", "negative")]
    [InlineData("Tumour cells were lacking immunoreactivity for synaptophysin.", "synaptophysin", "negative")]
    [InlineData("The neoplasm showed retained expression of MLH1 and PMS2.", "PMS2", "intact")]
    public void AResultWordBeforeAnExpressionNounHoldsForTheListAfterIt(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The tumour showed patchy expression of S100 and diffuse expression of SOX10.", "S100", "positive")]
    [InlineData("Immunostaining demonstrated strong expression of GATA3.", "GATA3", "positive")]
    public void AnExpressionNounWithoutAResultWordStillReadsExpressed(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Immunohistochemistry revealed loss of nuclear ATRX expression.", "ATRX", "lost")]
    [InlineData("The cells were positive for nuclear beta-catenin.", "beta-catenin", "positive")]
    [InlineData("The tumour cells were negative for membranous E-cadherin.", "E-cadherin", "negative")]
    public void AStainingPatternBetweenTheCueAndTheMarkerKeepsTheResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Molecular testing showed the tumour to be wild-type for KRAS, NRAS and BRAF.", "NRAS", "wild-type")]
    [InlineData("Molecular testing showed the tumour to be wild-type for KRAS, NRAS and BRAF.", "BRAF", "wild-type")]
    [InlineData("The adenocarcinoma was wild type for EGFR.", "EGFR", "wild-type")]
    [InlineData("The neoplastic cells were focally reactive with CD99.", "CD99", "positive")]
    [InlineData("The atypical cells were immunoreactive with CD30 and MUM1.", "MUM1", "positive")]
    [InlineData("The lesion was immunonegative for HMB-45 and Melan-A.", "Melan-A", "negative")]
    [InlineData("The spindle cells were highlighted by SMA and h-caldesmon.", "SMA", "positive")]
    [InlineData("The tumour cells showed immunopositivity for CD56.", "CD56", "positive")]
    public void AResultAdjectiveWithItsPrepositionHoldsForTheListAfterIt(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
