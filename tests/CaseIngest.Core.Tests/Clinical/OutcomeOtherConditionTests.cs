namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Outcome words that do not tell the course of the patient's disease: a remission of a condition the report only
/// treats on the way (a blood pressure, a symptom), an adverse event coming back with its grade, and what a tumour
/// type is prone to in general.
/// </summary>
public sealed class OutcomeOtherConditionTests
{
    [Theory]
    [InlineData("She was treated with carboplatin for ovarian cancer. Bisoprolol was added, with remission of the arterial hypertension.", "carboplatin", "bisoprolol")]
    [InlineData("He received pembrolizumab for melanoma. After two days of ibuprofen there was complete remission of the joint pain.", "pembrolizumab", "ibuprofen")]
    public void ARemissionOfAConditionThatIsNotTheDiseaseIsNoOutcome(string text, params string[] drugs) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == "remission");

    [Theory]
    [InlineData("After four cycles of R-CHOP, PET showed complete remission of the DLBCL.")]
    [InlineData("After induction chemotherapy, a bone marrow biopsy confirmed complete remission of the leukemia.")]
    [InlineData("MRI after three months showed complete remission of the leptomeningeal metastases.")]
    public void ARemissionOfTheTumourIsARemission(string text) =>
        Assert.Equal("remission", Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Fact]
    public void ARemissionOfTheDiagnosedDiseaseIsARemissionEvenWhenItIsNoCancer() =>
        Assert.Contains(ClinicalRun.Run("She was diagnosed with granulomatosis with polyangiitis. Rituximab induced a complete remission of the granulomatosis with polyangiitis.", "rituximab").Outcomes,
            o => o.Kind == "remission");

    [Theory]
    [InlineData("He underwent resection of a sinonasal mucosal melanoma. Mucosal melanoma is prone to local recurrence and distant spread.")]
    [InlineData("A 60-year-old woman had a resected chordoma. Chordomas have a known propensity for recurrence after resection.")]
    [InlineData("The tumour was excised. Such tumours have a tendency to recurrence when the margins are close.")]
    public void WhatATumourIsProneToIsNoRecurrenceOfTheCase(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");

    [Theory]
    [InlineData("He was diagnosed with hyponatremia on nivolumab for melanoma. Considering the recurrence of grade 3 hyponatremia despite supplementation, nivolumab was stopped.", "nivolumab")]
    [InlineData("She received pembrolizumab for lung cancer. After resolution, pembrolizumab was resumed without recurrence of grade 2 pneumonitis.", "pembrolizumab")]
    [InlineData("She was diagnosed with hypokalemia on camrelizumab. Rechallenge with camrelizumab led to a recurrence of CTCAE 5.0 grade 3 hypokalemia.", "camrelizumab")]
    public void ARecurrenceOfAGradedEventIsNoCourseOfTheDisease(string text, string drug) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drug).Outcomes, o => o.Kind is "recurrence" or "no-evidence-of-disease");

    [Fact]
    public void ARecurrenceOfAGradedTumourIsARecurrence() =>
        Assert.Contains(ClinicalRun.Run("Two years after resection, MRI showed a recurrence of a grade 2 astrocytoma.").Outcomes, o => o.Kind == "recurrence");
}
