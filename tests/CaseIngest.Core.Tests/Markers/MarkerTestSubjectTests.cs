namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A germline or mutation test that is the subject of the verdict before its genes ("germline testing was negative for
/// BRCA1/2") reads the genes wild-type or mutated; a stain verdict before a gene stays as it is.
/// </summary>
public sealed class MarkerTestSubjectTests
{
    [Theory]
    [InlineData("Germline testing was negative for BRCA1/2.", "BRCA", "wild-type")]
    [InlineData("Genetic testing was negative for BRCA1 and BRCA2.", "BRCA2", "wild-type")]
    [InlineData("Germline genetic testing came back negative for MLH1.", "MLH1", "wild-type")]
    [InlineData("Mutation testing was positive for KRAS.", "KRAS", "mutated")]
    [InlineData("The tumour was negative for BRCA1 by immunohistochemistry.", "BRCA1", "negative")]
    public void AMutationTestBeforeItsVerdictTellsTheGenesStatus(string text, string name, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
    }
}
