namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A frequency word that counts other care ("monthly skin exams", "weekly blood tests", "monthly follow-up visits") is
/// not the schedule of a drug in the sentence; one that qualifies the drug is.
/// </summary>
public sealed class DrugFrequencyOfOtherCareTests
{
    [Theory]
    [InlineData("He stopped mercaptopurine and began adalimumab, and continued to have monthly skin exams.", "adalimumab")]
    [InlineData("She remained on tamoxifen with weekly blood tests at the local clinic.", "tamoxifen")]
    [InlineData("He was kept on imatinib and monthly follow-up visits were arranged.", "imatinib")]
    public void AFrequencyOfOtherCareIsNotTheDrugs(string text, string drug) =>
        Assert.Null(Assert.Single(DrugFacts.Of(text), d => d.Name == drug).Frequency);

    [Theory]
    [InlineData("Octreotide LAR 30 mg was given monthly.", "octreotide", 1, "month")]
    [InlineData("She took tamoxifen 20 mg daily with monthly blood tests.", "tamoxifen", 1, "day")]
    public void AFrequencyOfTheDrugStays(string text, string drug, double every, string unit)
    {
        var frequency = Assert.Single(DrugFacts.Of(text), d => d.Name == drug).Frequency;
        Assert.NotNull(frequency);
        Assert.Equal((every, unit), (frequency.Every, frequency.Unit));
    }
}
