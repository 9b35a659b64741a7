namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug told given in the passive ("Three courses of carboplatin were administered before she chose best supportive
/// care") was given as in the active form: the later choice ends the course, it does not deny it. A drug only offered or
/// recommended before the choice stays not given.
/// </summary>
public sealed class DrugPassiveGivenBeforeLaterChoiceTests
{
    [Theory]
    [InlineData("Three courses of carboplatin were administered before she chose best supportive care.", "carboplatin", 3)]
    [InlineData("Two cycles of gemcitabine were given before he opted for best supportive care.", "gemcitabine", 2)]
    [InlineData("Docetaxel was administered for four cycles before she chose best supportive care.", "docetaxel", 4)]
    [InlineData("One cycle of pemetrexed was completed before the patient preferred best supportive care.", "pemetrexed", 1)]
    public void ADrugGivenInThePassiveBeforeTheChoiceWasGiven(string text, string generic, int cycles)
    {
        var drug = DrugFacts.Single(text, generic);
        Assert.Equal(("given", (int?)cycles), (drug.Status, drug.Cycles));
    }

    [Theory]
    [InlineData("Docetaxel was offered before she chose best supportive care.", "docetaxel")]
    [InlineData("Gemcitabine was recommended, but he opted for best supportive care.", "gemcitabine")]
    [InlineData("Carboplatin was considered before she chose best supportive care.", "carboplatin")]
    public void ADrugOnlyOfferedBeforeTheChoiceIsNotGiven(string text, string generic) =>
        Assert.NotEqual("given", DrugFacts.Single(text, generic).Status);
}
