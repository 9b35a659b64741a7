namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// The chemotherapy reached, told by its ordinal in a sentence that names no drug ("After 4th chemotherapy, CT showed
/// progression"), counts the cycles of the last statement of anticancer drugs when it counts none; a stated count stays.
/// </summary>
public sealed class DrugOrdinalChemotherapyTests
{
    [Theory]
    [InlineData("Carboplatin 350 mg/m2 with doxorubicin 30 mg/m2 was given every 3 weeks. The ascites decreased. After 4th chemotherapy, CT revealed new liver metastases.", "doxorubicin", 4)]
    [InlineData("She was started on gemcitabine and cisplatin. After the sixth chemotherapy, PET-CT showed a complete response.", "gemcitabine", 6)]
    [InlineData("Irinotecan 180 mg/m2 every 2 weeks was begun. After the 2nd chemotherapy the CEA fell. After the 5th chemotherapy, CT showed stable disease.", "irinotecan", 5)]
    public void TheChemotherapyReachedCountsTheCyclesOfTheLastStatement(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She received three cycles of FOLFOX. After the 2nd chemotherapy, CT had shown stable disease.", "oxaliplatin", 3)]
    [InlineData("Cisplatin and etoposide were started. After the second chemotherapy, carboplatin replaced cisplatin.", "etoposide", null)]
    [InlineData("Paclitaxel was started. Before the fourth chemotherapy, her neutrophils were low.", "paclitaxel", null)]
    public void AStatedCountOrADrugInTheSentenceKeepsTheOrdinalOut(string text, string generic, int? cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
}
