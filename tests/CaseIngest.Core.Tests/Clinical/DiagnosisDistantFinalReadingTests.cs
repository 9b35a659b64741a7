namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The final examination that replaces a biopsy's reading is often told only after the imaging, the operation and the
/// stay in between: a reading it names another tumour for is no diagnosis however many sentences lie between, while a
/// final reading that names the same tumour again keeps it.
/// </summary>
public sealed class DiagnosisDistantFinalReadingTests
{
    private const string Between =
        " She was admitted to the surgical ward. Her blood counts, renal function and liver enzymes were within normal limits."
        + " Computed tomography of the chest and abdomen showed a solitary, well-circumscribed mass measuring 4.2 cm with no enlarged nodes and no distant lesions."
        + " Magnetic resonance imaging showed a lobulated lesion with a thin capsule and heterogeneous enhancement after contrast."
        + " The case was discussed at the multidisciplinary meeting, and complete surgical excision was recommended."
        + " She underwent excision under general anaesthesia, and the lesion was removed intact with a rim of normal tissue."
        + " The postoperative course was uneventful, the drain was removed on the second day, and she was discharged on the fourth day."
        + " She resumed her normal activities within two weeks. ";

    [Theory]
    [InlineData("Core needle biopsy of the breast mass suggested a fibroadenoma.", "The final pathological diagnosis was a benign phyllodes tumour.", "fibroadenoma")]
    [InlineData("Fine-needle aspiration of the parotid lump showed a pleomorphic adenoma.", "The final histological examination showed an acinic cell carcinoma.", "pleomorphic adenoma")]
    public void AReadingAFarFinalExaminationReplacesIsNoDiagnosis(string biopsy, string final, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(biopsy + Between + final).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Core needle biopsy of the breast mass showed an invasive ductal carcinoma.", "The final pathological diagnosis was an invasive ductal carcinoma of 2.4 cm with clear margins.", "ductal carcinoma")]
    [InlineData("Biopsy of the thigh mass revealed a myxoid liposarcoma.", "The final pathology report described a 9 cm tumour excised with clear margins.", "liposarcoma")]
    public void AFarFinalReadingThatKeepsItLeavesIt(string biopsy, string final, string name) =>
        Assert.Contains(ClinicalRun.Run(biopsy + Between + final).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
}
