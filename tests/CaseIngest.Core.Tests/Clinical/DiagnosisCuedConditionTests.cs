namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// After a strong diagnosis cue ("a diagnosis of", "diagnosed with", "consistent with", "confirmed", "established"), a
/// condition no word list holds is still the case's diagnosis: an initialism the text never spells out is the disease
/// it stands for, and a noun phrase whose head is a disease noun is taken as written. A weighed, denied, presumed or
/// relative's condition is none.
/// </summary>
public sealed class DiagnosisCuedConditionTests
{
    [Theory]
    [InlineData("A diagnosis of PNH was made by flow cytometry, and eculizumab was started.", "paroxysmal nocturnal hemoglobinuria")]
    [InlineData("She was diagnosed with BCS after an episode of ascites.", "budd-chiari syndrome")]
    [InlineData("The renal biopsy was consistent with FSGS.", "focal segmental glomerulosclerosis")]
    [InlineData("Serial bronchoalveolar lavage returned increasingly bloody aliquots, establishing DAH.", "diffuse alveolar hemorrhage")]
    [InlineData("Magnetic resonance imaging of the brain was compatible with PRES.", "posterior reversible encephalopathy syndrome")]
    [InlineData("The diagnosis of TTP was confirmed by a severely reduced ADAMTS13 activity.", "thrombotic thrombocytopenic purpura")]
    [InlineData("Electrodiagnostic testing was consistent with CIDP.", "chronic inflammatory demyelinating polyradiculoneuropathy")]
    [InlineData("He met the criteria for DRESS, and the anticonvulsant was withdrawn.", "drug reaction with eosinophilia and systemic symptoms")]
    [InlineData("A diagnosis of ADEM was established after the second brain MRI.", "acute disseminated encephalomyelitis")]
    [InlineData("The child was diagnosed with HUS after a week of bloody diarrhea.", "hemolytic uremic syndrome")]
    public void AnInitialismAfterAStrongCueIsTheDiseaseItStandsFor(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Transthoracic echocardiography confirmed the diagnosis of Ebstein anomaly.", "ebstein anomaly")]
    [InlineData("The imaging findings were consistent with Marchiafava-Bignami disease.", "marchiafava-bignami disease")]
    [InlineData("On the third day a diagnosis of pulmonary alveolar proteinosis was made.", "pulmonary alveolar proteinosis")]
    [InlineData("A punch biopsy was compatible with erythema elevatum diutinum.", "erythema elevatum diutinum")]
    [InlineData("Electromyography confirmed bilateral sensory-motor polyneuropathy.", "sensory-motor polyneuropathy")]
    [InlineData("She was diagnosed with Kikuchi-Fujimoto disease after an excisional biopsy of a cervical node.", "kikuchi-fujimoto disease")]
    [InlineData("The spinal fluid findings were consistent with angiostrongyliasis, and albendazole was started.", "angiostrongyliasis")]
    [InlineData("The lung biopsy established the diagnosis of lymphangioleiomyomatosis.", "lymphangioleiomyomatosis")]
    [InlineData("Brain MRI showed concentric rings consistent with the pattern of Balo concentric sclerosis.", "balo concentric sclerosis")]
    [InlineData("Brain imaging confirmed the diagnosis of the PRES syndrome.", "posterior reversible encephalopathy syndrome")]
    [InlineData("A diagnosis of congenital lobar emphysema was made at the age of three months.", "congenital lobar emphysema")]
    [InlineData("The endoscopic appearance was characteristic of gastric antral vascular ectasia.", "gastric antral vascular ectasia")]
    [InlineData("The consulting psychiatrist established the diagnosis of conversion disorder.", "conversion disorder")]
    public void ANounPhraseWithADiseaseHeadAfterAStrongCueIsTheDiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("She was treated empirically for presumed HLH.")]
    [InlineData("Doppler ultrasound showed no evidence of DVT.")]
    [InlineData("Her mother had been diagnosed with SLE at the age of 30.")]
    [InlineData("Wilson disease was considered, but ceruloplasmin was normal.")]
    [InlineData("Tolosa-Hunt syndrome remained in the differential diagnosis.")]
    [InlineData("The findings were not consistent with sarcoidosis.")]
    [InlineData("A provisional diagnosis of Kikuchi-Fujimoto disease was made.")]
    [InlineData("The results were consistent with the known pattern of the assay.")]
    [InlineData("The diagnosis of Marchiafava-Bignami disease is usually made on imaging.")]
    [InlineData("Restaging computed tomography confirmed progressive disease in the liver.")]
    [InlineData("Whole-body imaging was consistent with metastatic disease.")]
    [InlineData("The skin findings were compatible with a nutritional deficiency.")]
    [InlineData("A diagnosis of ACTH syndrome was made.")]
    [InlineData("Contrast-enhanced CT confirmed bulky mediastinal lymphadenopathy.")]
    [InlineData("The resected specimen was consistent with extensive treatment-related necrosis.")]
    [InlineData("He was diagnosed with obsessive-compulsive disorder (OCD) in June 2014 and has taken no medication since.")]
    [InlineData("She had been diagnosed with FSGS six years earlier.")]
    public void AConditionNotDiagnosedInThisPatientIsNone(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
