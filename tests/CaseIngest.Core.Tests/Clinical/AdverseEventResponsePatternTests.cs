namespace CaseIngest.Core.Tests.Clinical;

/// <summary>Pseudoprogression and hyperprogression are patterns of the tumour's response to a treatment, not toxicities.</summary>
public sealed class AdverseEventResponsePatternTests
{
    [Theory]
    [InlineData("He received ipilimumab. Imaging at 12 weeks showed pseudoprogression, followed by a partial response.", "ipilimumab")]
    [InlineData("She received atezolizumab. Two weeks after the first dose, CT showed hyperprogression of the liver metastases.", "atezolizumab")]
    public void AResponsePatternIsNoAdverseEvent(string text, string drug) =>
        Assert.Empty(ClinicalRun.Run(text, drug).AdverseEvents);
}
