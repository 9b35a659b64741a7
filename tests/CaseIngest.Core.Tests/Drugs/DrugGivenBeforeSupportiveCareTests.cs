namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug received before best supportive care or hospice care was chosen ("She received a single cycle of docetaxel
/// before best supportive care was chosen") was given: the choice that follows ends the course, it does not deny it. A
/// drug set aside for supportive care stays not given.
/// </summary>
public sealed class DrugGivenBeforeSupportiveCareTests
{
    [Theory]
    [InlineData("She received a single cycle of docetaxel before best supportive care was chosen.", "docetaxel", 1)]
    [InlineData("He was given two cycles of gemcitabine before he chose best supportive care.", "gemcitabine", 2)]
    [InlineData("He received one cycle of gemcitabine before hospice care was arranged.", "gemcitabine", 1)]
    [InlineData("She was given three cycles of docetaxel before she chose best supportive care.", "docetaxel", 3)]
    [InlineData("She completed one cycle of pemetrexed, after which best supportive care was chosen.", "pemetrexed", 1)]
    public void ADrugReceivedBeforeSupportiveCareWasChosenWasGiven(string text, string generic, int cycles)
    {
        var drug = DrugFacts.Single(text, generic);
        Assert.Equal(("given", (int?)cycles), (drug.Status, drug.Cycles));
    }

    [Theory]
    [InlineData("Docetaxel was offered, but she chose best supportive care.", "docetaxel")]
    [InlineData("Given his frailty, gemcitabine was not started and best supportive care was chosen.", "gemcitabine")]
    [InlineData("Instead of second-line docetaxel, the patient opted for best supportive care.", "docetaxel")]
    public void ADrugSetAsideForSupportiveCareIsNotGiven(string text, string generic) =>
        Assert.NotEqual("given", DrugFacts.Single(text, generic).Status);
}
