namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A cancer's spread told with "spread to" ("the tumour had spread to the liver and lungs", "the carcinoma had spread
/// to the regional lymph nodes") is a metastasis of each organ it reached, as "metastasized to" is; an infection or a rash
/// that spread, a spread denied, what a cancer usually does ("spreads to") and a spread after the disease progressed are none.
/// </summary>
public sealed class DiagnosisSpreadWordingTests
{
    [Theory]
    [InlineData("At diagnosis the tumour had already spread to the liver and both lungs.", new[] { "liver metastasis", "lung metastasis" })]
    [InlineData("A 59-year-old man had colon cancer. By the time of surgery it had spread to the peritoneum.", new[] { "peritoneal metastasis" })]
    [InlineData("Staging CT showed that the melanoma had spread into the left adrenal gland.", new[] { "adrenal metastasis" })]
    [InlineData("The carcinoma had spread to the regional lymph nodes.", new[] { "lymph node metastasis" })]
    [InlineData("The cancer had spread to her bones, which explained the back pain.", new[] { "bone metastasis" })]
    public void ACancerThatSpreadToAnOrganHasAMetastasisThere(string text, string[] names) =>
        Assert.Equal(names.Order(), ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).Where(n => n.EndsWith("metastasis", StringComparison.Ordinal)).Order());

    [Theory]
    [InlineData("The infection had spread to the lungs despite antibiotics.")]
    [InlineData("The tumour had not spread to the liver or the bones.")]
    [InlineData("There was no evidence of spread to the regional lymph nodes.")]
    [InlineData("Gastric cancer often spreads to the liver and peritoneum.")]
    [InlineData("The cellulitis spread to the skin of the thigh.")]
    [InlineData("After the second line the disease progressed and spread to the liver.")]
    [InlineData("A man with metastatic colon adenocarcinoma had a rash that had spread to his scalp and trunk.")]
    public void AnInfectionADeniedOrAGeneralSpreadIsNoMetastasis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith("metastasis", StringComparison.Ordinal));
}
