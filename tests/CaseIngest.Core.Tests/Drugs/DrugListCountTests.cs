using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Counts written the way treatment histories list them: appended to the drug in brackets or after a comma ("nivolumab,
/// 14 doses", "paclitaxel (12 doses)", "FOLFIRINOX (cycles: 8)"), and a multiplied count after the last drug of a list
/// ("carboplatin and pemetrexed x4"), which counts each drug of the list.
/// </summary>
public sealed class DrugListCountTests
{
    private const string History =
        "# Case report\nA 63-year-old man with lung adenocarcinoma had the following treatment history:\n\n"
        + "- March 2019: carboplatin and pemetrexed x4\n- January 2020: docetaxel x3, stopped for progression\n- June 2020: nivolumab, 14 doses\n";

    [Theory]
    [InlineData("He received nivolumab, 14 doses in total.", "nivolumab", 14)]
    [InlineData("She received weekly paclitaxel (12 doses) and then AC x4.", "paclitaxel", 12)]
    [InlineData("Chemotherapy with FOLFIRINOX (cycles: 8) was followed by surgery.", "irinotecan", 8)]
    [InlineData("Second-line cabazitaxel (number of cycles = 5) gave stable disease.", "cabazitaxel", 5)]
    [InlineData("Intravesical BCG (six instillations) was given after resection.", "bacillus calmette-guerin", 6)]
    public void ACountAppendedToADrugIsItsCycles(string text, string generic, int cycles) =>
        Assert.Equal(cycles, Single(text, "case.txt", generic).Cycles);

    [Theory]
    [InlineData("He received carboplatin and pemetrexed x4, then pemetrexed maintenance.", "carboplatin", 4)]
    [InlineData("She was given cisplatin/etoposide ×6 with concurrent radiotherapy.", "cisplatin", 6)]
    [InlineData("Oxaliplatin, leucovorin and fluorouracil x 8 were given before surgery.", "oxaliplatin", 8)]
    [InlineData("Oxaliplatin, leucovorin and fluorouracil x 8 were given before surgery.", "leucovorin", 8)]
    public void AMultipliedCountAfterAListCountsEachDrug(string text, string generic, int cycles) =>
        Assert.Equal(cycles, Single(text, "case.txt", generic).Cycles);

    [Theory]
    [InlineData("carboplatin", 4)]
    [InlineData("docetaxel", 3)]
    [InlineData("nivolumab", 14)]
    public void ALineOfATreatmentHistoryCountsItsDrugs(string generic, int cycles) =>
        Assert.Equal(cycles, Single(History, "case.md", generic).Cycles);

    [Theory]
    [InlineData("Paracetamol, 2 doses daily, was given for the fever.", "paracetamol")]
    [InlineData("Prednisone and filgrastim x 5 days were given.", "prednisone")]
    [InlineData("She took aspirin and clopidogrel x 2 weeks after the stent.", "aspirin")]
    [InlineData("Heparin (5000 units, two doses a day) was given.", "heparin")]
    public void ADoseScheduleOrADurationIsNoCount(string text, string generic) =>
        Assert.Null(Single(text, "case.txt", generic).Cycles);

    private static DrugFact Single(string text, string name, string generic)
    {
        var drugs = Engines.Extract(text, name).Drugs;
        var matching = drugs.Where(d => d.Name == generic).ToList();
        Assert.True(matching.Count == 1, $"expected one '{generic}' fact, found: {string.Join(", ", drugs.Select(d => $"{d.Name}/{d.Status}/{d.Cycles}"))}");
        return matching[0];
    }
}
