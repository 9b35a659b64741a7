namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The ways a case report closes: follow-up, response, death and survival, each with its time when it has one.
/// </summary>
public sealed class OutcomeClosingSentenceTests
{
    [Theory]
    [InlineData("At the most recent follow-up, 20 months after the operation, he is alive with no recurrence.", "no-evidence-of-disease", 20.0, "month")]
    [InlineData("She remains in complete remission three years after autologous transplantation.", "remission", 3.0, "year")]
    [InlineData("Restaging FDG PET/CT after six cycles demonstrated a complete metabolic response.", "complete-response", null, null)]
    [InlineData("The patient died of septic shock 10 days after admission.", "death", 10.0, "day")]
    [InlineData("He passed away seven months after the diagnosis.", "death", 7.0, "month")]
    [InlineData("The lesion has remained stable for 15 months.", "stable-disease", 15.0, "month")]
    [InlineData("No signs of recurrence were detected during 4 years of follow-up.", "no-evidence-of-disease", 4.0, "year")]
    [InlineData("She underwent a left hemicolectomy. Eight months later, an abdominal CT revealed multiple hepatic metastases.", "recurrence", null, null)]
    [InlineData("Serum CA 19-9 decreased and the pulmonary nodules shrank by 45%.", "tumor-shrinkage", 45.0, "%")]
    [InlineData("The disease progressed and he was referred to palliative hospice care.", "progressive-disease", null, null)]
    [InlineData("The patient is disease-free 6 years later.", "no-evidence-of-disease", 6.0, "year")]
    [InlineData("At 9-month follow-up, she had no evidence of recurrence.", "no-evidence-of-disease", 9.0, "month")]
    [InlineData("He has been free of relapse for over a year.", "no-evidence-of-disease", 1.0, "year")]
    [InlineData("The patient died within 5 days of the second dose.", "death", 5.0, "day")]
    [InlineData("At 30 months, the patient remained in remission.", "remission", 30.0, "month")]
    [InlineData("The patient succumbed to progressive disease two months later.", "death", 2.0, "month")]
    [InlineData("Follow-up MRI at 12 months showed no residual or recurrent tumour.", "no-evidence-of-disease", 12.0, "month")]
    [InlineData("After 2 years of follow-up, there was no sign of local recurrence.", "no-evidence-of-disease", 2.0, "year")]
    [InlineData("She expired on the fourth day of hospitalisation.", "death", 4.0, "day")]
    [InlineData("He is alive and well 26 months after the diagnosis.", "overall-survival", 26.0, "month")]
    [InlineData("Unfortunately, the patient died one week after surgery due to multiorgan failure.", "death", 1.0, "week")]
    [InlineData("The tumor recurred in the pelvis 14 months after resection.", "recurrence", 14.0, "month")]
    [InlineData("He remained disease-free until his death from a stroke 4 years later.", "death", 4.0, "year")]
    [InlineData("Two years after the operation, she is doing well without any evidence of disease.", "no-evidence-of-disease", 2.0, "year")]
    [InlineData("The patient has now been recurrence-free for 5 years.", "no-evidence-of-disease", 5.0, "year")]
    [InlineData("She died 3 weeks later of respiratory failure.", "death", 3.0, "week")]
    [InlineData("At 24 months, the disease remained stable on imaging.", "stable-disease", 24.0, "month")]
    [InlineData("Three years later, she is still in complete remission.", "remission", 3.0, "year")]
    [InlineData("The patient has remained free from recurrence for 30 months.", "no-evidence-of-disease", 30.0, "month")]
    [InlineData("A right nephrectomy was performed. Two years later, lung metastases were detected on CT.", "recurrence", null, null)]
    [InlineData("Repeat follow-up CT at 6 months showed no recurrent or residual disease.", "no-evidence-of-disease", 6.0, "month")]
    [InlineData("He has been followed up for 18 months without relapse.", "no-evidence-of-disease", 18.0, "month")]
    [InlineData("Outcome and follow-up\nThe patient remains free of disease 40 months after surgery.", "no-evidence-of-disease", 40.0, "month")]
    [InlineData("Figure 4. Computed tomography after four cycles showing a partial response of the liver metastases.", "partial-response", null, null)]
    public void AClosingSentenceOfTheCaseGivesItsOutcome(string text, string kind, double? value, string? unit)
    {
        var outcomes = ClinicalRun.Run(text).Outcomes;
        Assert.Contains(outcomes, o => o.Kind == kind && (value is null || (o.Value == value && o.Unit == unit)));
    }

    [Theory]
    [InlineData("In a previous series, median overall survival was 9 months.")]
    [InlineData("The median survival of patients with this tumour is 6 to 12 months.")]
    [InlineData("Five-year survival in this cohort was 35%.")]
    [InlineData("Complete responses have been reported in 20% of patients treated with nivolumab.")]
    [InlineData("Prognosis is poor, with most patients dying within a year of the diagnosis.")]
    public void AnOutcomeOfOtherPatientsOrAnExpectedPrognosisIsNone(string text)
    {
        Assert.Empty(ClinicalRun.Run(text).Outcomes);
    }

    [Theory]
    [InlineData("At 3 months, a complete remission was achieved.", "remission")]
    [InlineData("After four cycles, the hepatic lesions were stable.", "stable-disease")]
    public void ATimeOpeningTheSentenceOnlyDatesAStateNotSaidToBeHeld(string text, string kind)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == kind);
        Assert.Null(outcome.Value);
    }

    [Theory]
    [InlineData("The patient was admitted with dyspnoea. Six months later, CT revealed liver metastases.")]
    [InlineData("He underwent a radical cystectomy. Three weeks later, CT revealed liver metastases.")]
    public void MetastasesLaterThanNoOperationOrDaysAfterItAreNoRecurrence(string text)
    {
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");
    }

    [Fact]
    public void MetastasesLaterThanAnOperationFollowedByTreatmentAreNoRecurrence()
    {
        var outcomes = ClinicalRun.Run("She underwent a mastectomy followed by adjuvant docetaxel. One year later, bone metastases were found.", "docetaxel").Outcomes;
        Assert.DoesNotContain(outcomes, o => o.Kind == "recurrence");
    }
}
