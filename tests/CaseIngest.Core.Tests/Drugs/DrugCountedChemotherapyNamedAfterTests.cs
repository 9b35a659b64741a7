namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count of cycles of a chemotherapy whose regimen is named after it in a bracket ("three cycles of chemotherapy (the
/// R-CHOP regimen)") or in a clause that tells what it held ("four courses of chemotherapy that incorporated rituximab")
/// is the count of that regimen's drugs. A count of another treatment in the sentence is not.
/// </summary>
public sealed class DrugCountedChemotherapyNamedAfterTests
{
    [Theory]
    [InlineData("Three cycles of chemotherapy (the R-CHOP regimen) were completed before he declined more treatment.", "rituximab", 3)]
    [InlineData("Three cycles of chemotherapy (the R-CHOP regimen) were completed before he declined more treatment.", "vincristine", 3)]
    [InlineData("She received six courses of chemotherapy (CHOP) before the transplant.", "cyclophosphamide", 6)]
    [InlineData("She completed four cycles of chemotherapy (with FOLFOX) without delay.", "oxaliplatin", 4)]
    [InlineData("He received four courses of chemotherapy that incorporated rituximab and methotrexate.", "rituximab", 4)]
    [InlineData("He received four courses of chemotherapy that incorporated rituximab and methotrexate.", "methotrexate", 4)]
    public void TheCountIsTheCountOfTheRegimenNamedAfterIt(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("After two cycles of chemotherapy (the first in May), pembrolizumab was added.", "pembrolizumab")]
    [InlineData("Four courses of radiotherapy were given, and the patient was then started on capecitabine.", "capecitabine")]
    [InlineData("She had received six cycles of chemotherapy in 2019; tamoxifen was started that year.", "tamoxifen")]
    public void ACountOfAnotherTreatmentIsNotTheDrugs(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
