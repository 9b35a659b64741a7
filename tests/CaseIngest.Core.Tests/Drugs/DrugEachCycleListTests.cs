namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// The drugs of one cycle listed after the course was counted ("She received six cycles of chemotherapy. During each
/// cycle she received …", "he completed four courses; each course consisted of …") take that count. A count that names
/// a drug of its own, or a drug that states its own count, is left alone.
/// </summary>
public sealed class DrugEachCycleListTests
{
    [Theory]
    [InlineData("She received six cycles of chemotherapy. During each cycle she received cisplatin, etoposide and bleomycin.", "bleomycin,cisplatin,etoposide", 6)]
    [InlineData("He completed four cycles of chemotherapy; each cycle consisted of carboplatin on day 1 and etoposide on days 1-3.", "carboplatin,etoposide", 4)]
    [InlineData("Four cycles were given in total. In each cycle, she was given gemcitabine on days 1 and 8 and cisplatin on day 1.", "cisplatin,gemcitabine", 4)]
    [InlineData("The patient underwent 3 courses of induction chemotherapy. Each course comprised vincristine, ifosfamide and doxorubicin.", "doxorubicin,ifosfamide,vincristine", 3)]
    public void TheDrugsOfEachCycleTakeTheCountBeforeThem(string text, string names, int cycles)
    {
        var drugs = DrugFacts.Of(text);
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), drugs.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(drugs, d => Assert.Equal(cycles, d.Cycles));
    }

    [Theory]
    [InlineData("She received carboplatin for six cycles. During each cycle she also received ondansetron.", "ondansetron")]
    [InlineData("During each cycle she received aprepitant before the infusion.", "aprepitant")]
    public void ADrugOfEachCycleWithNoCountOfItsCourseHasNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
