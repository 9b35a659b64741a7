namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A diagnosis named as the working, provisional or tentative one, a reading that only worries about, leans towards or
/// entertains a disease, a disease asked after with a question mark and a diagnosis the tests did not support are no
/// diagnoses of the patient; a disease named beside them, or such a diagnosis later confirmed, still is.
/// </summary>
public sealed class DiagnosisTentativeWordingTests
{
    [Theory]
    [InlineData("The working diagnosis was sarcoidosis, and she was referred to a pulmonologist.", "sarcoidosis")]
    [InlineData("A provisional diagnosis of Hodgkin lymphoma was made from the CT images.", "lymphoma")]
    [InlineData("Our tentative diagnosis was a phyllodes tumor of the breast.", "phyllodes")]
    [InlineData("The preliminary diagnosis of the referring hospital was acute appendicitis.", "appendicitis")]
    [InlineData("The presumed diagnosis was a complete heart block from viral myocarditis.", "heart block")]
    [InlineData("Plain films of the femur were worrisome for an osteosarcoma.", "osteosarcoma")]
    [InlineData("The core biopsy was equivocal for a malignant melanoma.", "melanoma")]
    [InlineData("Tuberculous lymphadenitis was entertained as another explanation.", "lymphadenitis")]
    [InlineData("Because of the fever, infective endocarditis was in consideration.", "endocarditis")]
    [InlineData("Sarcoidosis remained under consideration until the biopsy.", "sarcoidosis")]
    [InlineData("A gastrointestinal stromal tumor was a possibility given the location of the mass.", "stromal tumor")]
    [InlineData("The cyst was felt to be an echinococcal cyst by the radiologist.", "echinococcal cyst")]
    [InlineData("The nodule in the liver was believed to be a focal nodular hyperplasia.", "focal nodular hyperplasia")]
    [InlineData("The child was suspected of having Kawasaki disease and was given aspirin.", "kawasaki")]
    [InlineData("She was suspected to have systemic lupus erythematosus because of the rash.", "lupus")]
    [InlineData("Heparin was started in suspicion of a pulmonary embolism.", "embolism")]
    [InlineData("The request for the scan read: renal cell carcinoma?", "renal cell carcinoma")]
    [InlineData("Clinical details given to the pathologist were lymphoma? sarcoidosis?", "lymphoma")]
    [InlineData("A diagnosis of Burkitt lymphoma was not supported by the immunophenotype.", "lymphoma")]
    [InlineData("Celiac disease was not supported by the serology or the duodenal biopsies.", "celiac")]
    public void ADiagnosisOnlyWeighedIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("The working diagnosis of sarcoidosis was confirmed by a transbronchial biopsy.", "sarcoidosis")]
    [InlineData("Sarcoidosis was entertained, but the biopsy showed a diffuse large B-cell lymphoma.", "diffuse large b-cell lymphoma")]
    [InlineData("The final diagnosis was an alveolar rhabdomyosarcoma of the forearm.", "rhabdomyosarcoma")]
    [InlineData("Histology showed a clear cell renal cell carcinoma; no other lesion was found.", "renal cell carcinoma")]
    [InlineData("Was it a relapse? The biopsy showed an anaplastic large cell lymphoma.", "anaplastic large cell lymphoma")]
    [InlineData("The pathologist reported a well-differentiated liposarcoma; a simple lipoma was not supported by the MDM2 amplification.", "liposarcoma")]
    public void ADiagnosisStatedBesideSuchWordingStillIs(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
}
