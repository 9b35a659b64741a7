namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A condition a therapeutic procedure was done for ("underwent laminectomy for spinal cord compression") is a
/// diagnosis of the case, and so is one a relative clause confirms or explains ("pancreatitis, which was confirmed by
/// computed tomography"); a condition a test was done for, or one only prepared for or screened, is not. A denial told
/// before the clause in which the patient underwent the procedure does not reach into it.
/// </summary>
public sealed class DiagnosisProcedureReasonTests
{
    [Theory]
    [InlineData("He underwent laminectomy and radiation therapy for spinal cord compression.", "spinal cord compression")]
    [InlineData("Thoracentesis was performed for a massive right pleural effusion.", "pleural effusion")]
    [InlineData("A chest tube was inserted for the left pneumothorax on the second day.", "pneumothorax")]
    [InlineData("She underwent emergency pericardiocentesis for cardiac tamponade.", "cardiac tamponade")]
    [InlineData("He underwent an emergency laparotomy for bowel perforation.", "bowel perforation")]
    [InlineData("Paracentesis was performed for refractory ascites, and 4 L of fluid were removed.", "ascites")]
    [InlineData("The patient underwent surgery for small bowel obstruction in March.", "small bowel obstruction")]
    [InlineData("Urgent decompressive surgery was performed for spinal cord compression at T8.", "spinal cord compression")]
    [InlineData("A pigtail catheter was placed for drainage of the pleural effusion.", "pleural effusion")]
    [InlineData("A biliary stent was placed for a malignant bile duct stenosis.", "bile duct stenosis")]
    [InlineData("He underwent laparoscopic cholecystectomy for acute cholecystitis.", "cholecystitis")]
    [InlineData("A nephrostomy tube was placed for hydronephrosis of the left kidney.", "hydronephrosis")]
    [InlineData("She underwent radiofrequency ablation for paroxysmal atrial fibrillation.", "atrial fibrillation")]
    [InlineData("Synchronised electrical cardioversion was performed for atrial flutter with a rapid ventricular response.", "atrial flutter")]
    public void AConditionAProcedureWasDoneForIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("She was intubated for upper airway obstruction, which was confirmed by laryngoscopy.", "upper airway obstruction")]
    [InlineData("Her course was notable for acute kidney injury, which had been caused by rhabdomyolysis.", "acute kidney injury")]
    [InlineData("On day 3 she developed pancreatitis, which was confirmed by computed tomography.", "pancreatitis")]
    [InlineData("Dyspnoea was attributed to pulmonary embolism, which was confirmed on CT angiography.", "pulmonary embolism")]
    public void AConditionARelativeClauseConfirmsOrExplainsIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("After an improvement of his cellulitis and hyperglycemia, the patient underwent laminectomy for spinal cord compression.", "spinal cord compression")]
    [InlineData("Without any delay, he underwent thoracentesis for a large pleural effusion.", "pleural effusion")]
    public void ADenialBeforeTheClauseOfAProcedureDoesNotReachIntoIt(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("Without nausea or vomiting, he underwent a CT scan for abdominal pain.", "nausea")]
    [InlineData("She underwent endoscopy for abdominal pain and nausea.", "abdominal pain")]
    [InlineData("He underwent a CT scan for the evaluation of a pleural effusion.", "pleural effusion")]
    [InlineData("A chest tube was prepared in case of a pneumothorax.", "pneumothorax")]
    [InlineData("She was admitted for dyspnea, which was attributed to anemia.", "dyspnea")]
    [InlineData("He was screened for pancreatitis, which was not confirmed.", "pancreatitis")]
    public void AConditionATestWasDoneForOrThatWasNotConfirmedIsNotADiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
