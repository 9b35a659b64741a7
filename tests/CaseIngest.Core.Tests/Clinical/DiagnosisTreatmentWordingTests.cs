namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The diagnosing words reach past an eponym or a quoted qualifier; a disease a treatment is started or given to treat
/// is a diagnosis, a disease it is given to prevent is none.
/// </summary>
public sealed class DiagnosisTreatmentWordingTests
{
    [Theory]
    [InlineData("Fundoscopy showed cotton wool spots compatible with Purtscher's retinopathy.", "retinopathy")]
    [InlineData("The skin biopsy showed fibrinoid necrosis of small vessels consistent with 'necrotizing' vasculitis.", "vasculitis")]
    [InlineData("Electromyography confirmed a symmetric sensorimotor neuropathy of both legs.", "sensory-motor neuropathy")]
    public void AnEponymOrAQuotedQualifierDoesNotHideTheDiagnosedCondition(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("Intravenous clindamycin was given to treat cellulitis of the right forearm.", "cellulitis")]
    [InlineData("In the emergency department she was started on nebulized salbutamol and prednisone for an acute exacerbation of COPD.", "copd exacerbation")]
    [InlineData("Four years later he underwent retransplantation for chronic lung allograft dysfunction.", "chronic lung allograft dysfunction")]
    public void ADiseaseATreatmentIsGivenForIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("Antibiotics were started for suspected pneumonia.")]
    [InlineData("Prednisone was started for fatigue and nausea.")]
    [InlineData("Trimethoprim-sulfamethoxazole was started for the prevention of Pneumocystis pneumonia.")]
    [InlineData("Oral valganciclovir was started for chemoprophylaxis of pneumonia after the transplant.")]
    public void ATreatmentForASuspicionASymptomOrAPreventionDiagnosesNothing(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
