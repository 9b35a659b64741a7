namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Counts told in less usual words: a count of chemotherapy "performed with" its drug, a multiplier after a regimen
/// named with its kind of therapy ("pemetrexed/bevacizumab chemotherapy × 4") or at the end of a flattened schedule line,
/// series of a drug, a single dose or infusion, the cycle a drug was continued until, and a count left out after a first
/// one ("… for two courses and then cisplatin for three").
/// </summary>
public sealed class DrugCountWordingVariantTests
{
    [Theory]
    [InlineData("3 cycles of chemotherapy were performed with docetaxel.", "docetaxel", 3)]
    [InlineData("Four courses of chemotherapy were conducted with carboplatin and etoposide.", "etoposide", 4)]
    [InlineData("Two cycles of adjuvant chemotherapy were carried out with capecitabine.", "capecitabine", 2)]
    public void ACountOfChemotherapyPerformedWithADrugIsItsCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He received carboplatin/pemetrexed chemotherapy × 6.", "pemetrexed", 6)]
    [InlineData("She was treated with gemcitabine/nab-paclitaxel therapy x4 and then observed.", "gemcitabine", 4)]
    [InlineData("Cisplatin 75 mg/m2 + pemetrexed 500 mg/m2 (day 1), 21-day cycle, x6.", "cisplatin", 6)]
    [InlineData("Cisplatin 75 mg/m2 + pemetrexed 500 mg/m2 (day 1), 21-day cycle, x6.", "pemetrexed", 6)]
    public void AMultiplierAfterARegimenAndItsKindOfTherapyOrAtTheEndOfItsScheduleIsItsCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He received 4 series of methotrexate.", "methotrexate", 4)]
    [InlineData("Three series of intravenous cyclophosphamide were given.", "cyclophosphamide", 3)]
    public void SeriesOfADrugAreCycles(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She received one dose of nivolumab.", "nivolumab", 1)]
    [InlineData("He was given only one dose of ipilimumab before the colitis.", "ipilimumab", 1)]
    [InlineData("A single infusion of tocilizumab was given.", "tocilizumab", 1)]
    [InlineData("He received 1 dose of durvalumab.", "durvalumab", 1)]
    public void ASingleDoseOrInfusionIsOneCycle(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Oxaliplatin was continued until the fifth cycle.", "oxaliplatin", 5)]
    [InlineData("Docetaxel was administered up to cycle 8.", "docetaxel", 8)]
    [InlineData("Gemcitabine was given until cycle 6, when the disease progressed.", "gemcitabine", 6)]
    public void TheCycleADrugWasContinuedUntilIsItsCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Paclitaxel was given for four courses and then carboplatin for two.", "carboplatin", 2)]
    [InlineData("Paclitaxel was given for four courses and then carboplatin for two.", "paclitaxel", 4)]
    [InlineData("She received doxorubicin for 4 cycles, followed by docetaxel for 4.", "docetaxel", 4)]
    public void ACountLeftOutAfterAFirstCountIsTheCountOfItsDrug(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He received a loading dose of trastuzumab.", "trastuzumab")]
    [InlineData("A series of blood cultures grew Escherichia coli, and ceftriaxone was given.", "ceftriaxone")]
    [InlineData("Bevacizumab was added from cycle 3 onwards.", "bevacizumab")]
    [InlineData("Prednisone was given for 5 days and then dexamethasone for two.", "dexamethasone")]
    [InlineData("Lymph nodes measured 3 x 4 cm, and docetaxel was given.", "docetaxel")]
    public void OtherSeriesDosesAndNumbersAreNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
