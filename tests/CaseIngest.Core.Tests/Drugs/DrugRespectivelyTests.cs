using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Doses listed after a list of drugs and closed by "respectively" are paired with the drugs in order.</summary>
public sealed class DrugRespectivelyTests
{
    [Theory]
    [InlineData("She was treated with carboplatin and paclitaxel (5 mg/kg and 175 mg/m2, respectively).")]
    [InlineData("She received carboplatin and paclitaxel at doses of 5 mg/kg and 175 mg/m2 respectively, every 3 weeks.")]
    [InlineData("Carboplatin and paclitaxel were administered at 5 mg/kg and 175 mg/m2, respectively.")]
    public void RespectivelyPairsEachDoseWithItsDrugInOrder(string text)
    {
        Assert.Equal(new Dose(5, "mg/kg"), DrugFacts.Single(text, "carboplatin").Dose);
        Assert.Equal(new Dose(175, "mg/m2"), DrugFacts.Single(text, "paclitaxel").Dose);
    }

    [Fact]
    public void RespectivelyPairsAnAreaUnderTheCurveInItsPlace()
    {
        const string text = "She received carboplatin and paclitaxel (AUC 5 and 175 mg/m2, respectively) every 3 weeks.";
        Assert.Equal(new Dose(5, "AUC"), DrugFacts.Single(text, "carboplatin").Dose);
        Assert.Equal(new Dose(175, "mg/m2"), DrugFacts.Single(text, "paclitaxel").Dose);
    }

    [Fact]
    public void MeasuredLevelsListedRespectivelyAreNotDoses()
    {
        const string text = "Serum magnesium and calcium levels were 2 mg and 9 mg, respectively.";
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Dose == new Dose(9, "mg"));
    }

    [Fact]
    public void RespectivelyKeepsTheSharedScheduleForBothDrugs()
    {
        const string text = "She received carboplatin and paclitaxel at doses of 5 mg/kg and 175 mg/m2 respectively, every 3 weeks.";
        Assert.Equal(new Frequency(3, "week"), DrugFacts.Single(text, "carboplatin").Frequency);
        Assert.Equal(new Frequency(3, "week"), DrugFacts.Single(text, "paclitaxel").Frequency);
    }
}
