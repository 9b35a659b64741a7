namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Other wordings that diagnose a condition ("had been diagnosed of X", "was diagnosed to have X", "the lesion proved to
/// be X", "an ECG demonstrated X", "admitted with an E. coli X") and conditions case reports often
/// diagnose; a condition excluded, only feared or a normal rhythm stays no diagnosis.
/// </summary>
public sealed class DiagnosisUnreadWordingTests
{
    [Theory]
    [InlineData("Two weeks earlier she had been diagnosed of pneumonia at a local clinic.", "pneumonia")]
    [InlineData("He was diagnosed to have pulmonary tuberculosis and began four-drug therapy.", "tuberculosis")]
    [InlineData("In 2015 the patient was diagnosed to have deep vein thrombosis of the left leg.", "deep vein thrombosis")]
    [InlineData("The resected retroperitoneal lesion proved to be an organizing hematoma.", "hematoma")]
    [InlineData("The mass in the left atrium was proven to be a chronic hematoma at surgery.", "hematoma")]
    [InlineData("An ECG demonstrated sustained ventricular tachycardia at 190 beats per minute.", "ventricular tachycardia")]
    [InlineData("Continuous telemetry revealed paroxysmal atrial fibrillation on the third day.", "atrial fibrillation")]
    [InlineData("The electrocardiogram showed atrial fibrillation with a rapid ventricular response.", "atrial fibrillation")]
    [InlineData("She was admitted with an E. coli urinary tract infection and given ceftriaxone.", "urinary tract infection")]
    [InlineData("A 71-year-old man was hospitalized for a K. pneumoniae urinary tract infection.", "urinary tract infection")]
    [InlineData("A diagnosis of acromegaly was made on the basis of an elevated IGF-1 level.", "acromegaly")]
    [InlineData("Chest CT confirmed a large right hemothorax, which was drained.", "hemothorax")]
    [InlineData("Congo red staining of the fat pad confirmed amyloidosis.", "amyloidosis")]
    [InlineData("She was diagnosed with mixed connective tissue disease ten years before.", "mixed connective tissue disease")]
    [InlineData("At 34 weeks of gestation she was diagnosed with acute fatty liver of pregnancy.", "acute fatty liver of pregnancy")]
    [InlineData("The neurologist diagnosed Parkinson's disease and started levodopa.", "parkinson's disease")]
    [InlineData("Laboratory findings were consistent with TTP, and plasma exchange was started.", "thrombotic thrombocytopenic purpura")]
    [InlineData("The smear and the coagulation profile confirmed DIC.", "disseminated intravascular coagulation")]
    public void AConditionTheWordingDiagnosesIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("The ECG showed sinus tachycardia without ischemic changes.", "sinus tachycardia")]
    [InlineData("Pneumonia was excluded by chest radiography.", "pneumonia")]
    [InlineData("She was found to have no evidence of pancreatitis on CT.", "pancreatitis")]
    [InlineData("Her father had Parkinson's disease.", "parkinson's disease")]
    [InlineData("Patients with this syndrome may develop atrial fibrillation later in life.", "atrial fibrillation")]
    [InlineData("The electrocardiogram showed no atrial fibrillation.", "atrial fibrillation")]
    public void AConditionExcludedFearedOrOfAnotherPersonIsNot(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
