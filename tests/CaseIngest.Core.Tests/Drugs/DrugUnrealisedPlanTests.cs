namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A plan that was never carried out ("planned but not given", "was never started", "never received", "was not initiated",
/// "could not be administered") and a drug avoided are not given.
/// </summary>
public sealed class DrugUnrealisedPlanTests
{
    [Theory]
    [InlineData("Adjuvant gemcitabine was planned but not given because of poor performance status.", "gemcitabine")]
    [InlineData("Adjuvant temozolomide was never started because of thrombocytopenia.", "temozolomide")]
    [InlineData("She never received the planned capecitabine.", "capecitabine")]
    [InlineData("Lenvatinib was not initiated owing to uncontrolled hypertension.", "lenvatinib")]
    [InlineData("Nivolumab could not be administered because of his poor general condition.", "nivolumab")]
    [InlineData("Bevacizumab was avoided because of the recent haemoptysis.", "bevacizumab")]
    public void APlanNeverCarriedOutIsNotGiven(string text, string generic) =>
        Assert.Equal("not-given", DrugFacts.Single(text, generic).Status);
}
