using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count of cycles, a route or a schedule stated after a list of drugs belongs to the course that list names, and a
/// schedule that changes within one course ("every 2 weeks for the first 3 doses, followed by every 3 weeks") is one
/// entry per schedule.
/// </summary>
public sealed class DrugCourseBoundaryTests
{
    [Theory]
    [InlineData("Oxaliplatin and capecitabine were given, and a total of 4 cycles of chemotherapy were completed.", "capecitabine", 4)]
    [InlineData("Oxaliplatin and capecitabine were given, and a total of 4 cycles of chemotherapy were completed.", "oxaliplatin", 4)]
    [InlineData("Gemcitabine and carboplatin were administered; he completed five cycles.", "gemcitabine", 5)]
    [InlineData("Pemetrexed and cisplatin were administered every 3 weeks, and she completed four cycles without delay.", "pemetrexed", 4)]
    public void ACountAfterTheListReachesTheDrugsOfThatCourse(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Fact]
    public void ACountOfTheFirstLineDoesNotReachTheNextLine()
    {
        var drugs = DrugFacts.Of("She received six cycles of carboplatin and paclitaxel. At progression, second-line pembrolizumab 200 mg was started.");
        Assert.Equal(6, drugs.Single(d => d.Name == "paclitaxel").Cycles);
        Assert.Null(drugs.Single(d => d.Name == "pembrolizumab").Cycles);
    }

    [Theory]
    [InlineData("Intravenous oxaliplatin 130 mg/m2 on day 1 and capecitabine 1000 mg/m2 twice daily orally on days 1-14 were given every 3 weeks.", "capecitabine", "oral")]
    [InlineData("Intravenous oxaliplatin 130 mg/m2 on day 1 and capecitabine 1000 mg/m2 twice daily orally on days 1-14 were given every 3 weeks.", "oxaliplatin", "intravenous")]
    [InlineData("He received intravenous docetaxel 75 mg/m2 with oral prednisone 5 mg twice daily.", "prednisone", "oral")]
    public void ARouteReachesNoDrugThatStatesItsOwn(string text, string generic, string route)
    {
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
    }

    [Fact]
    public void ASecondScheduleInsideTheBracketIsASecondEntry()
    {
        var drugs = DrugFacts.Of("Infliximab 5 mg/kg (every 2 weeks for the first 3 doses, followed by every 8 weeks) was given intravenously.")
            .Where(d => d.Name == "infliximab").ToList();
        Assert.Contains(drugs, d => d.Frequency == new Frequency(2, "week") && d.Cycles == 3);
        Assert.Contains(drugs, d => d.Frequency == new Frequency(8, "week"));
    }

    [Fact]
    public void AScheduleThatChangesWithThenIsASecondEntry()
    {
        var drugs = DrugFacts.Of("Rituximab 375 mg/m2 was given weekly for 4 weeks, then every 2 months for maintenance.")
            .Where(d => d.Name == "rituximab").ToList();
        Assert.Contains(drugs, d => d.Frequency == new Frequency(1, "week") && d.Cycles == 4);
        Assert.Contains(drugs, d => d.Frequency == new Frequency(2, "month"));
    }

    [Fact]
    public void ARestAfterTheDailyStepIsTheCycleNotASecondSchedule()
    {
        var drugs = DrugFacts.Of("Capecitabine 1000 mg/m2 twice daily for 2 weeks, followed by 1 week of rest, every 3 weeks, was started.")
            .Where(d => d.Name == "capecitabine").ToList();
        Assert.DoesNotContain(drugs, d => d.Frequency == new Frequency(3, "week"));
    }

    [Fact]
    public void ATaperAfterADailyDoseIsNoSecondSchedule()
    {
        var drugs = DrugFacts.Of("Prednisone 60 mg daily was given for 7 days, then tapered over a month.").Where(d => d.Name == "prednisone").ToList();
        Assert.Single(drugs);
        Assert.Equal(new Frequency(1, "day"), drugs[0].Frequency);
    }

    [Fact]
    public void AnInfusionRateAfterABolusIsTheFrequencyOfThatDose()
    {
        var drugs = DrugFacts.Of("An intravenous heparin infusion (bolus of 60 units/kg, followed by 12 units/kg/hour) was started for the thrombosis.")
            .Where(d => d.Name == "heparin").ToList();
        Assert.Contains(drugs, d => d.Dose == new Dose(12, "U/kg") && d.Frequency == new Frequency(1, "hour"));
        Assert.Contains(drugs, d => d.Dose == new Dose(60, "U/kg") && d.Frequency is null);
    }

    [Fact]
    public void ARouteBeforeAClassOfDrugsReachesTheDrugItIncludes() =>
        Assert.Equal("oral", DrugFacts.Single("He was discharged on oral antihypertensive agents, including amlodipine 5 mg daily.", "amlodipine").Route);

    [Fact]
    public void TheNextPulsesCountTheSecondSchedule()
    {
        var drugs = DrugFacts.Of("Cyclophosphamide 15 mg/kg every 2 weeks for the first 3 pulses, then every 3 weeks for the next 4 pulses, was given.")
            .Where(d => d.Name == "cyclophosphamide").ToList();
        Assert.Contains(drugs, d => d.Frequency == new Frequency(2, "week") && d.Cycles == 3);
        Assert.Contains(drugs, d => d.Frequency == new Frequency(3, "week") && d.Cycles == 4);
    }

    [Fact]
    public void ARouteBeforeAListWithDailyDosesReachesEachDrugOfIt() =>
        Assert.Equal("oral", DrugFacts.Single("She went home on oral agents, including amlodipine 5 mg daily and metoprolol 25 mg twice daily.", "metoprolol").Route);

    [Fact]
    public void ADrugGivenOnDayOneTakesTheCycleLengthNotTheDailyScheduleOfTheNextDrug()
    {
        var drugs = DrugFacts.Of("Cisplatin 75 mg/m2 on day 1 and fluorouracil 1000 mg/m2 per day on days 1-4 were given every 3 weeks.");
        Assert.Equal(new Frequency(3, "week"), drugs.Single(d => d.Name == "cisplatin").Frequency);
        Assert.Equal(new Frequency(1, "day"), drugs.Single(d => d.Name == "fluorouracil").Frequency);
    }

    [Fact]
    public void TheCountBeforeTheNextRegimenIsThatRegimensCount()
    {
        var drugs = DrugFacts.Of("He received 3 cycles of R-CHOP followed by 2 cycles of R-DHAP.");
        Assert.Equal(3, drugs.Single(d => d.Name == "vincristine").Cycles);
        Assert.Equal(2, drugs.Single(d => d.Name == "cytarabine").Cycles);
    }

    [Fact]
    public void AScheduleThatRunsIntoTheNextDrugIsNotASecondStep()
    {
        var drugs = DrugFacts.Of("Four cycles of doxorubicin and cyclophosphamide every 2 weeks were followed by weekly paclitaxel 80 mg/m2.");
        Assert.DoesNotContain(drugs, d => d.Name == "cyclophosphamide" && d.Frequency == new Frequency(1, "week"));
    }

    [Fact]
    public void CyclesGivenAtIntervalsOfWeeksHaveThatFrequency() =>
        Assert.Equal(new Frequency(3, "week"), DrugFacts.Single("The second and third cycles of docetaxel were given at 3-week intervals.", "docetaxel").Frequency);

    [Fact]
    public void ACourseClauseBeforeTheNextDrugGivesItsScheduleToTheDrugsJustNamed()
    {
        var drugs = DrugFacts.Of("She started carboplatin and gemcitabine. The regimen was administered every 21 days for 6 cycles, followed by maintenance with bevacizumab.");
        Assert.Equal(6, drugs.Single(d => d.Name == "carboplatin").Cycles);
        Assert.Equal(new Frequency(21, "day"), drugs.Single(d => d.Name == "gemcitabine").Frequency);
        Assert.Null(drugs.Single(d => d.Name == "bevacizumab").Cycles);
    }

    [Fact]
    public void ATotalOfDosesIsTheCountOfCycles() =>
        Assert.Equal(8, DrugFacts.Single("Nivolumab 3 mg/kg was given every 2 weeks for a total of 8 doses.", "nivolumab").Cycles);

    [Fact]
    public void AScheduleBeforeTheRouteWordIsTheDrugsFrequency() =>
        Assert.Equal(new Frequency(1, "month"), DrugFacts.Single("She was maintained on monthly intramuscular octreotide 30 mg.", "octreotide").Frequency);

    [Fact]
    public void MonthlyDosesOverACountOfMonthsAreThatManyCycles() =>
        Assert.Equal(5, DrugFacts.Single("He received intravenous cyclophosphamide 1 g monthly for five months.", "cyclophosphamide").Cycles);
}
