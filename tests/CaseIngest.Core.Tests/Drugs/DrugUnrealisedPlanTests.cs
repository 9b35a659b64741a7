namespace CaseIngest.Core.Tests.Drugs;

/// <summary>A plan that was never carried out ("planned but not given", "was never started", "never received") is not given.</summary>
public sealed class DrugUnrealisedPlanTests
{
    [Theory]
    [InlineData("Adjuvant gemcitabine was planned but not given because of poor performance status.", "gemcitabine")]
    [InlineData("Adjuvant temozolomide was never started because of thrombocytopenia.", "temozolomide")]
    [InlineData("She never received the planned capecitabine.", "capecitabine")]
    public void APlanNeverCarriedOutIsNotGiven(string text, string generic) =>
        Assert.Equal("not-given", DrugFacts.Single(text, generic).Status);
}
