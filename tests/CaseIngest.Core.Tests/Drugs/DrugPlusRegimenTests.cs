namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// "7+3" induction, written tight or spaced, is cytarabine with daunorubicin, or with idarubicin when the report names
/// it; the figures inside a longer sum or score, and the acronym without a regimen word, are no regimen.
/// </summary>
public sealed class DrugPlusRegimenTests
{
    [Theory]
    [InlineData("She received 7+3 induction chemotherapy.", "cytarabine,daunorubicin")]
    [InlineData("Induction with 7 + 3 was started on day 2 of admission.", "cytarabine,daunorubicin")]
    [InlineData("He was treated with the 7+3 regimen, with idarubicin as the anthracycline.", "cytarabine,idarubicin")]
    public void SevenPlusThreeGivesCytarabineAndAnAnthracycline(string text, string names) =>
        Assert.Equal(names.Split(','), DrugFacts.Of(text).Select(d => d.Name).Distinct().Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("The Gleason score was 7 (4+3) and the chemotherapy was deferred.")]
    [InlineData("The chemotherapy ward had 17+3 beds.")]
    [InlineData("The score was 7+3 points.")]
    public void FiguresThatOnlyHoldTheSumAreNoRegimen(string text) =>
        Assert.Empty(DrugFacts.Of(text));
}
