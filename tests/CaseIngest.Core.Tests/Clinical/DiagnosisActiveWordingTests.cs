namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The authors' own diagnosing ("we diagnosed X", "diagnosed her with X") and a disease the patient died of ("died of
/// sepsis") diagnose the condition; a death feared or a diagnosis only considered does not.
/// </summary>
public sealed class DiagnosisActiveWordingTests
{
    [Theory]
    [InlineData("We diagnosed acute pancreatitis and started fluid resuscitation.", "pancreatitis")]
    [InlineData("We finally diagnosed pneumocystis pneumonia after bronchoalveolar lavage.", "pneumocystis pneumonia")]
    [InlineData("The neurologist diagnosed her with transverse myelitis.", "transverse myelitis")]
    [InlineData("He died of sepsis on day 12.", "sepsis")]
    [InlineData("The patient died of multiorgan failure two days later.", "multiorgan failure")]
    [InlineData("She died from respiratory failure despite mechanical ventilation.", "respiratory failure")]
    [InlineData("He was admitted with an exacerbation and later died of pneumonia.", "pneumonia")]
    public void AnActiveDiagnosisOrACauseOfDeathIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("Patients with this tumour may die of sepsis during neutropenia.", "sepsis")]
    [InlineData("We considered pancreatitis, but the lipase level was normal.", "pancreatitis")]
    [InlineData("We did not diagnose pneumonia at that time.", "pneumonia")]
    public void AFearedDeathOrAConsideredDiagnosisIsNot(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
