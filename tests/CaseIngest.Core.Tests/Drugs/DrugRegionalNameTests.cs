namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Drug names as British, Japanese and Chinese reports write them: British spellings and older INNs, the agents of
/// Chinese oncology and Japanese abbreviations of antibodies, and combination products named as one. A substance the
/// body also makes or a test measures names no drug outside a sentence about treatment.
/// </summary>
public sealed class DrugRegionalNameTests
{
    [Theory]
    [InlineData("Sulphasalazine 1 g twice daily was started for the arthritis.", "sulfasalazine")]
    [InlineData("She had received mitozantrone for multiple sclerosis ten years earlier.", "mitoxantrone")]
    [InlineData("Maintenance with oral tioguanine was continued.", "thioguanine")]
    [InlineData("He had taken dexamfetamine for narcolepsy since childhood.", "dexamfetamine")]
    [InlineData("Dextroamphetamine 10 mg daily was prescribed.", "dexamfetamine")]
    [InlineData("Subcutaneous levomepromazine was added for nausea.", "levomepromazine")]
    [InlineData("Her regular medicines were bendroflumethiazide 2.5 mg and ramipril.", "bendroflumethiazide")]
    [InlineData("Oral doxifluridine was given for two years after gastrectomy.", "doxifluridine")]
    [InlineData("Thymosin alpha 1 was injected twice weekly.", "thymalfasin")]
    [InlineData("He received Endostar with the second course of chemotherapy.", "endostatin")]
    [InlineData("Recombinant human endostatin 15 mg daily was infused on days 1-14.", "endostatin")]
    [InlineData("She was started on HRZE for pulmonary tuberculosis.", "pyrazinamide")]
    [InlineData("Co-codamol two tablets four times a day was prescribed.", "codeine")]
    [InlineData("Bmab was added to FOLFOX in the second cycle.", "bevacizumab")]
    [InlineData("Pmab plus mFOLFOX6 was started as first-line therapy.", "panitumumab")]
    [InlineData("Cmab was given weekly with irinotecan.", "cetuximab")]
    [InlineData("Second-line nal-IRI with fluorouracil was given.", "liposomal irinotecan")]
    [InlineData("Benztropine 1 mg was given for the dystonia.", "benztropine")]
    [InlineData("Trihexyphenidyl 2 mg three times daily was started.", "trihexyphenidyl")]
    [InlineData("Galantamine 8 mg daily had been prescribed for dementia.", "galantamine")]
    [InlineData("Physostigmine 1 mg was given intravenously for the anticholinergic delirium.", "physostigmine")]
    [InlineData("Clofazimine was added to the regimen for leprosy.", "clofazimine")]
    [InlineData("Vitamin C 1 g was given intravenously each day.", "ascorbic acid")]
    [InlineData("She took vitamin E supplements for years.", "tocopherol")]
    public void ARegionalNameGivesTheGenericName(string text, string generic)
    {
        Assert.Equal("given", DrugFacts.Single(text, generic).Status);
    }

    [Theory]
    [InlineData("Serum endostatin levels were measured before surgery.")]
    [InlineData("Vitamin C levels were low on admission.")]
    [InlineData("Plasma vitamin E was within the normal range.")]
    [InlineData("Her dietary vitamin C intake was poor.")]
    public void AMeasuredSubstanceIsNoDrug(string text)
    {
        Assert.Empty(DrugFacts.Of(text));
    }
}
