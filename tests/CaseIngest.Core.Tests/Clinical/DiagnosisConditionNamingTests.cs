namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Conditions a report diagnoses beyond the cancer vocabularies: infections named by their organism, named syndromes,
/// immune and endocrine disorders and disorders of pregnancy, and a large cell neuroendocrine carcinoma written out or
/// abbreviated.
/// </summary>
public sealed class DiagnosisConditionNamingTests
{
    [Theory]
    [InlineData("Stool PCR on the fifth day confirmed norovirus infection.", "norovirus infection")]
    [InlineData("Brain biopsy was consistent with astrovirus infection.", "astrovirus infection")]
    [InlineData("Bronchoalveolar lavage confirmed Pneumocystis jirovecii pneumonia.", "pneumocystis pneumonia")]
    public void AnInfectionNamedByItsOrganismIsADiagnosis(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("High-dose dexamethasone testing confirmed ectopic ACTH syndrome.", "ectopic acth syndrome")]
    [InlineData("She was diagnosed with Cushing's syndrome at the age of 31.", "cushing syndrome")]
    [InlineData("On the second day after delivery she was diagnosed with HELLP syndrome.", "hellp syndrome")]
    [InlineData("A week before delivery she developed severe pre-eclampsia.", "preeclampsia")]
    [InlineData("Cerebral MRI findings were consistent with posterior reversible encephalopathy syndrome.", "posterior reversible encephalopathy syndrome")]
    [InlineData("Spinal MRI was consistent with transverse myelitis.", "transverse myelitis")]
    [InlineData("Immunological work-up confirmed common variable immunodeficiency.", "common variable immunodeficiency")]
    [InlineData("At nineteen he was diagnosed with CVID.", "common variable immunodeficiency")]
    [InlineData("Low morning cortisol with low ACTH confirmed isolated ACTH deficiency.", "isolated acth deficiency")]
    [InlineData("CT angiography showed a filling defect consistent with pulmonary thromboembolism.", "pulmonary thromboembolism")]
    public void ANamedSyndromeOrDisorderIsADiagnosis(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Two years earlier he had been diagnosed with LCNEC of the mediastinum.")]
    [InlineData("Core biopsy confirmed a large cell neuroendocrine carcinoma.")]
    public void ALargeCellNeuroendocrineCarcinomaWrittenOutOrAbbreviatedIsOneDiagnosis(string text) =>
        Assert.Equal(["large cell neuroendocrine carcinoma"], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Her sister had been diagnosed with HELLP syndrome during her first pregnancy.")]
    [InlineData("Stool PCR ruled out norovirus infection.")]
    public void ARelativesOrExcludedConditionIsNoDiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
