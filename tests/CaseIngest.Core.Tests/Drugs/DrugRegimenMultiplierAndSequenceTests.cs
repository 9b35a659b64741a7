namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A short regimen counted with a multiplication ("VMP x 2", "FOLFOX x 4 cycles") gives each of its drugs the count, and
/// a regimen written as a sequence ("EC-T", "AC-T", "FEC-D", "EC followed by docetaxel") gives the drugs of both parts.
/// </summary>
public sealed class DrugRegimenMultiplierAndSequenceTests
{
    [Theory]
    [InlineData("He was treated with VMP x 2 before the transplant.", "bortezomib", 2)]
    [InlineData("He was treated with VMP x 2 before the transplant.", "melphalan", 2)]
    [InlineData("She received FOLFOX x 4 cycles and then underwent resection.", "oxaliplatin", 4)]
    [InlineData("She received FOLFOX x 4 cycles and then underwent resection.", "leucovorin", 4)]
    [InlineData("Chemotherapy with FOLFIRI × 8 was given.", "irinotecan", 8)]
    [InlineData("He completed ABVD x6 with a complete metabolic response.", "dacarbazine", 6)]
    [InlineData("She had BEP x 3 courses after orchiectomy.", "etoposide", 3)]
    public void AShortRegimenCountedWithAMultiplicationGivesEachDrugTheCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Neoadjuvant EC-T was given before the mastectomy.", "epirubicin,cyclophosphamide,paclitaxel")]
    [InlineData("She received adjuvant AC-T chemotherapy.", "doxorubicin,cyclophosphamide,paclitaxel")]
    [InlineData("She received four cycles of AC-D before the operation.", "doxorubicin,cyclophosphamide,docetaxel")]
    [InlineData("Adjuvant chemotherapy consisted of EC followed by docetaxel.", "epirubicin,cyclophosphamide,docetaxel")]
    [InlineData("She received FEC-D before surgery.", "fluorouracil,epirubicin,cyclophosphamide,docetaxel")]
    public void ARegimenWrittenAsASequenceGivesTheDrugsOfBothParts(string text, string generics)
    {
        var names = DrugFacts.Of(text).Where(d => d.Status == "given").Select(d => d.Name).ToHashSet();
        Assert.All(generics.Split(','), g => Assert.Contains(g, names));
    }

    [Theory]
    [InlineData("Neutrophils were 1.2 x 10^9/L after FOLFOX.", "oxaliplatin")]
    [InlineData("She received FOLFOX for 2 x 6 months.", "oxaliplatin")]
    public void AMultiplicationOfAMeasureIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
