namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A dose held or omitted ("the morning dose of metformin was withheld") leaves the drug what it was: a drug the patient
/// takes stays given, and the held dose is no not-given fact.
/// </summary>
public sealed class DrugHeldDoseTests
{
    [Theory]
    [InlineData("His bedtime dose of levodopa was held before surgery.", "levodopa")]
    [InlineData("The morning dose of metformin was withheld.", "metformin")]
    [InlineData("Her evening dose of warfarin was omitted because of the high INR.", "warfarin")]
    [InlineData("One dose of apixaban was held before the procedure.", "apixaban")]
    [InlineData("The next dose of lisinopril was withheld for hypotension.", "lisinopril")]
    [InlineData("Two doses of enoxaparin were held before the lumbar puncture.", "enoxaparin")]
    public void AHeldDoseIsNoNotGivenFact(string text, string generic)
    {
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Name == generic && d.Status == "not-given");
    }

    [Fact]
    public void ADrugTakenBeforeItsHeldDoseStaysGiven()
    {
        var drugs = DrugFacts.Of(
            "She had taken carbidopa-levodopa three times daily for six years. Her evening dose of levodopa was held on the day of surgery.");
        Assert.Contains(drugs, d => d.Name == "levodopa" && d.Status == "given");
        Assert.DoesNotContain(drugs, d => d.Name == "levodopa" && d.Status == "not-given");
    }

    [Theory]
    [InlineData("Warfarin was withheld because of the bleeding.", "warfarin")]
    [InlineData("Anticoagulation with heparin was withheld given the hemorrhage.", "heparin")]
    public void AWithheldDrugStaysNotGiven(string text, string generic)
    {
        Assert.Contains(DrugFacts.Of(text), d => d.Name == generic && d.Status == "not-given");
    }
}
