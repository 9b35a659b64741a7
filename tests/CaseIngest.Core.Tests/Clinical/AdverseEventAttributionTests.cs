namespace CaseIngest.Core.Tests.Clinical;

/// <summary>Which events count as adverse events of a treatment, and which treatments they are attributed to.</summary>
public sealed class AdverseEventAttributionTests
{
    [Theory]
    [InlineData("She had a history of melanoma. Pembrolizumab-induced hypothyroidism was diagnosed in March.", "hypothyroidism", "pembrolizumab")]
    [InlineData("Nivolumab was held for immune-related thyroiditis.", "thyroiditis", "nivolumab")]
    [InlineData("He received ipilimumab. Two months later, his liver enzymes rose and the hepatitis was attributed to ipilimumab.", "hepatitis", "ipilimumab")]
    [InlineData("She presented with diarrhoea three weeks after the second dose of nivolumab.", "diarrhea", "nivolumab")]
    [InlineData("Durvalumab was permanently discontinued because of myocarditis.", "myocarditis", "durvalumab")]
    [InlineData("She received capecitabine; the dose was reduced for hand-foot syndrome.", "hand-foot syndrome", "capecitabine")]
    public void ATieNamesTheTreatment(string text, string term, string therapy)
    {
        var drug = char.ToUpperInvariant(therapy[0]) + therapy[1..];
        var context = ClinicalRun.Run(text, text.Contains(drug, StringComparison.Ordinal) ? drug : therapy);
        var adverseEvent = Assert.Single(context.AdverseEvents);
        Assert.Equal(term, adverseEvent.Term);
        Assert.Equal([therapy], adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("She took prednisolone 30 mg daily for polymyalgia rheumatica. Two years later she had steroid-induced diabetes mellitus, treated with metformin.")]
    [InlineData("She took prednisolone 30 mg daily for polymyalgia rheumatica. Two years later she developed glucocorticoid-induced diabetes.")]
    public void AnEventTheTextTiesToSteroidsIsTheCorticosteroidsGiven(string text)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "prednisolone").AdverseEvents);
        Assert.Equal(("steroid-induced diabetes", "Hyperglycemia"), (adverseEvent.Term, adverseEvent.CtcaeTerm));
        Assert.Equal(["prednisolone"], adverseEvent.Therapy);
    }

    [Fact]
    public void CoordinatedEventsShareTheGradeAndTheTie()
    {
        var events = ClinicalRun.Run("Grade 3 diarrhoea and colitis were attributed to ipilimumab.", "ipilimumab").AdverseEvents;
        Assert.Equal([("diarrhea", (int?)3, "ipilimumab"), ("colitis", 3, "ipilimumab")], events.Select(e => (e.Term, e.Grade, Assert.Single(e.Therapy))));
    }

    [Fact]
    public void ARegimenBeforeTheEventIsItsTherapy()
    {
        var events = ClinicalRun.Run("After two cycles of carboplatin and etoposide, she developed febrile neutropenia and mucositis.", "carboplatin", "etoposide").AdverseEvents;
        Assert.Equal(["febrile neutropenia", "mucositis"], events.Select(e => e.Term));
        Assert.All(events, e => Assert.Equal(["carboplatin", "etoposide"], e.Therapy));
    }

    [Fact]
    public void WithoutANamedDrugTheTreatmentStartedLastBeforeTheEventIsTheTherapy()
    {
        const string text = "She received carboplatin and paclitaxel for six cycles. Pembrolizumab was then started as maintenance. "
            + "Two months later she developed hypophysitis.";
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "carboplatin", "paclitaxel", "Pembrolizumab").AdverseEvents);
        Assert.Equal("hypophysitis", adverseEvent.Term);
        Assert.Equal(["pembrolizumab"], adverseEvent.Therapy);
    }

    [Fact]
    public void ARadiationEventGoesToRadiotherapy()
    {
        const string text = "She received carboplatin with radiotherapy to the chest. Two months later she developed radiation pneumonitis.";
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "carboplatin").AdverseEvents);
        Assert.Equal(("radiation pneumonitis", "Pneumonitis"), (adverseEvent.Term, adverseEvent.CtcaeTerm));
        Assert.Equal(["radiotherapy"], adverseEvent.Therapy);
    }

    [Fact]
    public void TheRemedyOfAnEventIsNotItsTherapy()
    {
        const string text = "He received nivolumab. Two weeks later he developed colitis, which was treated with infliximab. Prednisone was given for the colitis.";
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "nivolumab", "infliximab", "Prednisone").AdverseEvents);
        Assert.Equal(["nivolumab"], adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("He received pembrolizumab. Levofloxacin was given, and a week later he developed pneumonitis.", "pneumonitis", "pembrolizumab")]
    [InlineData("He received pembrolizumab and, for the pneumonitis, prednisone. He then had prednisone-induced hyperglycaemia.", "hyperglycemia", "prednisone")]
    public void ADrugThatIsNotAnAnticancerOneMustBeTiedToTheEventItself(string text, string term, string therapy)
    {
        var drugs = new[] { "pembrolizumab", "Levofloxacin", "prednisone" }.Where(d => text.Contains(d, StringComparison.Ordinal)).ToArray();
        var adverseEvent = ClinicalRun.Run(text, drugs).AdverseEvents.Single(e => e.Term == term);
        Assert.Equal([therapy], adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("She received nivolumab. Her comorbidities were hypothyroidism and hypertension, both well controlled.")]
    [InlineData("She received nivolumab. With known hypothyroidism, her levothyroxine dose was adjusted twice.")]
    [InlineData("She received nivolumab. Her past medical history included type 1 diabetes.")]
    public void PastHistoryIsNotAnAdverseEvent(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").AdverseEvents);

    [Fact]
    public void TheSameEventIsAnAdverseEventWhenTheTextTiesItToTheTreatment() =>
        Assert.Equal("hypothyroidism", Assert.Single(ClinicalRun.Run("She received nivolumab. Eight weeks later she developed hypothyroidism.", "nivolumab").AdverseEvents).Term);

    [Theory]
    [InlineData("She received nivolumab for two years. She later presented with dyspnoea and a cough.")]
    [InlineData("She received nivolumab for two years. In 2023 she was hospitalised for vomiting.")]
    public void TheReasonForALaterPresentationIsNotAnAdverseEvent(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").AdverseEvents);

    [Theory]
    [InlineData("He was admitted with fever and a productive cough. Nivolumab was given, and on the second day his fever persisted.")]
    [InlineData("She was admitted because of a right pleural effusion. She received nivolumab, and a month later her pleural effusion was larger.")]
    public void AComplaintPresentBeforeTheTreatmentIsNotItsAdverseEventWhenToldAgain(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").AdverseEvents);

    [Fact]
    public void AComplaintPresentBeforeTheTreatmentCountsWhenTheTextTiesItToTheTreatment()
    {
        const string text = "She presented with mild diarrhoea. She received nivolumab, and three weeks later she had grade 3 diarrhoea.";
        Assert.Equal("diarrhea", Assert.Single(ClinicalRun.Run(text, "nivolumab").AdverseEvents).Term);
    }

    [Theory]
    [InlineData("She was admitted because of a right pleural effusion. After two cycles of nivolumab her pleural effusion had disappeared.")]
    [InlineData("He received nivolumab. His fever, cough and vomiting cleared within a week.")]
    [InlineData("He received nivolumab. The anaemia and thrombocytopenia corrected after transfusion.")]
    public void AnEventTheSentenceTellsEndingIsNotAnAdverseEventWithoutATie(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").AdverseEvents);

    [Fact]
    public void AGradedEventThatResolvedIsStillAnAdverseEvent() =>
        Assert.Equal("colitis", Assert.Single(ClinicalRun.Run("He received nivolumab. Grade 3 colitis resolved with infliximab.", "nivolumab", "infliximab").AdverseEvents).Term);

    [Theory]
    [InlineData("He received nivolumab. Two weeks later he was treated with prednisolone for vasculitis.", "prednisolone")]
    [InlineData("She received carboplatin. She was then given ceftriaxone and azithromycin for pneumonia.", "ceftriaxone")]
    public void TheConditionADrugIsGivenForIsNotItsAdverseEvent(string text, string remedy) =>
        Assert.Empty(ClinicalRun.Run(text, text.Contains("nivolumab", StringComparison.Ordinal) ? "nivolumab" : "carboplatin", remedy).AdverseEvents);

    [Theory]
    [InlineData("He received nivolumab. Apart from persistent lymphopenia and diarrhoea from norovirus infection, his course was uneventful.")]
    [InlineData("He received nivolumab. Treatment of hypertension caused by the ectopic ACTH syndrome was started.")]
    [InlineData("He received nivolumab. A month later he had hepatitis due to a cytomegalovirus infection.")]
    public void AnEventTheTextAscribesToAnotherCauseIsNotAnAdverseEvent(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").AdverseEvents);

    [Fact]
    public void ADrugNameThatQualifiesAnotherCauseIsNotTheCause() =>
        Assert.Empty(ClinicalRun.Run("He received cisplatin. Treatment of hypertension caused by the ectopic ACTH syndrome was started.", "cisplatin", "ACTH").AdverseEvents);

    [Fact]
    public void AnEventFirstToldAsSomethingElseNeedsATieOfItsOwnWhenToldAgain() =>
        Assert.Empty(ClinicalRun.Run("He received nivolumab. Treatment of hypertension caused by the ectopic ACTH syndrome was started. "
            + "Three months later an examination revealed hypertension and a swollen leg.", "nivolumab").AdverseEvents);

    [Fact]
    public void ListedEventsThatTheSentenceSaysWereNotObservedAreNotAdverseEvents() =>
        Assert.Empty(ClinicalRun.Run("She received apatinib. Neutropenia, hypertension, hand-foot syndrome and proteinuria were not observed during apatinib therapy.", "apatinib").AdverseEvents);

    [Fact]
    public void AnImpendingEventIsNotAnAdverseEvent() =>
        Assert.Empty(ClinicalRun.Run("She received nivolumab. A month later she had stridor and signs of impending respiratory failure.", "nivolumab").AdverseEvents);

    [Fact]
    public void SteroidInducedDiabetesIsAnAdverseEvent()
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run("He was treated with prednisolone. A year later he had steroid-induced diabetes mellitus, treated with glimepiride.", "prednisolone").AdverseEvents);
        Assert.Equal(("steroid-induced diabetes", "Hyperglycemia"), (adverseEvent.Term, adverseEvent.CtcaeTerm));
    }

    [Theory]
    [InlineData("She received nivolumab. A CT scan showed a malignant pleural effusion.")]
    [InlineData("She received nivolumab. She developed dysphagia due to the tumour.")]
    [InlineData("She received nivolumab. She had hypercalcaemia secondary to bone metastases.")]
    [InlineData("She received nivolumab. Three months later the disease progressed and she had severe dyspnoea.")]
    [InlineData("She received nivolumab. Three months later the tumour relapsed in the liver. She complained of nausea.")]
    public void ManifestationsOfTheTumourAreNotAdverseEvents(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").AdverseEvents);

    [Theory]
    [InlineData("She received neoadjuvant nivolumab. The resection was complicated by a wound infection.")]
    [InlineData("She received neoadjuvant nivolumab. Postoperatively she developed pneumonia.")]
    [InlineData("She received nivolumab. The septal mucosa was dissected, which resulted in diffuse hemorrhage.")]
    public void ComplicationsOfAnOperationAreNotAdverseEventsOfADrug(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").AdverseEvents);

    [Theory]
    [InlineData("After nivolumab she had grade 2 pruritus.", "pruritus", "Pruritus", "10037087")]
    [InlineData("After nivolumab she had pruritis of the arms.", "pruritus", "Pruritus", "10037087")]
    [InlineData("After nivolumab she developed immune-related colitis.", "colitis", "Colitis", "10009887")]
    [InlineData("After carboplatin she had thrombocytopenia.", "thrombocytopenia", "Platelet count decreased", "10035528")]
    [InlineData("After carboplatin she had oral mucositis.", "mucositis", "Mucositis oral", "10028130")]
    [InlineData("After capecitabine she had hand-foot syndrome.", "hand-foot syndrome", "Palmar-plantar erythrodysesthesia syndrome", "10054524")]
    [InlineData("After carboplatin she had febrile neutropenia.", "febrile neutropenia", "Febrile neutropenia", "10016288")]
    [InlineData("After two cycles of cisplatin he developed grade 2 tinnitus.", "tinnitus", "Tinnitus", "10043882")]
    [InlineData("After nivolumab she had anaemia.", "anemia", "Anemia", "10002272")]
    public void EventsCarryTheirCtcaeTermAndMeddraCode(string text, string term, string ctcae, string code)
    {
        var drug = new[] { "nivolumab", "carboplatin", "capecitabine", "cisplatin" }.First(d => text.Contains(d, StringComparison.Ordinal));
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drug).AdverseEvents);
        Assert.Equal((term, ctcae, code), (adverseEvent.Term, adverseEvent.CtcaeTerm, adverseEvent.MeddraCode));
    }

    [Fact]
    public void AnEventWithoutACtcaeTermHasNone()
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run("After nivolumab she had a sarcoid-like reaction.", "nivolumab").AdverseEvents);
        Assert.Null(adverseEvent.CtcaeTerm);
        Assert.Null(adverseEvent.MeddraCode);
    }

    [Theory]
    [InlineData("He received cisplatin. An electrocardiogram showed sinus tachycardia.")]
    [InlineData("He received cisplatin. Laboratory tests showed leukocytosis.")]
    public void ATermKnownOnlyToCtcaeNeedsATie(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "cisplatin").AdverseEvents);

    [Fact]
    public void AnUnknownCtcaeTermInTheHandTableIsRejected()
    {
        var error = Assert.Throws<Lexicons.LexiconException>(() => new Core.Extraction.AdverseEvents.AdverseEventStep([(3, "itchy skin\tpruritus\tItchiness")], "ae.tsv"));
        Assert.Contains("ae.tsv:3", error.Message, StringComparison.Ordinal);
    }
}
