namespace CaseIngest.Core.Tests.Drugs;

public sealed class DrugNameTests
{
    [Theory]
    [InlineData("He was started on Keytruda after progression.", "pembrolizumab", "Keytruda", "anti-PD-1 antibody")]
    [InlineData("She received OPDIVO every two weeks.", "nivolumab", "OPDIVO", "anti-PD-1 antibody")]
    [InlineData("Her thyroid was replaced with Synthroid 50 µg.", "levothyroxine", "Synthroid", "thyroid hormone")]
    [InlineData("Treatment with Tecentriq was begun.", "atezolizumab", "Tecentriq", "anti-PD-L1 antibody")]
    [InlineData("She was given Yervoy.", "ipilimumab", "Yervoy", "anti-CTLA-4 antibody")]
    [InlineData("He took Xarelto for atrial fibrillation.", "rivaroxaban", "Xarelto", "anticoagulant")]
    [InlineData("The regimen included 5-FU as a bolus.", "fluorouracil", "5-FU", "antimetabolite")]
    [InlineData("She was treated with 5-fluorouracil.", "fluorouracil", "5-fluorouracil", "antimetabolite")]
    [InlineData("Low-dose MTX was continued.", "methotrexate", "MTX", "antimetabolite")]
    [InlineData("Induction with ATRA was started.", "tretinoin", "ATRA", null)]
    [InlineData("He received INH for latent tuberculosis.", "isoniazid", "INH", "antibiotic")]
    [InlineData("She was given nab-paclitaxel weekly.", "paclitaxel", "nab-paclitaxel", "taxane")]
    [InlineData("Ibandronate was given monthly.", "ibandronic acid", "Ibandronate", null)]
    [InlineData("She received zoledronate for bone metastases.", "zoledronic acid", "zoledronate", null)]
    [InlineData("He took alendronate weekly.", "alendronic acid", "alendronate", null)]
    [InlineData("He started tenofovir disoproxil fumarate for hepatitis B.", "tenofovir disoproxil", "tenofovir disoproxil fumarate", "antiviral")]
    [InlineData("He was switched to tenofovir alafenamide.", "tenofovir alafenamide", "tenofovir alafenamide", "antiviral")]
    [InlineData("Chemotherapy with nab-paclitaxel and nidaptin was given.", "nedaplatin", "nidaptin", "platinum agent")]
    public void BrandsAbbreviationsAndSynonymsMapToTheGenericName(string text, string generic, string mention, string? drugClass)
    {
        var fact = DrugFacts.Single(text, generic);
        Assert.Equal(mention, fact.Mention);
        Assert.Equal(drugClass, fact.DrugClass);
        Assert.Equal(mention, fact.Evidence.Text);
    }

    [Theory]
    [InlineData("Serum digoxin level was 2.1 ng/mL.")]
    [InlineData("Fasting insulin levels were high.")]
    [InlineData("A dexamethasone suppression test was abnormal.")]
    [InlineData("The mtx and inh results were pending.")]
    [InlineData("The aim of surgery was a complete resection.")]
    [InlineData("She had an AC joint injury.")]
    [InlineData("The patient received chemotherapy and antibiotics.")]
    [InlineData("Estradiol (E2), progesterone (P) and testosterone (T) were within normal ranges.")]
    [InlineData("The tumour was negative for CD56, synaptophysin and progesterone.")]
    [InlineData("Howard-Jones AR, Bowen AC, Danchin M, et al. COVID-19 in children and chemotherapy.")]
    [InlineData("Resistance to carbapenem and anthracycline agents was discussed.")]
    public void LabValuesLowerCaseAbbreviationsAndClassesAreNotDrugs(string text)
    {
        Assert.Empty(DrugFacts.Of(text));
    }

    [Theory]
    [InlineData("She was then treated with zorifertinib.", "zorifertinib", "tyrosine kinase inhibitor")]
    [InlineData("He received the new antibody zalifrelimab.", "zalifrelimab", "monoclonal antibody")]
    [InlineData("Therapy with saruparib was started.", "saruparib", "PARP inhibitor")]
    public void UnlistedAgentsAreFoundByTheirInnStem(string text, string generic, string drugClass)
    {
        var fact = DrugFacts.Single(text, generic);
        Assert.Equal(drugClass, fact.DrugClass);
    }

    [Theory]
    [InlineData("Ectopic ACTH syndrome was treated with ketoconazole.", "ketoconazole")]
    [InlineData("An elevated calcitonin was found, and she was started on levothyroxine.", "levothyroxine")]
    [InlineData("Her calcitonin was 120 pg/mL when vandetanib was given.", "vandetanib")]
    [InlineData("Insulin of 40 µIU/mL persisted under treatment with octreotide.", "octreotide")]
    [InlineData("A raised testosterone was noted before leuprolide was started.", "leuprorelin")]
    public void AnEndogenousSubstanceSpokenOfAsAnAnalyteIsNoDrugBesideTheTreatment(string text, string treatment)
    {
        Assert.Equal([treatment], DrugFacts.Of(text).Select(d => d.Name));
    }

    [Theory]
    [InlineData("He was given insulin for hyperglycaemia.", "insulin")]
    [InlineData("Norepinephrine was infused to keep the blood pressure.", "norepinephrine")]
    [InlineData("She was started on hydrocortisone 20 mg.", "hydrocortisone")]
    [InlineData("Epoetin alfa 10,000 IU was given weekly for the anaemia.", "epoetin alfa")]
    [InlineData("Insulin was infused at 0.1 U/kg per hour.", "insulin")]
    public void EndogenousSubstancesCountAsDrugsWhenTheSentenceSpeaksOfTreatment(string text, string generic)
    {
        Assert.Equal(generic, DrugFacts.Single(text, generic).Name);
    }

    [Fact]
    public void RepeatedMentionsOfOneDrugBecomeOneFactWithTheStatedAttributes()
    {
        var drugs = DrugFacts.Of("She started pembrolizumab. Pembrolizumab 200 mg was given every 3 weeks. Pembrolizumab was well tolerated.");
        var fact = Assert.Single(drugs);
        Assert.Equal("pembrolizumab", fact.Name);
        Assert.Equal(200, fact.Dose!.Value);
        Assert.Equal(3, fact.Frequency!.Every);
        Assert.Equal("pembrolizumab", fact.Evidence.Text);
    }

    [Fact]
    public void TwoDosesOfOneDrugBecomeTwoFacts()
    {
        var drugs = DrugFacts.Of("Prednisone 60 mg was given. It was tapered to prednisone 10 mg.");
        Assert.Equal([60.0, 10.0], drugs.Where(d => d.Name == "prednisone").Select(d => d.Dose!.Value));
    }

    [Fact]
    public void MentionsInTheReferenceListAreIgnored()
    {
        const string text = "Case presentation\nA 60-year-old man received nivolumab for melanoma.\n\nReferences\n1. Smith J. Pembrolizumab and ipilimumab in melanoma. N Engl J Med. 2015;372:2521-32.\n";
        var drugs = DrugFacts.Of(text);
        Assert.Equal(["nivolumab"], drugs.Select(d => d.Name));
    }

    [Fact]
    public void DrugBankVocabularyAddsAgentsTheCuratedLexiconLacks()
    {
        const string text = "He was treated with colestipol for pruritus.";
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Name == "colestipol");
        var record = Support.Engines.WithDrugBank.Process("t.txt", System.Text.Encoding.UTF8.GetBytes(text)).Record!;
        Assert.Contains(record.Drugs, d => d.Name == "colestipol");
    }

    [Fact]
    public void DrugBankVocabularyNeverRenamesCuratedDrugs()
    {
        var record = Support.Engines.WithDrugBank.Process("t.txt", "She took acetaminophen and Tylenol."u8.ToArray()).Record!;
        Assert.All(record.Drugs, d => Assert.Equal("paracetamol", d.Name));
    }

    [Theory]
    [InlineData("Protein induced by vitamin K absence (PIVKA-II) was elevated.")]
    [InlineData("She had no history of vitamin K antagonist use.")]
    [InlineData("The cortisol rhythm and ACTH rhythm were normal.")]
    public void ASubstanceNamedInALaboratoryValueOrClassIsNotADrug(string text)
    {
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Name is "vitamin k" or "corticotropin");
    }
}
