namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A scan after treatment that finds no residual activity of the tumour is a complete (metabolic) response; the same
/// words before any treatment, or no words of residual activity, are no outcome.
/// </summary>
public sealed class OutcomeMetabolicResponseTests
{
    [Theory]
    [InlineData("A 52-year-old woman with Hodgkin lymphoma received six cycles of doxorubicin, bleomycin, vinblastine and dacarbazine. PET after treatment showed no residual metabolic activity.", "doxorubicin")]
    [InlineData("A 47-year-old woman with cervical cancer was treated with cisplatin and pelvic radiotherapy. Follow-up FDG PET-CT three months later showed no residual FDG uptake in the cervix.", "cisplatin")]
    [InlineData("A 33-year-old man with Hodgkin lymphoma received brentuximab vedotin. The interim PET after two cycles revealed no residual hypermetabolic activity.", "brentuximab vedotin")]
    [InlineData("A 64-year-old man with diffuse large B-cell lymphoma completed rituximab-based chemotherapy, and the end-of-treatment scan was without any residual tracer uptake.", "rituximab")]
    public void NoResidualActivityAfterTreatmentIsACompleteResponse(string text, string drug) =>
        Assert.Equal("complete-response", Assert.Single(ClinicalRun.Run(text, drug).Outcomes).Kind);

    [Theory]
    [InlineData("A 60-year-old man with a lung nodule underwent a biopsy. A later PET showed no residual metabolic activity at the biopsy site.")]
    [InlineData("A 58-year-old woman with follicular lymphoma had a staging PET that showed no FDG uptake in the spleen. She then received rituximab.", "rituximab")]
    public void NoActivityBeforeTreatmentOrWithoutResidualIsNoOutcome(string text, params string[] drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs).Outcomes);
}
