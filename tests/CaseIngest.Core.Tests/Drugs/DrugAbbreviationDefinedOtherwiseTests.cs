namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug abbreviation the report defines as something other than a treatment ("right iliac fossa (RIF)", "follicular
/// thyroid carcinoma (FTC)", "gestational trophoblastic neoplasia (GTN)") keeps the report's meaning wherever it is used,
/// so it names no drug; an abbreviation the report defines by its drug ("emtricitabine (FTC)", "glyceryl trinitrate
/// (GTN)"), or does not define, still reads as that drug.
/// </summary>
public sealed class DrugAbbreviationDefinedOtherwiseTests
{
    [Theory]
    [InlineData("Ultrasound found a tender mass in the right iliac fossa (RIF). The RIF was explored, and he was given cefuroxime.", "cefuroxime")]
    [InlineData("Histology of the nodule showed follicular thyroid carcinoma (FTC). After surgery for the FTC she was kept on levothyroxine.", "levothyroxine")]
    [InlineData("She was found to have gestational trophoblastic neoplasia (GTN) and received methotrexate; the GTN resolved after four courses.", "methotrexate")]
    [InlineData("Pain in the right iliac fossa (RIF) persisted. Tenderness in the RIF eased after paracetamol.", "paracetamol")]
    public void AnAbbreviationDefinedAsSomethingElseNamesNoDrug(string text, string names) =>
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), DrugFacts.Of(text).Select(d => d.Name).Distinct().Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("He was started on emtricitabine (FTC) and dolutegravir; the FTC was well tolerated.", "dolutegravir,emtricitabine")]
    [InlineData("Glyceryl trinitrate (GTN) spray relieved the chest pain, and GTN was used again the next morning.", "nitroglycerin")]
    [InlineData("For his tuberculosis he took RIF and isoniazid for six months.", "isoniazid,rifampicin")]
    public void AnAbbreviationDefinedByItsDrugOrNotDefinedStillNamesIt(string text, string names) =>
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), DrugFacts.Of(text).Select(d => d.Name).Distinct().Order(StringComparer.Ordinal));
}
