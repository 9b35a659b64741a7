namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A cycle told by its number may close its clause or its sentence: "after cycle 1, she …", "on day 9 of cycle 1." and
/// "was stopped at cycle 4." count the cycles a course reached as "after cycle 1 she" does. A first cycle followed by
/// no end of treatment is still no count.
/// </summary>
public sealed class DrugCycleNumberClosingClauseTests
{
    [Theory]
    [InlineData("She was started on gemcitabine and cisplatin. After cycle 1, she developed renal failure and chemotherapy was stopped.", "gemcitabine", 1)]
    [InlineData("She was started on gemcitabine and cisplatin. After cycle 1, she developed renal failure and chemotherapy was stopped.", "cisplatin", 1)]
    [InlineData("He was given docetaxel for his prostate cancer and died of neutropenic sepsis on day 9 of cycle 1.", "docetaxel", 1)]
    [InlineData("Because of a rising creatinine, pemetrexed was discontinued at cycle 4.", "pemetrexed", 4)]
    [InlineData("Carboplatin was stopped at cycle 5, and she went on to interval debulking.", "carboplatin", 5)]
    public void ACycleNumberClosingItsClauseCountsTheCyclesReached(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Docetaxel was started in May. After cycle 1, the dose was lowered because of neutropenia.", "docetaxel")]
    [InlineData("Weekly paclitaxel was given. On day 8 of cycle 1, her neutrophils were normal.", "paclitaxel")]
    public void AFirstCycleWithoutAnEndIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
