using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>A dose sentence that does not name the drug belongs to the one drug the sentence before it names.</summary>
public sealed class DrugDoseSentenceTests
{
    [Fact]
    public void ADoseSentenceWithoutADrugGoesToTheDrugOfThePreviousSentence()
    {
        const string text = "Pembrolizumab was initiated in March. He received 200 mg intravenously every 3 weeks.";
        var fact = DrugFacts.Single(text, "pembrolizumab");
        Assert.Equal(new Dose(200, "mg"), fact.Dose);
        Assert.Equal(new Frequency(3, "week"), fact.Frequency);
    }

    [Fact]
    public void ADoseSentenceAfterTwoDrugsGoesToNeither()
    {
        const string text = "Carboplatin and paclitaxel were started. She received 200 mg intravenously every 3 weeks.";
        Assert.Null(DrugFacts.Single(text, "carboplatin").Dose);
        Assert.Null(DrugFacts.Single(text, "paclitaxel").Dose);
    }
}
