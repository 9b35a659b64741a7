namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Metastases told by the older word "secondaries" ("hepatic secondaries", "secondary deposits in the liver",
/// "secondary bone deposits") are a metastasis of each organ named; "secondary to" and a secondary condition of an
/// organ ("secondary adrenal insufficiency") name none, and denied secondaries are none.
/// </summary>
public sealed class DiagnosisSecondariesTests
{
    [Theory]
    [InlineData("Ultrasound of the abdomen showed multiple hepatic secondaries.", new[] { "liver metastasis" })]
    [InlineData("CT of the chest showed secondary deposits in both lungs.", new[] { "lung metastasis" })]
    [InlineData("A bone scan demonstrated skeletal secondaries in the pelvis and ribs.", new[] { "bone metastasis" })]
    [InlineData("MRI showed cerebral and adrenal secondaries from the bronchial primary.", new[] { "brain metastasis", "adrenal metastasis" })]
    [InlineData("Staging revealed secondary liver deposits measuring up to 3 cm.", new[] { "liver metastasis" })]
    [InlineData("She was found to have secondaries to the liver at presentation.", new[] { "liver metastasis" })]
    public void SecondariesOfAnOrganAreAMetastasisThere(string text, string[] names) =>
        Assert.Equal(names.Order(), ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).Where(n => n.EndsWith("metastasis", StringComparison.Ordinal)).Order());

    [Theory]
    [InlineData("There was no evidence of hepatic secondaries on CT.")]
    [InlineData("Jaundice secondary to the liver failure was noted.")]
    [InlineData("He had secondary adrenal insufficiency after steroid withdrawal.")]
    [InlineData("The lung nodules were suspicious for secondaries.")]
    public void DeniedOrOtherSecondaryWordingIsNoMetastasis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith("metastasis", StringComparison.Ordinal));
}
