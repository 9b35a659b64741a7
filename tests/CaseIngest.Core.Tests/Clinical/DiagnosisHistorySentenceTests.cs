namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A sentence whose subject is the patient's medical history tells conditions she brings, every item of it however the
/// sentence runs on ("…; and long-term steroid therapy complicated by X"); a sign named as the target of a drug started
/// after a procedure ("after intubation, noradrenaline was started for hypotension") is no diagnosis either. A condition
/// the case itself reports stays one.
/// </summary>
public sealed class DiagnosisHistorySentenceTests
{
    [Theory]
    [InlineData("His medical history was also remarkable for primary biliary cholangitis; gastric varices with one bleed; and chronic prednisolone therapy complicated by adrenal insufficiency and type 2 diabetes mellitus.", "adrenal insufficiency")]
    [InlineData("His medical history was also remarkable for primary biliary cholangitis; gastric varices with one bleed; and chronic prednisolone therapy complicated by adrenal insufficiency and type 2 diabetes mellitus.", "type 2 diabetes mellitus")]
    [InlineData("Her past medical history included autoimmune hepatitis, well compensated, and hypothyroidism.", "autoimmune hepatitis")]
    [InlineData("After emergency intubation, norepinephrine was started for hypotension and the lactate was followed.", "hypotension")]
    [InlineData("Following tracheostomy, vasopressin was given for refractory hypotension.", "hypotension")]
    public void AConditionOfTheMedicalHistoryOrADrugsTargetIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Theory]
    [InlineData("Two weeks after admission she developed adrenal insufficiency requiring hydrocortisone.", "adrenal insufficiency")]
    [InlineData("A chest tube was inserted for a large left pleural effusion.", "pleural effusion")]
    [InlineData("The medical team diagnosed autoimmune hepatitis on the liver biopsy.", "autoimmune hepatitis")]
    public void AConditionTheCaseReportsStaysADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
