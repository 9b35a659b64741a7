namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count of cycles told before drugs listed together and stopped under one plural verb ("After four cycles, the
/// carboplatin and pemetrexed were stopped") is the count of every drug of the list, not only of the last; a drug with a
/// count of its own keeps it, and a drug stopped alone gives its count to no drug of another clause or list.
/// </summary>
public sealed class DrugStoppedListCountTests
{
    [Theory]
    [InlineData("After four cycles, the carboplatin and pemetrexed were stopped because of renal impairment.", "carboplatin", 4)]
    [InlineData("After four cycles, the carboplatin and pemetrexed were stopped because of renal impairment.", "pemetrexed", 4)]
    [InlineData("Following six courses, cisplatin, etoposide and atezolizumab were discontinued.", "cisplatin", 6)]
    [InlineData("Following six courses, cisplatin, etoposide and atezolizumab were discontinued.", "etoposide", 6)]
    [InlineData("After the third cycle, gemcitabine and nab-paclitaxel were stopped for fatigue.", "gemcitabine", 3)]
    public void ACountBeforeDrugsStoppedTogetherIsTheCountOfEach(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She received carboplatin and bevacizumab; after four cycles, bevacizumab was stopped.", "carboplatin")]
    [InlineData("Dexamethasone and ondansetron were given with each cycle; after four cycles, pemetrexed was stopped.", "ondansetron")]
    public void ADrugNotUnderThePluralVerbTakesNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
