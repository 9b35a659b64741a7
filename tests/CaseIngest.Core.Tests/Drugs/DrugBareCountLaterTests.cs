namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count told later by a bare number, its noun left out, in a sentence that names no drug ("He completed six.", "She
/// went on to receive a further two.") counts the cycles of the anticancer drugs just stated; a further number adds to a
/// count told before it and states no total without one; a number with its own noun, a number of another kind of drug
/// and a decimal are no count.
/// </summary>
public sealed class DrugBareCountLaterTests
{
    [Theory]
    [InlineData("He was started on carboplatin and pemetrexed every three weeks. He completed six.", "pemetrexed", 6)]
    [InlineData("He was started on carboplatin and pemetrexed every three weeks. He completed six.", "carboplatin", 6)]
    [InlineData("She received two cycles of paclitaxel and carboplatin. She went on to receive a further two.", "paclitaxel", 4)]
    [InlineData("Gemcitabine was begun in March. The tumour shrank, and she was able to complete only four.", "gemcitabine", 4)]
    [InlineData("Three cycles of docetaxel were given. He received another 3, without delay.", "docetaxel", 6)]
    [InlineData("Oxaliplatin and capecitabine were given every three weeks; the CEA fell. He received eight.", "capecitabine", 8)]
    public void ABareCountLaterIsTheCyclesOfTheDrugsJustStated(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Paclitaxel was given every three weeks. After a pause, she received a further two.", "paclitaxel")]
    [InlineData("Cisplatin was given every three weeks. She received two units of packed red cells.", "cisplatin")]
    [InlineData("Docetaxel was started in May. He received 2.5 litres of fluid.", "docetaxel")]
    [InlineData("Prednisolone was started in May. He completed six.", "prednisolone")]
    [InlineData("Etoposide was given in June. Her scans were reviewed. The effusion recurred. She later completed four.", "etoposide")]
    public void AFurtherCountWithoutATotalANumberWithItsOwnNounOrAnotherKindOfDrugIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
