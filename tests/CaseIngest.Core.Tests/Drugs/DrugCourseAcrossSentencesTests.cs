using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>A count, a schedule or a status of a course told apart from the sentence or clause that names its drug.</summary>
public sealed class DrugCourseAcrossSentencesTests
{
    private const string Lead = "Case presentation\nA 58-year-old woman had metastatic carcinoma. ";

    [Theory]
    [InlineData("She started weekly paclitaxel 80 mg/m2 with trastuzumab every 3 weeks. Paclitaxel was continued for 12 weeks.", "paclitaxel", 12)]
    [InlineData("Weekly gemcitabine 1000 mg/m2 was started in May. Gemcitabine was given for eight weeks before the next scan.", "gemcitabine", 8)]
    [InlineData("Docetaxel 30 mg/m2 weekly was begun for bone pain. Docetaxel was continued for six weeks, until the pain had settled.", "docetaxel", 6)]
    public void AWeeklyDrugContinuedForSomeWeeksInALaterSentenceHadThatManyDoses(string text, string generic, int cycles) =>
        Assert.Contains(DrugFacts.Of(Lead + text), d => d.Name == generic && d.Cycles == cycles);

    [Theory]
    [InlineData("Prednisolone 40 mg daily was started. Prednisolone was continued for 6 weeks and then tapered.", "prednisolone")]
    [InlineData("Weekly paclitaxel 80 mg/m2 was started. Paclitaxel was withheld for 2 weeks because of neutropenia.", "paclitaxel")]
    public void ADailyDrugContinuedForWeeksOrAWeeklyDrugWithheldForWeeksHasNoCount(string text, string generic) =>
        Assert.All(DrugFacts.Of(Lead + text).Where(d => d.Name == generic), d => Assert.Null(d.Cycles));

    [Theory]
    [InlineData("Pemetrexed alone was continued as maintenance on the same schedule. He has received nine maintenance cycles to date.", "pemetrexed", 9)]
    [InlineData("Maintenance capecitabine 1000 mg twice daily was then started. Six maintenance cycles were given before the disease progressed.", "capecitabine", 6)]
    [InlineData("Rituximab maintenance followed every 2 months. She completed twelve maintenance cycles without infection.", "rituximab", 12)]
    public void MaintenanceCyclesCountedInTheNextSentenceAreTheMaintenanceDrugsCycles(string text, string generic, int cycles) =>
        Assert.Contains(DrugFacts.Of(Lead + text), d => d.Name == generic && d.Cycles == cycles);

    [Theory]
    [InlineData("After the sixth cycle, CT showed no evidence of disease, and maintenance olaparib 300 mg twice daily was started.", "olaparib")]
    [InlineData("The scan showed no residual tumour, and letrozole 2.5 mg daily was begun.", "letrozole")]
    [InlineData("There were no signs of infection, and oral everolimus 10 mg was then commenced.", "everolimus")]
    public void ANegationInAnEarlierClauseDoesNotDenyADrugStartedInItsOwnClause(string text, string generic) =>
        Assert.Contains(DrugFacts.Of(Lead + text), d => d.Name == generic && d.Status == TreatmentStatus.Given);

    [Theory]
    [InlineData("Her fever had settled, and no ceftriaxone was started.", "ceftriaxone")]
    [InlineData("There was no evidence of infection, and vancomycin was not started.", "vancomycin")]
    [InlineData("The culture grew no fungi, and no fluconazole was given.", "fluconazole")]
    public void ADrugNegatedInItsOwnClauseStaysNotGiven(string text, string generic) =>
        Assert.All(DrugFacts.Of(Lead + text).Where(d => d.Name == generic), d => Assert.Equal(TreatmentStatus.NotGiven, d.Status));

    [Theory]
    [InlineData("Carboplatin AUC 5 and paclitaxel 175 mg/m2 were planned every 3 weeks. During the second infusion she developed flushing. She received six cycles of carboplatin.", "carboplatin", 5, "AUC", 3, "week")]
    [InlineData("It was decided to start gemcitabine 1000 mg/m2 every 3 weeks. Gemcitabine was given for four cycles with good tolerance.", "gemcitabine", 1000, "mg/m2", 3, "week")]
    [InlineData("Nivolumab 240 mg every 2 weeks was planned. Ten days after the first infusion of nivolumab, she developed hepatitis.", "nivolumab", 240, "mg", 2, "week")]
    public void APlanTheReportShowsCarriedOutGivesItsDoseAndScheduleToTheGivenDrug(string text, string generic, double dose, string unit, double every, string per)
    {
        var drug = Assert.Single(DrugFacts.Of(Lead + text), d => d.Name == generic);
        Assert.Equal(TreatmentStatus.Given, drug.Status);
        Assert.Equal(new Dose(dose, unit), drug.Dose);
        Assert.Equal(new Frequency(every, per), drug.Frequency);
    }

    [Fact]
    public void APlannedDoseDoesNotOverrideTheDoseGiven()
    {
        var drugs = DrugFacts.Of(Lead + "Docetaxel 75 mg/m2 was planned every 3 weeks. Because of neutropenia, docetaxel 60 mg/m2 was given.").Where(d => d.Name == "docetaxel").ToList();
        Assert.Contains(drugs, d => d.Status == TreatmentStatus.Given && d.Dose == new Dose(60, "mg/m2"));
        Assert.DoesNotContain(drugs, d => d.Status == TreatmentStatus.Given && d.Dose == new Dose(75, "mg/m2"));
    }

    [Theory]
    [InlineData("She was started on carboplatin AUC 5 and etoposide 100 mg/m2 every 21 days. The regimen was given four times.", "etoposide", 4)]
    [InlineData("Cisplatin and pemetrexed were started in June. This combination was administered six times before surgery.", "pemetrexed", 6)]
    [InlineData("He received gemcitabine with cisplatin. The chemotherapy was repeated three times at 3-week intervals.", "cisplatin", 3)]
    public void ARegimenGivenSomeTimesInTheNextSentenceHadThatManyCycles(string text, string generic, int cycles) =>
        Assert.Contains(DrugFacts.Of(Lead + text), d => d.Name == generic && d.Cycles == cycles);

    [Theory]
    [InlineData("She received carboplatin and paclitaxel. The regimen was changed two times because of allergy.", "paclitaxel")]
    [InlineData("He was started on rituximab every week. The infusion was given three times a week at first.", "rituximab")]
    public void ARegimenChangedSomeTimesOrGivenSomeTimesAWeekHasNoCount(string text, string generic) =>
        Assert.All(DrugFacts.Of(Lead + text).Where(d => d.Name == generic), d => Assert.Null(d.Cycles));
}
