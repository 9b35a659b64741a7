namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug given once received one cycle ("was administered once, after which ..."), and one session of chemotherapy
/// is a count of one as several sessions are; "once daily", "once a week" or "once every 3 weeks" is a frequency, and
/// "once" opening a clause of time no count.
/// </summary>
public sealed class DrugOnceAndSessionCountTests
{
    [Theory]
    [InlineData("Zoledronic acid was given once, and the calcium level normalised.", "zoledronic acid", 1)]
    [InlineData("Ipilimumab was administered only once because of severe colitis.", "ipilimumab", 1)]
    [InlineData("Bleomycin was instilled once into the pleural cavity.", "bleomycin", 1)]
    [InlineData("She underwent one session of chemotherapy with paclitaxel and carboplatin.", "paclitaxel", 1)]
    [InlineData("He received two sessions of chemotherapy with gemcitabine.", "gemcitabine", 2)]
    public void AOnceOrOneSessionIsACountOfOne(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Apixaban was given once daily.", "apixaban")]
    [InlineData("Denosumab was administered once every 4 weeks.", "denosumab")]
    [InlineData("Methotrexate was given once a week.", "methotrexate")]
    [InlineData("Cisplatin was administered once the creatinine had normalised.", "cisplatin")]
    [InlineData("Trastuzumab was given once more after the echocardiogram.", "trastuzumab")]
    public void OnceAsAFrequencyOrAClauseOfTimeIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
