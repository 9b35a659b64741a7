using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A refusal after a contrast speaks of the drug given before it only when that drug was put forward: "She received
/// carboplatin but refused paclitaxel" gives carboplatin and not paclitaxel, while "was offered X but declined" leaves X
/// not given.
/// </summary>
public sealed class DrugGivenThenRefusedTests
{
    [Theory]
    [InlineData("She received carboplatin but refused paclitaxel.", "carboplatin", "paclitaxel")]
    [InlineData("He was treated with gemcitabine, but declined cisplatin.", "gemcitabine", "cisplatin")]
    [InlineData("She took letrozole but refused palbociclib.", "letrozole", "palbociclib")]
    [InlineData("He received adjuvant capecitabine, but refused oxaliplatin because of the neuropathy it may cause.", "capecitabine", "oxaliplatin")]
    public void TheDrugReceivedIsGivenAndTheOneRefusedIsNot(string text, string given, string refused)
    {
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, given).Status);
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, refused).Status);
    }

    [Theory]
    [InlineData("She was offered pembrolizumab but declined.", "pembrolizumab")]
    [InlineData("Nivolumab was offered, but the patient declined.", "nivolumab")]
    public void ADrugOfferedAndDeclinedStaysNotGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, generic).Status);
}
