namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A neoplasm that is not a cancer ("parathyroid gland adenoma", "glomus tumour", "ovarian serous cystadenoma") is a
/// diagnosis where the report diagnoses it: a biopsy or the pathology showed it, it was diagnosed, confirmed or the
/// findings were consistent with it. One an image only showed, one denied and one the patient brings are not.
/// </summary>
public sealed class DiagnosisBenignNeoplasmTests
{
    [Theory]
    [InlineData("Histopathology of the excised gland revealed a parathyroid gland adenoma.", "parathyroid gland adenoma")]
    [InlineData("A 47-year-old woman was diagnosed with an ovarian serous cystadenoma.", "ovarian serous cystadenoma")]
    [InlineData("The subungual lesion was excised and pathology confirmed a glomus tumour.", "glomus tumor")]
    [InlineData("Biopsy of the thigh mass showed a lipoma.", "lipoma")]
    [InlineData("The findings were consistent with a Warthin tumor of the left parotid gland.", "warthin tumor")]
    [InlineData("Microscopic examination of the polypectomy specimen showed a colon tubular adenoma.", "colon tubular adenoma")]
    [InlineData("A diagnosis of osteoid osteoma of the proximal femur was made.", "osteoid osteoma")]
    [InlineData("Fine needle aspiration of the nodule was compatible with a thyroid gland follicular adenoma.", "thyroid gland follicular adenoma")]
    [InlineData("The 12-year-old boy was diagnosed with an osteoblastoma of the L3 vertebra.", "osteoblastoma")]
    [InlineData("Excisional biopsy of the pigmented papule showed a blue nevus.", "blue nevus")]
    public void ABenignNeoplasmTheReportDiagnosesIsADiagnosis(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Abdominal CT showed an incidental lipoma of the flank.")]
    [InlineData("Biopsy showed no parathyroid gland adenoma.")]
    [InlineData("She had undergone removal of a colon tubular adenoma ten years earlier.")]
    [InlineData("A glomus tumour was suspected but histology showed a haemangioma.")]
    public void OneAnImageShowedOneDeniedOrOneThePatientBringsIsNot(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name is "lipoma" or "parathyroid gland adenoma" or "colon tubular adenoma" or "glomus tumor");
}
