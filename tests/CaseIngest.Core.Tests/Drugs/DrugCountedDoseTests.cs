using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Counts of weekly doses written before the drug or as weeks of a weekly drug, and a loading dose followed by a maintenance dose.</summary>
public sealed class DrugCountedDoseTests
{
    [Theory]
    [InlineData("The mass shrank after 12 weekly doses of paclitaxel.", 12)]
    [InlineData("She was treated with weekly paclitaxel for 12 weeks.", 12)]
    [InlineData("She completed six weekly infusions of paclitaxel.", 6)]
    public void ACountOfWeeklyDosesIsTheCountOfCycles(string text, int cycles)
    {
        var fact = DrugFacts.Single(text, "paclitaxel");
        Assert.Equal(cycles, fact.Cycles);
        Assert.Equal(new Frequency(1, "week"), fact.Frequency);
    }

    [Theory]
    [InlineData("Trastuzumab was given as a loading dose of 8 mg/kg followed by 6 mg/kg every 3 weeks.")]
    [InlineData("She received trastuzumab at a loading dose of 8 mg/kg, followed by a maintenance dose of 6 mg/kg every 3 weeks.")]
    public void ALoadingDoseIsFollowedByTheMaintenanceDose(string text)
    {
        var facts = DrugFacts.Of(text).Where(d => d.Name == "trastuzumab").ToList();
        Assert.Contains(facts, f => f.Dose == new Dose(6, "mg/kg") && f.Frequency == new Frequency(3, "week"));
    }
}
