namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count told after the schedule with its noun left out ("every 3 weeks for a total of 6.", "R-CHOP for a total of
/// six") and a range of cycles after the drugs ("were given for cycles 1-4", "in cycles 1 to 6") are the drug's cycles;
/// a total of months or years and the days of a cycle are not.
/// </summary>
public sealed class DrugCountWithoutNounTests
{
    [Theory]
    [InlineData("Gemcitabine was given every 3 weeks for a total of 6.", "gemcitabine", 6)]
    [InlineData("He was treated with R-CHOP for a total of six.", "rituximab", 6)]
    [InlineData("Docetaxel 75 mg/m2 was given every three weeks for a total of 4, and the PSA then fell.", "docetaxel", 4)]
    [InlineData("Cisplatin and etoposide were given for cycles 1-4.", "etoposide", 4)]
    [InlineData("Pemetrexed was given in cycles 1 to 6 without delay.", "pemetrexed", 6)]
    public void ACountWithoutItsNounOrARangeOfCyclesIsTheDrugsCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Tamoxifen was given for a total of 5 years.", "tamoxifen")]
    [InlineData("Pembrolizumab was given for a total of 6 months.", "pembrolizumab")]
    [InlineData("Capecitabine was given on days 1-14 of each cycle.", "capecitabine")]
    [InlineData("Bevacizumab was given for a total of 6.5 months.", "bevacizumab")]
    public void ATotalOfTimeOrTheDaysOfACycleIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
