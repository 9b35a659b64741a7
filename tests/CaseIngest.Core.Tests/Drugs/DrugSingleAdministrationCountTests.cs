namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug given a single time received one cycle however the one is told: before the drug ("a one-off infusion of",
/// "a single intrathecal injection of", "the first and only dose of", "only the first dose of", "a solitary dose of"),
/// after it ("was given as a single infusion", "just once", "only once", "on a single occasion"), or as a stop after the
/// first ("was discontinued after one dose", "stopped after the first dose"); pulses counted after the verb ("as three
/// pulses of 1 g") are cycles too. A first dose told alone, a single daily dose, a single episode of an event and a
/// one-time local injection (recorded without a schedule) are no count.
/// </summary>
public sealed class DrugSingleAdministrationCountTests
{
    [Theory]
    [InlineData("She was given a one-off infusion of infliximab for the refractory colitis.", "infliximab", 1)]
    [InlineData("Only the first dose of ipilimumab was given because of severe diarrhoea.", "ipilimumab", 1)]
    [InlineData("The first and only dose of atezolizumab was administered in March.", "atezolizumab", 1)]
    [InlineData("A single intravesical instillation of mitomycin C was performed after the resection.", "mitomycin", 1)]
    [InlineData("He received a single intrathecal injection of methotrexate.", "methotrexate", 1)]
    [InlineData("A solitary dose of bortezomib was given before the admission.", "bortezomib", 1)]
    [InlineData("Cetuximab was administered just once owing to a grade 3 infusion reaction.", "cetuximab", 1)]
    [InlineData("She received nivolumab only once.", "nivolumab", 1)]
    [InlineData("Pembrolizumab was given on a single occasion, in the emergency department.", "pembrolizumab", 1)]
    [InlineData("Rituximab was given as a single infusion.", "rituximab", 1)]
    [InlineData("Cyclophosphamide was administered as a single pulse of 1 g.", "cyclophosphamide", 1)]
    [InlineData("Methylprednisolone was given as three pulses of 1 g.", "methylprednisolone", 3)]
    [InlineData("Durvalumab was discontinued after one dose.", "durvalumab", 1)]
    [InlineData("Pembrolizumab was permanently stopped after a single infusion because of pneumonitis.", "pembrolizumab", 1)]
    [InlineData("Ipilimumab was discontinued after the first dose because of colitis.", "ipilimumab", 1)]
    public void ASingleAdministrationIsACountOfOne(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("The first dose of pembrolizumab was given on 3 May.", "pembrolizumab")]
    [InlineData("Dexamethasone was given as a single daily dose of 8 mg.", "dexamethasone")]
    [InlineData("After the first dose of rituximab she had chills, and the course was completed as planned.", "rituximab")]
    [InlineData("She had a single episode of fever after docetaxel.", "docetaxel")]
    [InlineData("He had been on imatinib for three years.", "imatinib")]
    [InlineData("Trastuzumab was given as a single agent every 3 weeks.", "trastuzumab")]
    [InlineData("She was treated with a one-time intravitreal injection of foscarnet.", "foscarnet")]
    public void AFirstDoseADailyDoseOrASingleEventIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
