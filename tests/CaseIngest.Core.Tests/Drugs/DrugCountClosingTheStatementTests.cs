namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count told after the drugs in the same sentence: a bare number in a clause after a semicolon that names no drug
/// ("…were given every three weeks; she completed four.") counts their cycles, and the part of a planned course received
/// ("he was given rituximab, receiving three of the six intended courses") is the part, not the plan. A number with its own noun
/// after the semicolon ("she received 2 units of blood"), or an age, is no count.
/// </summary>
public sealed class DrugCountClosingTheStatementTests
{
    [Theory]
    [InlineData("Paclitaxel and carboplatin were given every three weeks; she completed four.", "paclitaxel", 4)]
    [InlineData("Paclitaxel and carboplatin were given every three weeks; she completed four.", "carboplatin", 4)]
    [InlineData("He was maintained on nivolumab every two weeks; he completed 12.", "nivolumab", 12)]
    [InlineData("Cisplatin and etoposide were repeated every 21 days; he received six, with a partial response.", "etoposide", 6)]
    [InlineData("For the MALT lymphoma he was given rituximab, receiving three of the six intended courses.", "rituximab", 3)]
    [InlineData("He was started on docetaxel, completing three of the six planned courses before progression.", "docetaxel", 3)]
    public void ACountClosingTheStatementOfItsDrugsIsTheirCycles(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Cisplatin was given every three weeks; she received 2 units of blood.", "cisplatin")]
    [InlineData("Weekly paclitaxel was started; she was 54.", "paclitaxel")]
    [InlineData("Docetaxel was given every three weeks; her daughter completed the questionnaire.", "docetaxel")]
    public void ANumberWithItsOwnNounIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
