namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// An antibody given with a chemotherapy whose drugs are named in brackets is one course with them: the count stated on
/// either side counts for both, and an appended count after a list of two drugs counts both.
/// </summary>
public sealed class DrugBracketedChemotherapyTests
{
    [Theory]
    [InlineData("The patient was subsequently treated with 4 cycles of tislelizumab and chemotherapy (pemetrexed and carboplatin).", "pemetrexed", 4)]
    [InlineData("The patient was subsequently treated with 4 cycles of tislelizumab and chemotherapy (pemetrexed and carboplatin).", "carboplatin", 4)]
    [InlineData("Sintilimab combined with chemotherapy (albumin-bound paclitaxel and carboplatin) was given for four cycles.", "sintilimab", 4)]
    [InlineData("She received camrelizumab plus chemotherapy (nab-paclitaxel, 260 mg/m2, and cisplatin, 75 mg/m2) for 3 cycles, with a partial response.", "camrelizumab", 3)]
    [InlineData("Six cycles of durvalumab with chemotherapy (etoposide and carboplatin) were administered.", "etoposide", 6)]
    [InlineData("He received toripalimab and chemotherapy (gemcitabine and cisplatin) for six cycles.", "toripalimab", 6)]
    [InlineData("Pembrolizumab in combination with platinum-based chemotherapy (carboplatin and pemetrexed) was given for 2 cycles.", "pembrolizumab", 2)]
    public void ACountOfAnAntibodyWithABracketedChemotherapyCountsForBoth(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He had received ipilimumab and nivolumab, four doses of the combination, and then nivolumab alone.", "ipilimumab", 4)]
    [InlineData("Pertuzumab and trastuzumab (18 doses) were completed before surgery.", "pertuzumab", 18)]
    public void AnAppendedCountAfterAListCountsEachDrug(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She was started on pembrolizumab with chemotherapy (carboplatin and paclitaxel). Her thyroid function was normal.", "pembrolizumab")]
    [InlineData("Bevacizumab was added to chemotherapy (FOLFIRI) after two months; 5 cycles of dexamethasone pulses followed.", "bevacizumab")]
    public void ABracketedChemotherapyWithoutACountCountsNothing(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
