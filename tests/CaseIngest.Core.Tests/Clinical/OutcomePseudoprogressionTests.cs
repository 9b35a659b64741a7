namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Growth the sentence names pseudoprogression ("initial enlargement of the tumour was interpreted as pseudoprogression")
/// is no progressive disease; growth set against it as true progression is.
/// </summary>
public sealed class OutcomePseudoprogressionTests
{
    [Theory]
    [InlineData("A 69-year-old man with lung cancer received nivolumab. Initial enlargement of the tumour was interpreted as pseudoprogression.", "nivolumab")]
    [InlineData("A 61-year-old woman with melanoma received pembrolizumab. The CT after three doses showed an increase in the size of the liver metastases, consistent with pseudo-progression, and treatment was continued.", "pembrolizumab")]
    [InlineData("A 58-year-old man with renal cell carcinoma received nivolumab. The lung nodules grew at week 8, which was judged to be pseudoprogression.", "nivolumab")]
    [InlineData("A 55-year-old woman with melanoma received ipilimumab. Disease progression on the first scan was later recognised as pseudo-progression.", "ipilimumab")]
    public void GrowthToldAsPseudoprogressionIsNoProgression(string text, string drugs) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drugs.Split(',')).Outcomes, o => o.Kind == "progressive-disease");

    [Theory]
    [InlineData("A 64-year-old man with lung cancer received pembrolizumab. Further enlargement of the tumour at week 12 was true progression rather than pseudoprogression.", "pembrolizumab")]
    [InlineData("A 60-year-old woman with melanoma received nivolumab. The liver metastases increased in size, and the disease progressed.", "nivolumab")]
    public void GrowthSetAgainstPseudoprogressionIsProgression(string text, string drugs) =>
        Assert.Contains(ClinicalRun.Run(text, drugs.Split(',')).Outcomes, o => o.Kind == "progressive-disease");
}
