namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Counts told as a total or a number ("the total number of cycles was 6", "(total, 14 doses)", "; total 6 cycles"),
/// after a schedule ("every 3 weeks x 6"), and before a colon or a relative clause that leads to the drugs ("four cycles of
/// chemotherapy: docetaxel, …"; "6 cycles of chemotherapy, which was composed of …").
/// </summary>
public sealed class DrugCountTotalWordingTests
{
    [Theory]
    [InlineData("Irinotecan was given, and the total number of cycles was 7.", "irinotecan", 7)]
    [InlineData("Oxaliplatin was given. The number of courses was five.", "oxaliplatin", 5)]
    [InlineData("He was treated with atezolizumab (total, 9 doses).", "atezolizumab", 9)]
    [InlineData("He was treated with cemiplimab (number of doses: 11).", "cemiplimab", 11)]
    [InlineData("She received vinorelbine; total 6 cycles.", "vinorelbine", 6)]
    [InlineData("Capecitabine was prescribed; in total, 8 cycles.", "capecitabine", 8)]
    [InlineData("Eribulin was given every 3 weeks; the total number of doses was 10.", "eribulin", 10)]
    public void ACountToldAsATotalOrANumberIsTheCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Treatment: carboplatin AUC 6 and docetaxel 75 mg/m2 every 3 weeks x 6.", "docetaxel", 6)]
    [InlineData("Treatment: carboplatin AUC 6 and docetaxel 75 mg/m2 every 3 weeks x 6.", "carboplatin", 6)]
    [InlineData("Cetuximab 250 mg/m2 every 2 weeks × 8 was given.", "cetuximab", 8)]
    public void AMultiplierAfterAScheduleIsTheCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She was treated with three cycles of adjuvant chemotherapy: epirubicin, cyclophosphamide and fluorouracil.", "epirubicin", 3)]
    [InlineData("She was treated with three cycles of adjuvant chemotherapy: epirubicin, cyclophosphamide and fluorouracil.", "fluorouracil", 3)]
    [InlineData("He was treated with 4 cycles of chemotherapy, which was composed of pemetrexed and carboplatin.", "pemetrexed", 4)]
    [InlineData("He was treated with 4 cycles of chemotherapy, which was composed of pemetrexed and carboplatin.", "carboplatin", 4)]
    public void ACountBeforeAColonOrARelativeClauseIsTheCountOfTheDrugsAfter(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Imatinib was started; the total number of lesions was 6.", "imatinib")]
    [InlineData("Zoledronic acid was given every 4 weeks x 6 months.", "zoledronic acid")]
    [InlineData("Two cycles of chemotherapy were planned: nivolumab was given first.", "nivolumab")]
    [InlineData("Prednisone was started. After the third week, the rash had faded.", "prednisone")]
    [InlineData("Gemcitabine was started. After the second cycle of radiotherapy, the pain eased.", "gemcitabine")]
    public void OtherTotalsSchedulesAndOrdinalsAreNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
