using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

public sealed class DrugRegimenTests
{
    [Theory]
    [InlineData("She received two cycles of AIM chemotherapy.", "AIM", "doxorubicin,ifosfamide,mesna")]
    [InlineData("Adjuvant FOLFOX was given.", "FOLFOX", "fluorouracil,leucovorin,oxaliplatin")]
    [InlineData("He was treated with mFOLFOX6.", "mFOLFOX6", "fluorouracil,leucovorin,oxaliplatin")]
    [InlineData("He was treated with R-CHOP.", "R-CHOP", "rituximab,cyclophosphamide,doxorubicin,vincristine,prednisone")]
    [InlineData("Six courses of ABVD were completed.", "ABVD", "doxorubicin,bleomycin,vinblastine,dacarbazine")]
    [InlineData("Salvage ICE chemotherapy was started.", "ICE", "ifosfamide,carboplatin,etoposide")]
    [InlineData("She received four cycles of AC chemotherapy.", "AC", "doxorubicin,cyclophosphamide")]
    [InlineData("Perioperative FLOT was planned.", "FLOT", "fluorouracil,leucovorin,oxaliplatin,docetaxel")]
    public void RegimenAcronymsExpandToTheirComponents(string text, string acronym, string components)
    {
        var drugs = DrugFacts.Of(text);
        Assert.Equal(components.Split(',').Order(StringComparer.Ordinal), drugs.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(drugs, d => Assert.Equal(acronym, d.Evidence.Text));
        Assert.All(drugs, d => Assert.Equal(acronym, d.Mention));
    }

    [Fact]
    public void RegimenComponentsShareTheRegimensCycles()
    {
        var drugs = DrugFacts.Of("She received two cycles of AIM chemotherapy.");
        Assert.All(drugs, d => Assert.Equal(2, d.Cycles));
    }

    [Theory]
    [InlineData("The AC joint was tender.")]
    [InlineData("An EP study was performed.")]
    [InlineData("ICE was applied to the swelling.")]
    public void ShortAcronymsWithoutRegimenWordsAreNotRegimens(string text)
    {
        Assert.Empty(DrugFacts.Of(text));
    }

    [Theory]
    [InlineData("She was treated with carboplatin/pemetrexed.", "carboplatin,pemetrexed")]
    [InlineData("Atezolizumab/bevacizumab was started.", "atezolizumab,bevacizumab")]
    [InlineData("He received ipilimumab plus nivolumab.", "ipilimumab,nivolumab")]
    [InlineData("Gemcitabine/nab-paclitaxel was given.", "gemcitabine,paclitaxel")]
    [InlineData("Trimethoprim/sulfamethoxazole was given.", "trimethoprim,sulfamethoxazole")]
    [InlineData("We initiated imipenem and cilastatin sodium (TIENAM) at 1 g q8h.", "imipenem,cilastatin")]
    [InlineData("He received piperacillin-tazobactam.", "piperacillin,tazobactam")]
    [InlineData("Co-amoxiclav was prescribed.", "amoxicillin,clavulanic acid")]
    [InlineData("Compound sulfamethoxazole tablets were taken.", "trimethoprim,sulfamethoxazole")]
    [InlineData("She was switched to cefoperazone/sulbactam.", "cefoperazone,sulbactam")]
    public void CombinationsGiveEachDrug(string text, string names)
    {
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), DrugFacts.Of(text).Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AComboProductsDoseAndFrequencyGoToEachComponent()
    {
        var drugs = DrugFacts.Of("He received TZP 4.5 g q8h for 3 days.");
        Assert.Equal(["piperacillin", "tazobactam"], drugs.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(drugs, d => Assert.Equal(new Dose(4.5, "g"), d.Dose));
        Assert.All(drugs, d => Assert.Equal(new Frequency(8, "hour"), d.Frequency));
    }

    [Fact]
    public void AnAcronymAbbreviatingOtherDrugsIsNotExpanded()
    {
        var drugs = DrugFacts.Of("She received taxol + carboplatin (TC) chemotherapy for one cycle.");
        Assert.Equal(["carboplatin", "paclitaxel"], drugs.Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnAcronymAbbreviatingItsOwnComponentsIsKept()
    {
        var drugs = DrugFacts.Of("A regimen of 5-fluorouracil, leucovorin, and oxaliplatin (FOLFOX) was given every 2 weeks.");
        Assert.Equal(["fluorouracil", "leucovorin", "oxaliplatin"], drugs.Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Chemotherapy with FOLFOX (folinic acid, fluorouracil and oxaliplatin) was given every 2 weeks.", "oxaliplatin", "oxaliplatin")]
    [InlineData("She started GEMCIS; the gemcitabine was later reduced for thrombocytopenia.", "gemcitabine", "gemcitabine")]
    [InlineData("He received BEP (bleomycin, etoposide and cisplatin).", "cisplatin", "cisplatin")]
    public void ADrugFirstSeenThroughItsRegimenTakesAsEvidenceTheMentionThatNamesIt(string text, string generic, string evidence)
    {
        var fact = DrugFacts.Single(text, generic);
        Assert.Equal(evidence, fact.Evidence.Text);
        Assert.Equal(evidence, fact.Mention);
    }
}
