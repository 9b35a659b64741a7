namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// What a biopsy, an aspirate or a first diagnosis read is no diagnosis when one of the next sentences gives the final
/// examination naming another tumour; a final reading that names the same tumour again or no tumour of its own keeps it,
/// and a metastasis stays whatever the primary's histology.
/// </summary>
public sealed class DiagnosisFinalReadingTests
{
    [Theory]
    [InlineData("Endoscopic ultrasound-guided biopsy revealed a well-differentiated neuroendocrine tumour. The mass was removed through a thoracotomy. The final histological examination showed an ectopic parathyroid adenoma.", "neuroendocrine")]
    [InlineData("Core needle biopsy suggested a fibroadenoma. A wide excision followed. The final pathological diagnosis was a phyllodes tumour of borderline grade.", "fibroadenoma")]
    [InlineData("A diagnosis of pleomorphic adenoma was made on cytology. The final histopathological diagnosis after parotidectomy was a low-grade mucoepidermoid carcinoma.", "pleomorphic adenoma")]
    public void AnEarlierReadingTheFinalExaminationReplacesIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("A diagnosis of pleomorphic adenoma was made on cytology. The final histopathological diagnosis after parotidectomy was a low-grade mucoepidermoid carcinoma.", "mucoepidermoid carcinoma")]
    [InlineData("Biopsy of the lung mass revealed an adenocarcinoma. The final pathological diagnosis after lobectomy was an invasive lung adenocarcinoma.", "adenocarcinoma")]
    [InlineData("Core biopsy showed an invasive ductal carcinoma. The final pathology report after mastectomy described a 2.3 cm tumour with clear margins.", "ductal carcinoma")]
    [InlineData("Biopsy of the liver revealed multiple liver metastases. The final histological examination of the primary showed a colonic adenocarcinoma.", "liver metastasis")]
    public void TheFinalReadingAndAReadingItKeepsStand(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
}
