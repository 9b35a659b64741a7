namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An imaging or endoscopic study that showed an inflammation or a disease ("a contrast scan revealed pancreatitis")
/// diagnoses it; a fluid, a mass or a symptom it showed stays a finding. A denial or a resolution told before the clause in
/// which the patient underwent a procedure does not reach into that clause.
/// </summary>
public sealed class DiagnosisImagingFindingTests
{
    [Theory]
    [InlineData("A contrast scan of her abdomen revealed pancreatitis and an adrenal mass.", "pancreatitis")]
    [InlineData("Abdominal ultrasound showed acute cholecystitis with a thickened gallbladder wall.", "cholecystitis")]
    [InlineData("Computed tomography demonstrated acute pancreatitis with peripancreatic fluid.", "pancreatitis")]
    [InlineData("Colonoscopy revealed diffuse colitis with ulcerations from the rectum to the caecum.", "colitis")]
    [InlineData("Cardiac MRI showed myocarditis with late gadolinium enhancement.", "myocarditis")]
    [InlineData("A chest CT scan revealed bilateral pneumonia in both lower lobes.", "pneumonia")]
    [InlineData("Upper endoscopy showed severe esophagitis in the distal third.", "esophagitis")]
    [InlineData("Magnetic resonance imaging of the spine demonstrated transverse myelitis from C4 to T2.", "transverse myelitis")]
    public void AnInflammationOrADiseaseAStudyShowedIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("After an improvement of his cellulitis and hyperglycemia, the patient underwent laminectomy for spinal cord compression.", "spinal cord compression")]
    [InlineData("Without any delay, he underwent thoracentesis for a large pleural effusion.", "pleural effusion")]
    public void ADenialBeforeTheClauseOfAProcedureDoesNotReachIntoIt(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("Chest CT showed a small left pleural effusion.", "pleural effusion")]
    [InlineData("Abdominal ultrasound revealed mild ascites.", "ascites")]
    [InlineData("The CT scan showed no signs of pancreatitis.", "pancreatitis")]
    [InlineData("Endoscopy revealed no evidence of colitis.", "colitis")]
    [InlineData("A repeat CT scan showed resolution of the pneumonitis.", "pneumonitis")]
    [InlineData("The echocardiogram showed a moderate pericardial effusion.", "pericardial effusion")]
    [InlineData("Without nausea or vomiting, he underwent a CT scan for abdominal pain.", "nausea")]
    public void AFluidADenialOrAResolutionAStudyShowedIsNotADiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
