namespace CaseIngest.Core.Tests.Clinical;

public sealed class OutcomeDenialTests
{
    [Theory]
    [InlineData("She remains on crizotinib with no evidence of progression as of March 2020.", "crizotinib")]
    [InlineData("Follow-up imaging after six cycles of oxaliplatin showed no progression.", "oxaliplatin")]
    [InlineData("The disease has not progressed since the operation.")]
    [InlineData("There has been no tumour progression to date.")]
    [InlineData("She continues on letrozole without progression.", "letrozole")]
    [InlineData("Radiological progression was not observed at the 6-month restaging.")]
    [InlineData("After the second course of temozolomide there was no further progression of the glioma.", "temozolomide")]
    public void ADeniedProgressionOfTheDiseaseSaysThePatientIsFreeOfDisease(string text, params string[] drugs) =>
        Assert.Equal("no-evidence-of-disease", Assert.Single(ClinicalRun.Run(text, drugs).Outcomes).Kind);

    [Fact]
    public void ADeniedProgressionTakesTheTimeItHasLasted()
    {
        var outcome = Assert.Single(ClinicalRun.Run("The lung metastases have not progressed for 14 months.").Outcomes);
        Assert.Equal(("no-evidence-of-disease", 14.0, "month"), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Theory]
    [InlineData("There was no progression of the muscle weakness after plasmapheresis.")]
    [InlineData("The patient made no progress with physiotherapy.")]
    [InlineData("Progression-free survival was not reported.")]
    [InlineData("The aneurysm showed no progression on the follow-up angiogram.")]
    [InlineData("Should there be no progression, the tumour will be resected.")]
    public void ADeniedProgressionOfSomethingElseOrAHypotheticalOneIsNoOutcome(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Outcomes);
}
