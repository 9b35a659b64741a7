namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A later cycle of a drug held, postponed or deferred ("the second cycle of docetaxel was withheld until the
/// neutrophils recovered", "cycle 3 of gemcitabine was deferred for a week", "the next course of paclitaxel was
/// postponed") tells a course already under way: the drug was given. The first cycle of a drug put off, or the drug itself
/// withheld, tells no dose given and stays not-given.
/// </summary>
public sealed class DrugLaterCycleHeldTests
{
    [Theory]
    [InlineData("The second cycle of docetaxel was withheld until the neutrophil count recovered.", "docetaxel")]
    [InlineData("The third course of carboplatin was postponed by a week because of thrombocytopenia.", "carboplatin")]
    [InlineData("Cycle 3 of gemcitabine was deferred for ten days owing to neutropenia.", "gemcitabine")]
    [InlineData("The next cycle of paclitaxel was withheld until the rash had settled.", "paclitaxel")]
    [InlineData("Her fourth cycle of cisplatin was postponed because of a rising creatinine.", "cisplatin")]
    public void ALaterCycleHeldLeavesTheDrugGiven(string text, string generic)
    {
        var drugs = DrugFacts.Of(text);
        Assert.DoesNotContain(drugs, d => d.Name == generic && d.Status == "not-given");
        Assert.Contains(drugs, d => d.Name == generic && d.Status == "given");
    }

    [Theory]
    [InlineData("The first cycle of docetaxel was postponed, and she was referred to hospice instead.", "docetaxel")]
    [InlineData("Docetaxel was withheld because of the neutropenia.", "docetaxel")]
    [InlineData("Adjuvant cisplatin was deferred because of her renal function.", "cisplatin")]
    public void AFirstCycleOrTheDrugItselfHeldStaysNotGiven(string text, string generic) =>
        Assert.Contains(DrugFacts.Of(text), d => d.Name == generic && d.Status == "not-given");
}
