namespace CaseIngest.Core.Tests.Clinical;

/// <summary>Conditions outside the cancer vocabularies become diagnoses only where the report diagnoses them.</summary>
public sealed class DiagnosedConditionTests
{
    [Theory]
    [InlineData("Sputum cultures grew Klebsiella and he was diagnosed with pneumonia.", "pneumonia")]
    [InlineData("Thoracoscopic findings were consistent with a loculated empyema.", "empyema")]
    [InlineData("A diagnosis of immune thrombocytopenia was made and prednisone was started.", "immune thrombocytopenia")]
    [InlineData("Right heart catheterization confirmed pulmonary hypertension.", "pulmonary hypertension")]
    [InlineData("Severe hypokalaemia was diagnosed on admission.", "hypokalemia")]
    [InlineData("Orchitis with epididymitis was confirmed by scrotal ultrasound.", "epididymitis")]
    [InlineData("The renal biopsy was compatible with granulomatosis with polyangiitis.", "granulomatosis with polyangiitis")]
    [InlineData("Repeat CT showed bilateral consolidations consistent with organizing pneumonia.", "pneumonitis")]
    [InlineData("On the fifth day he developed acute respiratory failure and was intubated.", "respiratory failure")]
    [InlineData("Two weeks after discharge she developed aspiration pneumonia.", "aspiration pneumonia")]
    public void ACondititionTheReportDiagnosesIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("Her postoperative course was complicated by sepsis.", "sepsis")]
    [InlineData("Three days later a urinary tract infection requiring intravenous antibiotics occurred.", "urinary tract infection")]
    public void ADiseaseTheCourseWasComplicatedByOrThatNeededTreatmentIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("The procedure was not complicated by bleeding or infection.")]
    [InlineData("Her fever, requiring paracetamol twice, settled within a day.")]
    public void AComplicationDeniedOrASymptomNeedingTreatmentIsNotADiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Theory]
    [InlineData("He was admitted with fever, cough and pleuritic chest pain.")]
    [InlineData("A chest radiograph showed a small right pleural effusion.")]
    [InlineData("Pneumonia was ruled out by a normal chest radiograph.")]
    [InlineData("The differential diagnosis included pneumonia and empyema.")]
    [InlineData("He developed grade 2 diarrhea after the second cycle.")]
    [InlineData("She developed a maculopapular rash and pruritus on both arms.")]
    [InlineData("There was no evidence of pulmonary hypertension on echocardiography.")]
    [InlineData("A provisional diagnosis of iron deficiency anemia was made pending further tests.")]
    [InlineData("A working diagnosis of labyrinthitis with vertigo was made.")]
    public void AConditionOnlyMentionedIsNotADiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
