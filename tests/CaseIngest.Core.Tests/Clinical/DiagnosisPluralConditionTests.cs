namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A condition the report diagnoses in the plural ("bilateral pulmonary emboli", "thoracentesis for bilateral pleural
/// effusions", "multiple liver abscesses") is the condition; a plural seen on a study, denied or told of patients in
/// general is none.
/// </summary>
public sealed class DiagnosisPluralConditionTests
{
    [Theory]
    [InlineData("A 64-year-old man became short of breath. CT pulmonary angiography revealed bilateral pulmonary emboli.", "pulmonary embolism")]
    [InlineData("On the tenth postoperative day she developed pulmonary emboli and was started on heparin.", "pulmonary embolism")]
    [InlineData("Thoracentesis was performed for bilateral pleural effusions, and the fluid was an exudate.", "pleural effusion")]
    [InlineData("A 52-year-old woman was admitted with fever. Ultrasound-guided drainage was performed for multiple liver abscesses.", "liver abscess")]
    [InlineData("A chest tube was inserted for bilateral pneumothoraces after the biopsy.", "pneumothorax")]
    [InlineData("Duplex ultrasound confirmed deep vein thromboses in both legs.", "deep vein thrombosis")]
    public void APluralConditionTheReportDiagnosesIsTheCondition(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Theory]
    [InlineData("A chest radiograph showed small bilateral pleural effusions.", "pleural effusion")]
    [InlineData("CT pulmonary angiography showed no pulmonary emboli.", "pulmonary embolism")]
    [InlineData("Pulmonary emboli are common in patients with advanced pancreatic cancer.", "pulmonary embolism")]
    [InlineData("She was given low-molecular-weight heparin to prevent deep vein thromboses.", "deep vein thrombosis")]
    [InlineData("The patient was counselled about the risk of liver abscesses after ablation.", "liver abscess")]
    public void APluralSeenDeniedOrGeneralIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
