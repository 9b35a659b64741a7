namespace CaseIngest.Core.Tests.Clinical;

public sealed class OutcomeRestatementTests
{
    [Theory]
    [InlineData("After two cycles the tumour had shrunk markedly, indicating a partial response.", "partial-response")]
    [InlineData("Restaging CT showed that the liver metastases became smaller. The overall response was a partial response.", "partial-response")]
    [InlineData("The lymphoma regressed on PET, and he was judged to be in complete remission.", "remission")]
    public void ShrinkageThatAResponseBesideItNamesIsThatResponse(string text, string kind) =>
        Assert.Equal(kind, Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Fact]
    public void ShrinkageUnderTheTherapyOfAResponseToldElsewhereIsThatResponse()
    {
        var text = "Olaparib gave a partial response. Her appetite improved, and she returned to work. She walked daily. "
            + "Figure 2 shows regression of the liver tumour after olaparib.";
        Assert.Equal("partial-response", Assert.Single(ClinicalRun.Run(text, "Olaparib").Outcomes).Kind);
    }

    [Fact]
    public void ShrinkageWithAFigureOrUnderAnotherTherapyStaysBesideTheResponse()
    {
        var text = "After four cycles of docetaxel the tumour decreased by 40%. Six months later, on pembrolizumab, PET showed a complete response.";
        var kinds = ClinicalRun.Run(text, "docetaxel", "pembrolizumab").Outcomes.Select(o => o.Kind).Order().ToArray();
        Assert.Equal(["complete-response", "tumor-shrinkage"], kinds);
    }
}
