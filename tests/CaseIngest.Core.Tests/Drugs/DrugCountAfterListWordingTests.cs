namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Counts told in wordings after the drug or its list: the cycle a drug was stopped at ("was stopped at cycle 4"), the
/// part of a planned course given ("she completed 4 of 6 planned cycles"), a running total ("totalling eight doses",
/// "of which he received 12 doses"), the cycles listed in a bracket ("(cycles 1-6)"), and the part of a counted course a
/// drug was added to ("six cycles of X and Y, the last two with Z"). A drug put in the place of a stopped one takes no
/// count.
/// </summary>
public sealed class DrugCountAfterListWordingTests
{
    [Theory]
    [InlineData("Docetaxel was stopped at cycle 4 because of neuropathy.", "docetaxel", 4)]
    [InlineData("Oxaliplatin was discontinued at the third cycle owing to an allergic reaction.", "oxaliplatin", 3)]
    [InlineData("Cetuximab was replaced by panitumumab after the second dose because of an infusion reaction.", "cetuximab", 2)]
    [InlineData("He was treated with gemcitabine and cisplatin; he completed 4 of 6 planned cycles.", "gemcitabine", 4)]
    [InlineData("She received carboplatin and pemetrexed. She received only three of the six planned courses because of fatigue.", "pemetrexed", 3)]
    [InlineData("He was treated with nivolumab, of which he received 12 doses.", "nivolumab", 12)]
    [InlineData("She received vincristine weekly, totalling eight doses.", "vincristine", 8)]
    [InlineData("Pembrolizumab was given every three weeks, totaling 10 infusions.", "pembrolizumab", 10)]
    [InlineData("She received doxorubicin (cycles 1-6) and then ifosfamide.", "doxorubicin", 6)]
    [InlineData("He received FOLFOX (C1–C4) before the operation.", "oxaliplatin", 4)]
    [InlineData("She received six cycles of carboplatin and paclitaxel, the last two with bevacizumab.", "bevacizumab", 2)]
    [InlineData("She received six cycles of carboplatin and paclitaxel, the last two with bevacizumab.", "carboplatin", 6)]
    [InlineData("He received four courses of FOLFOX, the last three in combination with cetuximab.", "cetuximab", 3)]
    public void ACountToldInTheseWordingsIsRead(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Cetuximab was replaced by panitumumab after the second dose because of an infusion reaction.", "panitumumab")]
    [InlineData("Paclitaxel was switched to docetaxel after the third infusion.", "docetaxel")]
    [InlineData("Cisplatin was replaced by carboplatin at cycle 3.", "carboplatin")]
    [InlineData("He was treated with gemcitabine and cisplatin; 6 cycles were planned.", "gemcitabine")]
    [InlineData("She received dexamethasone, totalling 40 mg.", "dexamethasone")]
    [InlineData("She received doxorubicin (cycles 3-6) after the operation.", "doxorubicin")]
    [InlineData("She received carboplatin and paclitaxel, the last two with bevacizumab.", "bevacizumab")]
    [InlineData("He was given prednisone for six weeks, the last two with azathioprine.", "azathioprine")]
    public void ADrugPutInThePlaceOfAnotherOrAWordingWithoutACountTakesNone(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
