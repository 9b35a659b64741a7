namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A dose of a drug held, withheld or omitted on a day of a cycle ("oxaliplatin was held on day 8 of cycle 3", "cisplatin
/// was omitted on C2D8") is a dose missed within a course that goes on: the drug was given, and the hold is no not-given
/// fact of its own. A hold with no day of a cycle, or of a drug never shown given, stays not-given.
/// </summary>
public sealed class DrugHeldWithinCourseTests
{
    [Theory]
    [InlineData("He was treated with FOLFOX; oxaliplatin was held on day 8 of cycle 3 because of neuropathy.", "oxaliplatin")]
    [InlineData("Gemcitabine and cisplatin were started in May. Cisplatin was withheld on day 8 of cycle 2 for a rising creatinine.", "cisplatin")]
    [InlineData("She received weekly paclitaxel. Paclitaxel was omitted on day 15 of cycle 4 owing to neutropenia.", "paclitaxel")]
    [InlineData("Carboplatin and gemcitabine were given every 3 weeks. Gemcitabine was held on C2D8 because of thrombocytopenia.", "gemcitabine")]
    public void ADoseHeldOnADayOfACycleLeavesTheDrugGiven(string text, string generic)
    {
        var drugs = DrugFacts.Of(text);
        Assert.DoesNotContain(drugs, d => d.Name == generic && d.Status == "not-given");
        Assert.Contains(drugs, d => d.Name == generic && d.Status == "given");
    }

    [Theory]
    [InlineData("Carboplatin was given for three cycles. Bevacizumab was withheld because of the hemoptysis.", "bevacizumab")]
    [InlineData("Cisplatin was withheld on the second day of admission because of the creatinine.", "cisplatin")]
    [InlineData("Docetaxel was not given on day 1 of cycle 1 because of the jaundice.", "docetaxel")]
    public void AHoldWithNoDayOfACycleOrOfADrugNeverGivenStaysNotGiven(string text, string generic) =>
        Assert.Contains(DrugFacts.Of(text), d => d.Name == generic && d.Status == "not-given");
}
