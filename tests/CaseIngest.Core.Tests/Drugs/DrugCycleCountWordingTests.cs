namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Counts of cycles in less usual wordings: doses, infusions or sessions counted before the drug, cycles of a stated
/// length ("two 21-day cycles", "12 weekly paclitaxel"), a route or kind of therapy between the count and the drug,
/// infusions or times counted after it, and a count told in the next sentence ("She tolerated all six cycles").
/// </summary>
public sealed class DrugCycleCountWordingTests
{
    [Theory]
    [InlineData("In total, fifteen infusions of infliximab were given.", "infliximab", 15)]
    [InlineData("He completed three of four planned doses of ipilimumab.", "ipilimumab", 3)]
    [InlineData("He underwent six sessions of intravenous ketamine.", "ketamine", 6)]
    [InlineData("Six sessions of chemotherapy with cisplatin and fluorouracil were given.", "cisplatin", 6)]
    [InlineData("Six sessions of chemotherapy with cisplatin and fluorouracil were given.", "fluorouracil", 6)]
    [InlineData("She received four doses of nivolumab before the colitis began.", "nivolumab", 4)]
    [InlineData("He received a total of 35 doses of pembrolizumab.", "pembrolizumab", 35)]
    public void DosesInfusionsOrSessionsCountedBeforeTheDrugAreCycles(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He received two 21-day cycles of capecitabine.", "capecitabine", 2)]
    [InlineData("Four 28-day cycles of lenalidomide and dexamethasone were given.", "lenalidomide", 4)]
    [InlineData("She then received 12 weekly paclitaxel.", "paclitaxel", 12)]
    [InlineData("He then received the 8th cycle of FOLFOX.", "oxaliplatin", 8)]
    [InlineData("After the fourth cycle of docetaxel, her nails darkened.", "docetaxel", 4)]
    public void CyclesOfAStatedLengthOrReachedByOrdinalAreCounted(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He received eight courses of intrathecal methotrexate.", "methotrexate", 8)]
    [InlineData("She received three courses of steroid pulse therapy with methylprednisolone.", "methylprednisolone", 3)]
    [InlineData("She received 2 courses of high-dose methotrexate.", "methotrexate", 2)]
    public void ARouteOrKindOfTherapyBetweenTheCountAndTheDrugKeepsTheCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He was given cetuximab in six weekly infusions.", "cetuximab", 6)]
    [InlineData("Rituximab was administered once a week, four times in total.", "rituximab", 4)]
    [InlineData("Infliximab was given in 3 infusions before the abscess formed.", "infliximab", 3)]
    [InlineData("Docetaxel was given over six cycles.", "docetaxel", 6)]
    [InlineData("Induction with cytarabine and daunorubicin (2 cycles) was followed by allogeneic transplantation.", "daunorubicin", 2)]
    public void InfusionsOrTimesCountedAfterTheDrugAreCycles(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She was treated with gemcitabine and cisplatin. She tolerated all six cycles well.", "cisplatin", 6)]
    [InlineData("Nab-paclitaxel and gemcitabine were given. She completed all four cycles without delay.", "gemcitabine", 4)]
    [InlineData("Nivolumab was started. After 8 doses, the scan showed a response.", "nivolumab", 8)]
    [InlineData("She was started on carboplatin and pemetrexed. Treatment was continued for six cycles.", "pemetrexed", 6)]
    public void ACountInTheNextSentenceGoesToTheDrugsJustNamed(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Radiotherapy of 60 Gy in 30 fractions was given with weekly cisplatin.", "cisplatin")]
    [InlineData("Cisplatin was given with radiotherapy in 30 sessions.", "cisplatin")]
    [InlineData("Valproate 1200 mg/day was given in two divided doses.", "valproic acid")]
    [InlineData("Ondansetron 8 mg was given three times a day.", "ondansetron")]
    [InlineData("She received docetaxel every 3 weeks; she had had four children.", "docetaxel")]
    [InlineData("Nivolumab was given; three months later, two lesions had grown.", "nivolumab")]
    [InlineData("He was started on paclitaxel; the CA-125 fell after four weeks.", "paclitaxel")]
    public void FractionsDivisionsOfADayAndOtherCountsAreNoCycles(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
