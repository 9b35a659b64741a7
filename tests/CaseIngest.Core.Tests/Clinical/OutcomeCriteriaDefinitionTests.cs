namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A sentence that defines the categories of a response criterion (RECIST, mRECIST, Choi, Lugano) names responses no
/// patient had; the outcomes a sentence reports by such a criterion still count.
/// </summary>
public sealed class OutcomeCriteriaDefinitionTests
{
    [Theory]
    [InlineData("Tumour response was graded by RECIST 1.1: complete response, disappearance of all target lesions; partial response, a decrease of at least 30% in the sum of diameters; progressive disease, an increase of at least 20%; and stable disease, neither.")]
    [InlineData("According to the mRECIST criteria, a complete response was defined as the disappearance of any arterial enhancement and progressive disease as an increase of at least 20% in the viable tumour.")]
    [InlineData("Response to ablation was judged with the Choi criteria: complete response (CR), no residual lesion and no new lesions; partial response (PR), a decrease in size of 10% or in density of 15%; stable disease (SD), neither PR nor progressive disease (PD).")]
    public void ResponsesACriterionDefinesAreNoOutcomes(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Outcomes);

    [Theory]
    [InlineData("Restaging CT after four cycles showed a partial response according to RECIST 1.1 criteria.", "partial-response")]
    [InlineData("By the Lugano criteria, the PET scan after six cycles showed a complete metabolic response.", "complete-response")]
    public void AResponseReportedByACriterionCounts(string text, string kind) =>
        Assert.Equal(kind, Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Fact]
    public void AnAbbreviationTheTextDefinesAsAResponseIsThatResponseLater()
    {
        const string text = "Response was judged with the Choi criteria: partial response (PR), a decrease in size of 10%; progressive disease (PD), an increase of more than 10%. Five months after the ablation, CT showed the tumour PR with a thin enhancing rim.";
        Assert.Equal("partial-response", Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);
    }
}
