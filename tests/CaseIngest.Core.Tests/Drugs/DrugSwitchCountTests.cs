namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug stopped or replaced after a cycle or dose told by its ordinal ("After the fourth dose, cisplatin was replaced
/// by carboplatin"; "oxaliplatin was discontinued after the third cycle") received that many; a drug stopped after only
/// its first cycle received one. The drug that takes its place, or one added at that cycle, takes no count.
/// </summary>
public sealed class DrugSwitchCountTests
{
    [Theory]
    [InlineData("After the fourth dose, cisplatin was replaced by carboplatin.", "cisplatin", 4)]
    [InlineData("After three courses, docetaxel was switched to paclitaxel.", "docetaxel", 3)]
    [InlineData("Following the second infusion, trastuzumab was withdrawn.", "trastuzumab", 2)]
    [InlineData("After the 5th cycle, oxaliplatin was stopped because of neuropathy.", "oxaliplatin", 5)]
    [InlineData("Oxaliplatin was discontinued after the third cycle because of neuropathy.", "oxaliplatin", 3)]
    [InlineData("Cisplatin was replaced by carboplatin after the second cycle.", "cisplatin", 2)]
    [InlineData("Pembrolizumab was stopped after the first dose because of myocarditis.", "pembrolizumab", 1)]
    [InlineData("She received the first cycle of docetaxel, then docetaxel was discontinued because of a rash.", "docetaxel", 1)]
    public void ADrugStoppedOrReplacedAfterAnOrdinalCycleReceivedThatMany(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("After the fourth dose, cisplatin was replaced by carboplatin.", "carboplatin")]
    [InlineData("Cisplatin was replaced by carboplatin after the second cycle.", "carboplatin")]
    [InlineData("After the second cycle, bevacizumab was added.", "bevacizumab")]
    [InlineData("Bevacizumab was added after the second cycle.", "bevacizumab")]
    [InlineData("She received the first cycle of docetaxel without complications.", "docetaxel")]
    public void TheDrugThatTakesItsPlaceOrIsAddedTakesNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
