namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Counts of administrations told as doses, infusions, pulses or ordinal events, counts of cycles of a regimen that names its
/// drugs after the count, and courses told in a sentence of their own.
/// </summary>
public sealed class DrugCourseCountTests
{
    [Theory]
    [InlineData("She received four doses of pembrolizumab before the rash appeared.", "pembrolizumab", 4)]
    [InlineData("Fever began after 2 infusions of rituximab.", "rituximab", 2)]
    [InlineData("Nivolumab was started, and ten days after the third infusion he developed colitis.", "nivolumab", 3)]
    [InlineData("He was treated with ipilimumab and presented with diarrhoea 2 weeks after the second dose.", "ipilimumab", 2)]
    [InlineData("Cyclophosphamide was given at 750 mg/m2 every 4 weeks for the first 6 pulses.", "cyclophosphamide", 6)]
    [InlineData("She received intravenous cyclophosphamide (500 mg every 2 weeks for the first six doses) with prednisone.", "cyclophosphamide", 6)]
    [InlineData("Six pulses of cyclophosphamide were given before the flare settled.", "cyclophosphamide", 6)]
    public void DosesAndInfusionsCountedOrReachedAreCycles(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("Rituximab 375 mg/m2 was given weekly for four weeks.", "rituximab", 4)]
    [InlineData("She received rituximab once weekly for 4 consecutive weeks.", "rituximab", 4)]
    public void WeeklyDosesOverACountOfWeeksAreThatManyCycles(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void DailyDosesOverACountOfWeeksAreNoCycles() =>
        Assert.Null(DrugFacts.Single("Prednisone 40 mg daily for four weeks was given.", "prednisone").Cycles);

    [Theory]
    [InlineData("She received six cycles of chemotherapy consisting of docetaxel and cyclophosphamide.", "cyclophosphamide", 6)]
    [InlineData("He was given four cycles of first-line systemic chemotherapy, which comprised etoposide combined with carboplatin.", "etoposide", 4)]
    public void CyclesOfARegimenCountForTheDrugsItIsSaidToComprise(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("Gemcitabine and cisplatin were started. Four cycles were given before surgery.", "cisplatin", 4)]
    [InlineData("He was started on FOLFOX. A total of 12 cycles were administered.", "oxaliplatin", 12)]
    [InlineData("She received carboplatin and paclitaxel. She completed six cycles in March.", "paclitaxel", 6)]
    public void CyclesGivenInTheNextSentenceCountForTheDrugsJustNamed(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void CyclesOfChemotherapyReachBackPastOtherDrugsToTheAnticancerDrugs()
    {
        var drugs = DrugFacts.Of("Docetaxel and cisplatin were started in May. A CT scan was arranged. The tumour board met. "
            + "Ondansetron was given for nausea. In July, after three cycles of chemotherapy, the liver lesions had grown.");
        Assert.Equal(3, drugs.Single(d => d.Name == "docetaxel").Cycles);
        Assert.Null(drugs.Single(d => d.Name == "ondansetron").Cycles);
    }

    [Fact]
    public void CyclesOfChemotherapyReachAnAnticancerStatementSeveralSentencesBack()
    {
        var drugs = DrugFacts.Of("Docetaxel and cisplatin were started in May. A CT scan was arranged. The tumour board met. "
            + "A biopsy of the liver was planned. In July, after three cycles of chemotherapy, the liver lesions had grown.");
        Assert.All(drugs, d => Assert.Equal(3, d.Cycles));
    }

    [Theory]
    [InlineData("He received carboplatin and paclitaxel. The regimen was given every 3 weeks for 4 cycles.", "paclitaxel", 4)]
    [InlineData("Treatment with irinotecan was begun. It was infused every two weeks for six cycles.", "irinotecan", 6)]
    public void ACourseSentenceGivesItsCyclesToTheDrugsJustNamed(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("She was treated with gemcitabine and docetaxel. Both drugs were administered intravenously on day 1.", "docetaxel", "intravenous")]
    [InlineData("Treatment with irinotecan was begun. It was infused every two weeks for six cycles.", "irinotecan", "intravenous")]
    public void ACourseSentenceGivesItsRouteToTheDrugsJustNamed(string text, string generic, string route)
    {
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
    }

    [Fact]
    public void TheseWereGivenEveryThreeWeeksIsTheFrequencyOfTheDrugsJustNamed()
    {
        var drugs = DrugFacts.Of("Cisplatin and etoposide were chosen. These were given every 21 days.");
        Assert.All(drugs, d => Assert.Equal(new CaseIngest.Core.Model.Frequency(21, "day"), d.Frequency));
    }
}
