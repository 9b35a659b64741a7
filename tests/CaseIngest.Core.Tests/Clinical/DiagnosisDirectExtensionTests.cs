namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A nasopharyngeal or sinonasal cancer that spread to the skull base or the orbit grew there by direct extension: that
/// is its local extent, not a bone or an orbital metastasis. A cancer arising elsewhere that spread to the skull base did
/// metastasise there.
/// </summary>
public sealed class DiagnosisDirectExtensionTests
{
    [Theory]
    [InlineData("A 49-year-old man with nasopharyngeal carcinoma had an MRI which showed the tumour had spread to the skull base.", "bone metastasis")]
    [InlineData("A 57-year-old woman was diagnosed with squamous cell carcinoma of the maxillary sinus. The tumour had spread into the left orbit.", "orbital metastasis")]
    [InlineData("A 40-year-old man had an undifferentiated nasopharyngeal carcinoma, and the cancer had already spread to the skull base.", "bone metastasis")]
    public void SpreadNextToANasopharyngealOrSinonasalPrimaryIsNoMetastasis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Theory]
    [InlineData("A 63-year-old woman had breast cancer. Three years later the tumour had spread to the skull base.", "bone metastasis")]
    [InlineData("A 58-year-old man with prostate adenocarcinoma was found to have skull base metastases.", "bone metastasis")]
    [InlineData("A 44-year-old man with nasopharyngeal carcinoma was found to have liver metastases.", "liver metastasis")]
    public void SpreadFromAPrimaryElsewhereIsAMetastasis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
