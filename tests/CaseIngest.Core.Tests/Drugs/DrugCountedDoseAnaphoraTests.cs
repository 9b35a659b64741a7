namespace CaseIngest.Core.Tests.Drugs;

/// <summary>A count of doses stated in the next sentence ("In total, 12 doses were administered") is the cycles of the drug just named.</summary>
public sealed class DrugCountedDoseAnaphoraTests
{
    [Theory]
    [InlineData("Second-line nivolumab was started. In total, 12 doses were administered.", "nivolumab", 12)]
    [InlineData("Ipilimumab was started. Four doses were given in total.", "ipilimumab", 4)]
    [InlineData("Weekly cetuximab was added. Six infusions were administered before progression.", "cetuximab", 6)]
    public void ACountOfDosesInTheNextSentenceIsTheDrugsCycles(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }
}
