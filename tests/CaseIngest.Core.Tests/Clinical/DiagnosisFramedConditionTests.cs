namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A condition no vocabulary lists is a diagnosis where an explicit diagnosing frame ("a diagnosis of X was made",
/// "diagnosed with X", "consistent with X", "the diagnosis was X") names it with a condition's head word (a syndrome, a
/// disease, a block, a defect, an insufficiency, "-itis", "-osis", "-pathy", "-trophy"); the verbless
/// lines that follow "The diagnosis was X." name diagnoses too. A frame that is hedged, denied, general or about a
/// relative names none, and neither does a finding only described.
/// </summary>
public sealed class DiagnosisFramedConditionTests
{
    [Theory]
    [InlineData("After the MRI of both calves a diagnosis of eosinophilic fasciitis was made.", "eosinophilic fasciitis")]
    [InlineData("Following the nerve conduction studies she was diagnosed with chronic inflammatory demyelinating polyneuropathy.", "chronic inflammatory demyelinating polyneuropathy")]
    [InlineData("The core biopsy of the breast lump was most consistent with granulomatous mastitis.", "granulomatous mastitis")]
    [InlineData("Genetic testing later confirmed the diagnosis of limb-girdle muscular dystrophy.", "limb-girdle muscular dystrophy")]
    [InlineData("A diagnosis of trifascicular block was made on the resting tracing.", "trifascicular block")]
    [InlineData("Echocardiography confirmed a large ventricular septal defect with left-to-right flow.", "ventricular septal defect")]
    [InlineData("The final diagnosis was reactive perforating collagenosis.", "reactive perforating collagenosis")]
    [InlineData("He was diagnosed with autoimmune polyendocrine syndrome type 2 at the age of 19.", "autoimmune polyendocrine syndrome")]
    [InlineData("She was clinically diagnosed with classical Ehlers\u2013Danlos syndrome after the third dislocation.", "ehlers-danlos syndrome")]
    public void AConditionAnExplicitFrameNamesWithAConditionHeadIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("The diagnosis was congestive heart failure.\nVentricular septal defect with left-to-right shunt.\nModerate aortic insufficiency.\nPermanent atrial fibrillation.\nLeft bundle branch block.", "ventricular septal defect")]
    [InlineData("The diagnosis was congestive heart failure.\nVentricular septal defect with left-to-right shunt.\nModerate aortic insufficiency.\nPermanent atrial fibrillation.\nLeft bundle branch block.", "aortic insufficiency")]
    [InlineData("The diagnosis was congestive heart failure.\nVentricular septal defect with left-to-right shunt.\nModerate aortic insufficiency.\nPermanent atrial fibrillation.\nLeft bundle branch block.", "atrial fibrillation")]
    [InlineData("The diagnosis was congestive heart failure.\nVentricular septal defect with left-to-right shunt.\nModerate aortic insufficiency.\nPermanent atrial fibrillation.\nLeft bundle branch block.", "left bundle branch block")]
    [InlineData("The final diagnosis was chronic pancreatitis.\nPancreatic duct stenosis.\n3rd degree portal hypertension.", "pancreatic duct stenosis")]
    public void AVerblessLineAfterTheDiagnosisLineIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("The presumed diagnosis was reactive perforating collagenosis.", "collagenosis")]
    [InlineData("Her sister had been diagnosed with granulomatous mastitis at the age of 30.", "mastitis")]
    [InlineData("There were no findings consistent with chronic inflammatory demyelinating polyneuropathy.", "polyneuropathy")]
    [InlineData("A diagnosis of trifascicular block is usually made on the surface electrocardiogram in such patients.", "fascicular block")]
    [InlineData("Her brother had been diagnosed with a ventricular septal defect in infancy.", "septal defect")]
    [InlineData("CT pulmonary angiography confirmed a filling defect in the right lower lobe artery.", "defect")]
    [InlineData("Examination showed marked muscular atrophy of both thighs.", "atrophy")]
    [InlineData("A working diagnosis of eosinophilic fasciitis was made pending the biopsy.", "fasciitis")]
    [InlineData("Echocardiography was repeated.\nModerate aortic insufficiency.\nNormal left ventricular function.", "aortic insufficiency")]
    [InlineData("The diagnosis was congestive heart failure.\nModerate aortic insufficiency was also noted on the echocardiogram.", "aortic insufficiency")]
    public void AFrameThatIsHedgedDeniedGeneralOrARelativesNamesNoDiagnosis(string text, string word) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("A ventilation-perfusion scan excluded pulmonary embolism and confirmed bilateral pneumonia.", "pneumonia")]
    [InlineData("Computed tomography ruled out aortic dissection and confirmed acute pericarditis.", "pericarditis")]
    public void AConditionConfirmedAfterAnExcludedOneIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("A ventilation-perfusion scan excluded pulmonary embolism and confirmed bilateral pneumonia.", "pulmonary embolism")]
    [InlineData("Computed tomography ruled out aortic dissection and confirmed acute pericarditis.", "aortic dissection")]
    public void TheExcludedConditionBeforeAConfirmedOneStaysExcluded(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
