using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A regimen written as a flattened table or list ("drug dose day; drug dose day; schedule"): the drugs of the rows
/// form one list, a schedule or count closing the list belongs to each of them, and a route written in one row stays in
/// that row.
/// </summary>
public sealed class DrugFlattenedScheduleTests
{
    [Theory]
    [InlineData("Cisplatin 75 mg/m2 d1; docetaxel 75 mg/m2 d1; 5-FU 750 mg/m2 d1-5, q3w", "cisplatin", 3, "week")]
    [InlineData("Cisplatin 75 mg/m2 d1; docetaxel 75 mg/m2 d1; 5-FU 750 mg/m2 d1-5, q3w", "docetaxel", 3, "week")]
    [InlineData("Docetaxel 50 mg/m2 d1 | oxaliplatin 85 mg/m2 d1 | leucovorin 200 mg/m2 d1 | 5-FU 2600 mg/m2 d1 | every 2 weeks", "oxaliplatin", 2, "week")]
    [InlineData("Gemcitabine 1000 mg/m2 d1, 8, 15; nab-paclitaxel 125 mg/m2 d1, 8, 15; q4w", "gemcitabine", 1, "week")]
    [InlineData("Capecitabine 1000 mg/m2 bid d1-14; oxaliplatin 130 mg/m2 d1; q3w.", "oxaliplatin", 3, "week")]
    [InlineData("Bortezomib 1.3 mg/m2 SC d1, 4, 8, 11; lenalidomide 25 mg PO d1-14; dexamethasone 20 mg d1, 2, 8, 9; q21d.", "bortezomib", 21, "day")]
    [InlineData("Cyclophosphamide 750 mg/m2 IV d1\ndoxorubicin 50 mg/m2 IV d1\nvincristine 1.4 mg/m2 IV d1\nprednisone 100 mg PO d1-5\nevery 21 days", "doxorubicin", 21, "day")]
    public void AScheduleClosingTheListReachesEveryRow(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Carboplatin AUC 5 d1; etoposide 100 mg/m2 d1-3; every 3 weeks for 4 cycles.", "carboplatin", 4)]
    [InlineData("Carboplatin AUC 5 d1; etoposide 100 mg/m2 d1-3; every 3 weeks for 4 cycles.", "etoposide", 4)]
    [InlineData("Paclitaxel 175 mg/m2 d1; carboplatin AUC 6 d1; q21d x 6 cycles", "paclitaxel", 6)]
    public void ACountClosingTheListReachesEveryRow(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("Chemotherapy (q3w): cisplatin 80 mg/m2 day 1; 5-fluorouracil 800 mg/m2/day days 1-5.", "cisplatin", 3, "week")]
    [InlineData("Chemotherapy (q3w): cisplatin 80 mg/m2 day 1; 5-fluorouracil 800 mg/m2/day days 1-5.", "fluorouracil", 1, "day")]
    [InlineData("Regimen (every 21 days): carboplatin AUC 5 day 1, etoposide 100 mg/m2 days 1-3.", "etoposide", 21, "day")]
    public void AScheduleInTheHeadingOfTheListReachesEveryRowWithoutItsOwn(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Fact]
    public void ABracketedYearInAHeadingIsNoSchedule()
    {
        Assert.Null(DrugFacts.Single("Treatment (2019): cisplatin 80 mg/m2 day 1.", "cisplatin").Frequency);
    }

    [Theory]
    [InlineData("Table 1. Chemotherapy regimen.\nCisplatin\t75 mg/m2\tIV\tday 1\nEtoposide\t100 mg/m2\tIV\tdays 1-3\nRepeated every 3 weeks for 4 cycles.", "cisplatin")]
    [InlineData("| Drug | Dose | Route | Days |\n| Cisplatin | 75 mg/m2 | IV | 1 |\n| Docetaxel | 75 mg/m2 | IV | 1 |\nCycles were repeated every 21 days.", "cisplatin")]
    [InlineData("| Drug | Dose | Route | Days |\n| Cisplatin | 75 mg/m2 | IV | 1 |\n| Docetaxel | 75 mg/m2 | IV | 1 |\nCycles were repeated every 21 days.", "docetaxel")]
    public void AScheduleBelowATableOfOneDrugALineReachesEveryRow(string text, string generic)
    {
        var drug = DrugFacts.Single(text, generic);
        Assert.Equal(21, drug.Frequency is { Unit: "day" } f ? f.Every : drug.Frequency is { Unit: "week" } w ? w.Every * 7 : 0);
    }

    [Fact]
    public void AScheduleBelowASentenceOfProseReachesOnlyThatSentencesDrugs()
    {
        var drugs = DrugFacts.Of("Cisplatin was given for nausea prophylaxis trials in 2010.\nShe then received etoposide 100 mg/m2 on days 1-3.\nCycles were repeated every 21 days.");
        Assert.Null(drugs.Single(d => d.Name == "cisplatin").Frequency);
        Assert.Equal(new Frequency(21, "day"), drugs.Single(d => d.Name == "etoposide").Frequency);
    }

    [Fact]
    public void ARouteAfterADoseAndDayStaysInItsRow()
    {
        var drug = DrugFacts.Single("Cyclophosphamide 750 mg/m2 IV d1\nvincristine 1.4 mg/m2 IV d1\nprednisone 100 mg PO d1-5\nevery 21 days", "prednisone");
        Assert.Equal("oral", drug.Route);
    }

    [Fact]
    public void ARowWithItsOwnScheduleKeepsIt()
    {
        var drug = DrugFacts.Single("Oxaliplatin 130 mg/m2 d1; capecitabine 1000 mg/m2 bid d1-14; q3w", "capecitabine");
        Assert.Equal(new Frequency(0.5, "day"), drug.Frequency);
    }

    [Theory]
    [InlineData("Prednisone 60 mg daily; methotrexate was added later.", "methotrexate")]
    [InlineData("Docetaxel 75 mg/m2 every 3 weeks; she also took dexamethasone 8 mg as needed.", "dexamethasone")]
    public void ASeparateStatementAfterASemicolonTakesNoSchedule(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Frequency);
    }
}
