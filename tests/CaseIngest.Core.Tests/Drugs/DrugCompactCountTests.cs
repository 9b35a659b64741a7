namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count of cycles written as a multiplication next to the regimen ("6x R-CHOP", "R-CHOP x6", "12 × paclitaxel"); a
/// multiplication of a measure ("x 10^9/L", "x 2 years", "2 x 500 mg") is none.
/// </summary>
public sealed class DrugCompactCountTests
{
    [Theory]
    [InlineData("He was treated with 6x R-CHOP.", "rituximab", 6)]
    [InlineData("He was treated with R-CHOP x6.", "vincristine", 6)]
    [InlineData("He received R-CHOP ×6 followed by radiotherapy.", "doxorubicin", 6)]
    [InlineData("He received R-CHOP x 6 and then radiotherapy.", "prednisone", 6)]
    [InlineData("She was given 4 × AC chemotherapy followed by 12 × paclitaxel weekly.", "paclitaxel", 12)]
    [InlineData("She was given 4 × AC chemotherapy followed by 12 × paclitaxel weekly.", "cyclophosphamide", 4)]
    public void AMultipliedCountNextToTheRegimenIsItsCycles(string text, string generic, int cycles)
    {
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
    }

    [Theory]
    [InlineData("Sirolimus x 2 years was maintained.", "sirolimus")]
    [InlineData("Filgrastim x 10 days was given.", "filgrastim")]
    [InlineData("Paracetamol 2 x 500 mg was taken.", "paracetamol")]
    [InlineData("WBC was 3.2 x 10^9/L after filgrastim 300 µg daily.", "filgrastim")]
    public void AMultipliedMeasureIsNoCount(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
    }
}
