namespace CaseIngest.Core.Tests.Clinical;

public sealed class OutcomeScopeTests
{
    [Theory]
    [InlineData("Eight months later she relapsed.", "recurrence")]
    [InlineData("The patient relapsed in the second year.", "recurrence")]
    [InlineData("A recurrence in the left adrenal gland was found in 2021.", "recurrence")]
    [InlineData("He survived for 18 months after the diagnosis.", "overall-survival")]
    [InlineData("She remains alive without evidence of disease.", "no-evidence-of-disease")]
    [InlineData("The disease progressed in spite of gefitinib.", "progressive-disease")]
    [InlineData("The liver metastases continued to progress despite sorafenib.", "progressive-disease")]
    [InlineData("By March the disease was progressing in the lungs.", "progressive-disease")]
    [InlineData("She eventually succumbed to her disease.", "death")]
    [InlineData("The patient passed away at home in March.", "death")]
    [InlineData("Multiorgan failure ensued and resulted in her death.", "death")]
    [InlineData("The sepsis progressed to death within two days.", "death")]
    [InlineData("He was pronounced dead in the emergency department.", "death")]
    public void ReadsOutcomesAsCaseReportsWriteThem(string text, string kind) =>
        Assert.Equal(kind, Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("He survived for 18 months after the diagnosis.", "overall-survival", 18.0, "month")]
    [InlineData("Her overall survival from diagnosis was 26 months.", "overall-survival", 26.0, "month")]
    [InlineData("Progression-free survival on osimertinib reached 15 months.", "progression-free-survival", 15.0, "month")]
    [InlineData("She remains alive and free of disease 30 months later.", "no-evidence-of-disease", 30.0, "month")]
    [InlineData("He achieved more than 14 months of progression-free survival on nivolumab.", "progression-free-survival", 14.0, "month")]
    [InlineData("She stayed in sustained remission for an impressive 30 months.", "remission", 30.0, "month")]
    [InlineData("The partial response lasted for a total of 9 months.", "partial-response", 9.0, "month")]
    public void ReadsTheFigureOfTheOutcome(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == kind);
        Assert.Equal((kind, value, unit), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Fact]
    public void WordsThatDescribeAResponseAreNoSecondOutcome()
    {
        var outcome = Assert.Single(ClinicalRun.Run("Restaging after six cycles showed a CR without any signs of tumour.").Outcomes);
        Assert.Equal("complete-response", outcome.Kind);
    }

    [Theory]
    [InlineData("A lasting complete remission was never reached.")]
    [InlineData("A clear moment of remission was not observed during the follow-up.")]
    [InlineData("The oncologist and the patient aimed to reach a durable remission or stable disease.")]
    [InlineData("The goal of treatment was a complete response.")]
    [InlineData("Should the disease progress, docetaxel will be offered.")]
    [InlineData("The response fell short of a complete response.")]
    [InlineData("Cabozantinib remains an option in the event of progression.")]
    public void NegatedAndHypotheticalOutcomesDoNotCount(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Outcomes);

    [Theory]
    [InlineData("Case presentation\nA 58-year-old man received nivolumab.\n\nDiscussion\nIn this patient a mixed response short of a CR was seen.")]
    [InlineData("Case presentation\nA 58-year-old man received nivolumab.\n\nDiscussion\nFor melanoma, treatment is often stopped once a CR is reached.")]
    [InlineData("Case presentation\nA 58-year-old man received nivolumab.\n\nDiscussion\nIn the CheckMate 067 cohort, overall survival was 72 months.")]
    public void DiscussionOfOtherPatientsOrOfUnreachedOutcomesDoesNotCount(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").Outcomes);
}
