namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A condition a tissue examination showed ("renal biopsy showed IgA nephropathy") or that was proven is diagnosed; a
/// finding an image showed (a disease it showed is read by <see cref="DiagnosisStudyShownDiseaseTests"/>), or a condition a
/// biopsy only suggested or denied, is not.
/// </summary>
public sealed class DiagnosisTissueWordingTests
{
    [Theory]
    [InlineData("Skin biopsy showed leukocytoclastic vasculitis.", "vasculitis")]
    [InlineData("The autopsy revealed acute pancreatitis.", "pancreatitis")]
    [InlineData("Histopathological examination of the colon demonstrated colitis with crypt abscesses.", "colitis")]
    [InlineData("Pneumocystis pneumonia was proven by bronchoalveolar lavage.", "pneumocystis pneumonia")]
    [InlineData("Pulmonary embolism was established by CT angiography.", "pulmonary embolism")]
    public void AConditionATissueExaminationShowedOrThatWasProvenIsDiagnosed(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Abdominal CT showed a small pleural effusion.")]
    [InlineData("Skin biopsy showed no vasculitis.")]
    [InlineData("Skin biopsy showed features suggestive of vasculitis.")]
    public void AFindingAnImageShowedOrABiopsyDeniedOrOnlySuggestedIsNot(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Theory]
    [InlineData("He developed a pneumothorax requiring chest tube insertion.", "pneumothorax")]
    [InlineData("Two days later she developed a pericardial effusion that required urgent pericardiocentesis.", "pericardial effusion")]
    public void AConditionThatNeededAProcedureIsDiagnosed(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("She developed grade 2 diarrhea requiring loperamide.")]
    [InlineData("Her nausea, requiring ondansetron, settled within a day.")]
    public void ASymptomThatNeededADrugIsNoDiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
