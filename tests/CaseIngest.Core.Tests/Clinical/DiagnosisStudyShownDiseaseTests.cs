namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease an imaging study, an endoscopy or an examination showed is a diagnosis ("an abdominal CT revealed acute
/// pancreatitis", "echocardiography demonstrated severe mitral regurgitation", "a bronchoscopy was performed, showing
/// tracheomalacia"); a finding the study showed ("a small pleural effusion", "ascites"), a trivial leak, a disease the
/// study found no sign of and one it only suggested are not.
/// </summary>
public sealed class DiagnosisStudyShownDiseaseTests
{
    [Theory]
    [InlineData("A 58-year-old man had epigastric pain. An abdominal CT scan revealed acute pancreatitis with peripancreatic fluid.", "pancreatitis")]
    [InlineData("A 72-year-old woman had fever and jaundice; abdominal ultrasonography showed cholecystitis with a thickened wall.", "cholecystitis")]
    [InlineData("A 47-year-old man complained of palpitations. Transthoracic echocardiography demonstrated severe mitral regurgitation.", "mitral regurgitation")]
    [InlineData("A 61-year-old woman was breathless. Echocardiography showed a hypertrophic obstructive cardiomyopathy with a septum of 24 mm.", "hypertrophic obstructive cardiomyopathy")]
    [InlineData("A 55-year-old man had sudden dyspnoea. CT pulmonary angiography revealed bilateral pulmonary embolism.", "pulmonary embolism")]
    [InlineData("A 34-year-old woman had a severe headache. Magnetic resonance imaging disclosed cerebral venous sinus thrombosis.", "cerebral venous sinus thrombosis")]
    [InlineData("A 53-year-old man had a productive cough; a chest radiograph revealed right lower lobe pneumonia.", "pneumonia")]
    [InlineData("A 40-year-old woman had dysphagia. Upper endoscopy was performed, showing eosinophilic esophagitis.", "eosinophilic esophagitis")]
    [InlineData("A 49-year-old man had neck pain and vertigo. MRI showed a left vertebral artery dissection.", "vertebral artery dissection")]
    public void ADiseaseAStudyShowedIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 70-year-old woman had a cough. The chest radiograph showed a small left pleural effusion.")]
    [InlineData("A 66-year-old man had abdominal distension. Ultrasound showed a moderate amount of ascites.")]
    [InlineData("A 50-year-old man had chest pain. Echocardiography revealed trivial mitral regurgitation.")]
    [InlineData("A 35-year-old woman had a headache. MRI showed no evidence of cerebral venous thrombosis.")]
    [InlineData("A 58-year-old man had fever. Chest CT revealed findings suggestive of pneumonia.")]
    [InlineData("A 64-year-old man had an elevated lipase. The CT scan revealed no pancreatitis.")]
    public void AFindingATrivialLeakOrADeniedOrSuggestedDiseaseIsNot(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
