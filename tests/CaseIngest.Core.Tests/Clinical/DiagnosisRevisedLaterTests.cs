namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A first reading of a lesion ("initially thought to be", "first reported as", "the initial report favoured") that a
/// later sentence revises ("the diagnosis was therefore revised to", "the final diagnosis was") is not the patient's
/// diagnosis; a diagnosis first made and kept stands whatever is diagnosed later.
/// </summary>
public sealed class DiagnosisRevisedLaterTests
{
    [Theory]
    [InlineData("The lesion was initially thought to be a schwannoma. Additional stains were performed. The diagnosis was therefore revised to malignant peripheral nerve sheath tumor.", "schwannoma")]
    [InlineData("The initial report favoured a leiomyoma. After review at a referral centre, the final diagnosis was low-grade endometrial stromal sarcoma.", "leiomyoma")]
    [InlineData("The mediastinal mass was first reported as a thymoma. Flow cytometry was then performed. It proved to be a T-lymphoblastic lymphoma.", "thymoma")]
    [InlineData("The biopsy was originally interpreted as Hodgkin lymphoma. Molecular studies followed, and the diagnosis was changed to anaplastic large cell lymphoma.", "hodgkin lymphoma")]
    public void AFirstReadingRevisedInALaterSentenceIsNoDiagnosis(string text, string setAside) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(setAside, StringComparison.Ordinal));

    [Theory]
    [InlineData("She was first diagnosed with breast cancer in 2015. Eight years later a lung nodule was biopsied, and the final diagnosis was lung adenocarcinoma.", "breast cancer")]
    [InlineData("The mass was initially thought to be a meningioma. Resection confirmed a meningioma of WHO grade 1.", "meningioma")]
    public void AFirstDiagnosisKeptOrNeverRevisedStands(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Two years later he developed a nodule of the left parotid. Fine-needle aspiration showed melanoma cells, and a diagnosis of parotid metastasis was made.", "parotid metastasis")]
    [InlineData("Endoscopy showed a submucosal nodule in the mid oesophagus; biopsy confirmed an oesophageal metastasis of renal cell carcinoma.", "esophageal metastasis")]
    public void AMetastasisToTheParotidOrTheOesophagusIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
