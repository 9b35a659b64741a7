namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A course told over several sentences keeps one count: more cycles of a course named again add to the cycles counted
/// before, cycles "of the same regimen" add to the course already counted, a count in brackets or after the cycles closes
/// the statement of its drugs, and a count of doses in a clause that ends before the next drug is named counts the drug
/// before it.
/// </summary>
public sealed class DrugCourseContinuationTests
{
    [Theory]
    [InlineData("He was started on ABVD every 2 weeks. After two cycles, PET-CT showed a complete metabolic response, and four more cycles of ABVD were given.", "doxorubicin", 6)]
    [InlineData("She received three cycles of FOLFOX. CT showed stable disease. An additional three cycles of FOLFOX were then given.", "oxaliplatin", 6)]
    [InlineData("He was treated with gemcitabine and cisplatin. After 4 courses the tumour had shrunk, and 2 further courses of gemcitabine and cisplatin were given.", "cisplatin", 6)]
    [InlineData("He was treated with gemcitabine and cisplatin. After 4 courses the tumour had shrunk, and 2 further courses of gemcitabine and cisplatin were given.", "gemcitabine", 6)]
    [InlineData("Pembrolizumab 200 mg every 3 weeks was started. After 6 cycles the nodes had regressed. Another four cycles of pembrolizumab were given.", "pembrolizumab", 10)]
    public void MoreCyclesOfACourseNamedAgainAddToTheCyclesCountedBefore(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She was started on FOLFOX. Four more cycles of FOLFOX were given after a short break.", "oxaliplatin", 4)]
    [InlineData("He received two cycles of docetaxel. Four cycles of ABVD were then given.", "doxorubicin", 4)]
    [InlineData("He received two cycles of docetaxel. Four more cycles of ABVD were then given.", "docetaxel", 2)]
    public void MoreCyclesWithoutAnEarlierCountOfTheSameCourseStandAsTheyAre(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He received 4 cycles of FOLFOX before surgery. After the resection, another 8 cycles of FOLFOX were given.", "oxaliplatin", "4, 8")]
    [InlineData("She received three cycles of carboplatin and paclitaxel. Interval debulking surgery followed. She then received 3 cycles of the same regimen.", "carboplatin", "3")]
    public void CyclesAfterAnOperationToldInBetweenAreACourseOfTheirOwn(string text, string generic, string cycles) =>
        Assert.Equal(cycles, string.Join(", ", DrugFacts.Of(text).Where(d => d.Name == generic).Select(d => d.Cycles).Order()));

    [Theory]
    [InlineData("Carboplatin AUC 6 and paclitaxel 175 mg/m2 were started every 21 days. After three cycles, CT showed a partial response. She then received 3 cycles of the same regimen.", "paclitaxel", 6)]
    [InlineData("He received two cycles of cisplatin and etoposide. Treatment paused for a week in May. Two cycles of the same chemotherapy were given in June.", "etoposide", 4)]
    [InlineData("Carboplatin and pemetrexed were started. She received 4 cycles of the same regimen.", "pemetrexed", 4)]
    [InlineData("She received three cycles of carboplatin and paclitaxel. After 3 cycles of the same regimen, CT showed a partial response.", "carboplatin", 3)]
    public void CyclesOfTheSameRegimenAddToTheCourseAlreadyCounted(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Weekly carboplatin AUC 2 and paclitaxel 45 mg/m2 were given alongside radiotherapy (x6).", "carboplatin", 6)]
    [InlineData("Weekly carboplatin AUC 2 and paclitaxel 45 mg/m2 were given alongside radiotherapy (x6).", "paclitaxel", 6)]
    [InlineData("He was treated with bortezomib, lenalidomide and dexamethasone in 21-day cycles x4.", "lenalidomide", 4)]
    [InlineData("Docetaxel 75 mg/m2 was given every three weeks (× 5) before surgery.", "docetaxel", 5)]
    public void ACountInBracketsOrAfterTheCyclesCountsTheCourse(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("After cisplatin, the neutrophil count was 0.8 (x10^9/L).", "cisplatin")]
    [InlineData("Cisplatin was given every 3 weeks; the platelet count was 95 (x 10^9/L) before each cycle.", "cisplatin")]
    public void ALaboratoryUnitInBracketsIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Durvalumab 10 mg/kg every 2 weeks was started. He received three doses before a grade 2 pneumonitis; after prednisolone it resolved.", "durvalumab", 3)]
    [InlineData("Nivolumab 240 mg every 2 weeks was given. She completed four cycles; ipilimumab was not added because of her colitis.", "nivolumab", 4)]
    public void ACountInAClauseThatEndsBeforeTheNextDrugCountsTheDrugBefore(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Fact]
    public void ACountInTheClauseOfTheNextDrugIsNotTheDrugBefore() =>
        Assert.Null(DrugFacts.Single("Nivolumab 240 mg every 2 weeks was given. Four cycles of cabozantinib were given later.", "nivolumab").Cycles);
}
