using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A dose changed in a later clause or sentence that names no drug ("; the dose was reduced to 800 mg/m2", "The dosage
/// was increased to 600 mg/day") is a further dose of the one drug named before it; a change without an amount ("a 20%
/// dose reduction") or after two drugs is none.
/// </summary>
public sealed class DrugLaterDoseChangeTests
{
    private static string DosesOf(string text, string generic) => string.Join(", ", DrugFacts.Of(text)
        .Where(d => d.Name == generic && d.Dose is not null)
        .Select(d => d.Dose!)
        .OrderBy(d => d.Value)
        .Select(d => $"{d.Value} {d.Unit}"));

    [Theory]
    [InlineData("Gemcitabine 1000 mg/m2 was given on days 1 and 8; the dose was reduced to 800 mg/m2 after cycle 2.", "gemcitabine", "800 mg/m2, 1000 mg/m2")]
    [InlineData("She was started on sunitinib 50 mg daily. Because of grade 3 hand-foot syndrome, the dose was reduced to 37.5 mg.", "sunitinib", "37.5 mg, 50 mg")]
    [InlineData("Capecitabine was given at 1250 mg/m2 twice daily; after two cycles it was decreased to 1000 mg/m2 because of diarrhoea.", "capecitabine", "1000 mg/m2, 1250 mg/m2")]
    [InlineData("Lenvatinib 12 mg daily was started. The dose was subsequently decreased to 8 mg owing to proteinuria.", "lenvatinib", "8 mg, 12 mg")]
    [InlineData("Dabrafenib was started at 75 mg twice daily; the dose was escalated to 150 mg twice daily after 2 weeks.", "dabrafenib", "75 mg, 150 mg")]
    [InlineData("Imatinib 400 mg/day was started. Six months later the dosage was increased to 600 mg/day because of a suboptimal response.", "imatinib", "400 mg, 600 mg")]
    [InlineData("Olaparib 300 mg twice daily was given; because of anaemia, it was de-escalated to 250 mg twice daily.", "olaparib", "250 mg, 300 mg")]
    [InlineData("Cabozantinib 60 mg daily was begun. After one month his dose was lowered to 40 mg.", "cabozantinib", "40 mg, 60 mg")]
    [InlineData("Irinotecan 180 mg/m2 was administered every two weeks. From the third cycle the dose was reduced by 20% to 145 mg/m2.", "irinotecan", "145 mg/m2, 180 mg/m2")]
    [InlineData("Regorafenib was initiated at 80 mg daily and, after one week without toxicity, increased to 120 mg daily.", "regorafenib", "80 mg, 120 mg")]
    [InlineData("She received pazopanib 800 mg once daily. After six weeks she had grade 3 diarrhoea, and the drug was withheld until it resolved and restarted at 400 mg daily.", "pazopanib", "400 mg, 800 mg")]
    [InlineData("Sunitinib 50 mg daily was started. It was interrupted for hand-foot syndrome and resumed at a reduced dose of 37.5 mg.", "sunitinib", "37.5 mg, 50 mg")]
    public void ADoseChangedInALaterClauseIsAFurtherDoseOfTheDrugBeforeIt(string text, string generic, string expected) =>
        Assert.Equal(expected, DosesOf(text, generic));

    [Theory]
    [InlineData("Sorafenib 400 mg twice daily was started; a 20% dose reduction was made after one month.", "sorafenib", "400 mg")]
    [InlineData("Cisplatin 75 mg/m2 and docetaxel 75 mg/m2 were given; the dose was reduced to 60 mg/m2 at cycle 3.", "docetaxel", "75 mg/m2")]
    [InlineData("Pazopanib 800 mg daily was started. Her blood pressure was reduced to 130/80 mmHg with diet.", "pazopanib", "800 mg")]
    [InlineData("Tamoxifen 20 mg daily was started. The tumour was reduced to 2 cm in diameter.", "tamoxifen", "20 mg")]
    [InlineData("Everolimus 10 mg daily was given. Two years earlier, the dose of her antihypertensive had been reduced to 5 mg.", "everolimus", "10 mg")]
    [InlineData("Imatinib 400 mg daily was started. She restarted at 9 am work shifts after two weeks.", "imatinib", "400 mg")]
    public void AChangeWithoutAnAmountOrOfAnotherDrugIsNoFurtherDose(string text, string generic, string expected) =>
        Assert.Equal(expected, DosesOf(text, generic));
}
