namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Metastases told in words ("metastases to the liver and bones", "hepatic and osseous metastases", "spread to the
/// peritoneum", "peritoneal carcinomatosis") are one metastasis per organ; denied spread is none.
/// </summary>
public sealed class DiagnosisMetastasisWordingTests
{
    [Theory]
    [InlineData("CT showed metastases to the liver and bones.", new[] { "liver metastasis", "bone metastasis" })]
    [InlineData("Staging CT revealed hepatic and osseous metastases.", new[] { "liver metastasis", "bone metastasis" })]
    [InlineData("MRI of the head showed a solitary brain metastasis.", new[] { "brain metastasis" })]
    [InlineData("CT showed bilateral adrenal metastases.", new[] { "adrenal metastasis" })]
    [InlineData("Chest CT showed innumerable pulmonary metastases.", new[] { "lung metastasis" })]
    [InlineData("A bone scan showed widespread skeletal metastases.", new[] { "bone metastasis" })]
    [InlineData("By then the disease had metastasized to the liver and the lungs.", new[] { "liver metastasis", "lung metastasis" })]
    [InlineData("PET-CT demonstrated metastatic involvement of the liver.", new[] { "liver metastasis" })]
    public void EachOrganReachedIsAMetastasis(string text, string[] names) =>
        Assert.Equal(names.Order(), ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).Order());

    [Theory]
    [InlineData("Laparoscopy revealed peritoneal carcinomatosis.")]
    [InlineData("Cytology of the ascites confirmed peritoneal dissemination.")]
    [InlineData("Diagnostic laparoscopy showed extensive peritoneal metastases.")]
    public void SpreadOverThePeritoneumIsAPeritonealDiagnosis(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.StartsWith("peritoneal", StringComparison.Ordinal));

    [Theory]
    [InlineData("There was no evidence of peritoneal carcinomatosis.")]
    [InlineData("No metastases to the liver or bones were found.")]
    [InlineData("The tumour had not spread to the peritoneum.")]
    public void DeniedSpreadIsNone(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
