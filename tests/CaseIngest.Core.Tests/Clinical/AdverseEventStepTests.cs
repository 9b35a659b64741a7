namespace CaseIngest.Core.Tests.Clinical;

public sealed class AdverseEventStepTests
{
    [Theory]
    [InlineData("After pembrolizumab he developed grade 3 colitis.", "colitis", 3)]
    [InlineData("After pembrolizumab he developed colitis (grade 2).", "colitis", 2)]
    [InlineData("After pembrolizumab he developed G3 diarrhea.", "diarrhea", 3)]
    [InlineData("After pembrolizumab he had CTCAE grade 4 hepatitis.", "hepatitis", 4)]
    [InlineData("After pembrolizumab he had grade III pneumonitis.", "pneumonitis", 3)]
    [InlineData("After pembrolizumab he had grade four bone marrow suppression.", "myelosuppression", 4)]
    [InlineData("After nivolumab she developed immune-related colitis.", "colitis", null)]
    [InlineData("After nivolumab she developed transaminitis.", "hepatitis", null)]
    [InlineData("After nivolumab she developed hypothyroidism.", "hypothyroidism", null)]
    [InlineData("After nivolumab she had hypophysitis.", "hypophysitis", null)]
    [InlineData("After nivolumab she had adrenal insufficiency.", "adrenal insufficiency", null)]
    [InlineData("After nivolumab she had type 1 diabetes.", "type 1 diabetes mellitus", null)]
    [InlineData("After nivolumab she had myocarditis.", "myocarditis", null)]
    [InlineData("After nivolumab she had a pruritic rash.", "rash", null)]
    [InlineData("After nivolumab she had pruritus.", "pruritus", null)]
    [InlineData("After nivolumab she had vitiligo.", "vitiligo", null)]
    [InlineData("After carboplatin she had febrile neutropenia.", "febrile neutropenia", null)]
    [InlineData("After carboplatin she had thrombocytopenia.", "thrombocytopenia", null)]
    [InlineData("After radiotherapy she had radiation pneumonitis.", "radiation pneumonitis", null)]
    [InlineData("After radiotherapy she had grade 2 radiation dermatitis.", "radiation dermatitis", 2)]
    [InlineData("After nivolumab she had Stevens-Johnson syndrome.", "stevens-johnson syndrome", null)]
    [InlineData("During the first nivolumab infusion she had an infusion reaction.", "infusion reaction", null)]
    public void NamesTheEventAndItsGrade(string text, string term, int? grade)
    {
        var drug = text.Contains("pembrolizumab", StringComparison.Ordinal) ? "pembrolizumab"
            : text.Contains("carboplatin", StringComparison.Ordinal) ? "carboplatin"
            : text.Contains("nivolumab", StringComparison.Ordinal) ? "nivolumab" : null;
        var context = drug is null ? ClinicalRun.Run(text) : ClinicalRun.Run(text, drug);
        var adverseEvent = Assert.Single(context.AdverseEvents);
        Assert.Equal(term, adverseEvent.Term);
        Assert.Equal(grade, adverseEvent.Grade);
    }

    [Theory]
    [InlineData("He received pembrolizumab. There was no diarrhea.")]
    [InlineData("He received pembrolizumab. He denied nausea or vomiting.")]
    [InlineData("He received pembrolizumab. His mother had hypothyroidism.")]
    [InlineData("He presented with fatigue. He then received pembrolizumab.")]
    public void NegatedEarlierAndRelativesEventsAreLeftOut(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "pembrolizumab").AdverseEvents);

    [Fact]
    public void AGradeBeforeACoordinatedListGradesEachEvent()
    {
        var events = ClinicalRun.Run("Nivolumab was well tolerated, with occasional grade 1 diarrhea and pruritus.", "Nivolumab").AdverseEvents;
        Assert.Equal([("diarrhea", (int?)1), ("pruritus", 1)], events.Select(e => (e.Term, e.Grade)));
    }

    [Theory]
    [InlineData("After two cycles of carboplatin she had grade 3 anaemia, grade 2 mucositis, nausea and fatigue.")]
    [InlineData("Carboplatin was stopped because of grade 4 thrombocytopenia, grade 3 neutropenia, diarrhoea, and fatigue.")]
    public void InAListWhoseItemsStateTheirOwnGradesAnUngradedItemHasNoGrade(string text)
    {
        var events = ClinicalRun.Run(text, "carboplatin").AdverseEvents;
        Assert.Null(Assert.Single(events, e => e.Term == "fatigue").Grade);
        Assert.Equal(2, events.Count(e => e.Grade is not null));
    }

    [Theory]
    [InlineData("After two cycles of carboplatin she had grade 2 nausea and vomiting.")]
    [InlineData("After two cycles of carboplatin she had grade 2 nausea/vomiting.")]
    public void NauseaAndVomitingAreTwoEvents(string text)
    {
        var events = ClinicalRun.Run(text, "carboplatin").AdverseEvents;
        Assert.Equal([("nausea", (int?)2), ("vomiting", 2)], events.Select(e => (e.Term, e.Grade)));
    }

    [Fact]
    public void ToxicitiesNamedByOrganSystemMapToTheirCtcaeTerm()
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run("The carboplatin dose was lowered because of haematological toxicity.", "carboplatin").AdverseEvents);
        Assert.Equal("hematologic toxicity", adverseEvent.Term);
        Assert.Equal("Blood and lymphatic system disorders - Other, specify", adverseEvent.CtcaeTerm);
        Assert.Equal(["carboplatin"], adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("On carboplatin she had only grade 1 gastrointestinal and hematological toxicities.", "gastrointestinal toxicity", "hematologic toxicity")]
    [InlineData("On carboplatin she had only grade 1 renal and hematologic toxicity.", "acute kidney injury", "hematologic toxicity")]
    [InlineData("On carboplatin she had only grade 1 hepatic, renal and GI toxicities.", "hepatitis", "acute kidney injury", "gastrointestinal toxicity")]
    public void ModifiersCoordinatedBeforeOneHeadNameAnEventEach(string text, params string[] terms)
    {
        var events = ClinicalRun.Run(text, "carboplatin").AdverseEvents;
        Assert.Equal(terms, events.Select(e => e.Term));
        Assert.All(events, e => Assert.Equal(1, e.Grade));
    }

    [Fact]
    public void AWordBeforeAnEventThatNamesNoEventOfItsHeadIsNotOne() =>
        Assert.Equal(["hematologic toxicity"], ClinicalRun.Run("On carboplatin she had mild and transient hematological toxicity.", "carboplatin").AdverseEvents.Select(e => e.Term));

    [Fact]
    public void ToxicityWordsMakeAnEventCountWithoutATreatment() =>
        Assert.Equal("colitis", Assert.Single(ClinicalRun.Run("He had checkpoint inhibitor-induced colitis.").AdverseEvents).Term);

    [Fact]
    public void EventsInTheGeneralDiscussionAreLeftOut()
    {
        const string text = "Case presentation\nHe received nivolumab.\n\nDiscussion\nGrade 3 colitis occurs in 10% of patients [4].\n";
        Assert.Empty(ClinicalRun.Run(text, "nivolumab").AdverseEvents);
    }

    [Fact]
    public void OneFactPerTermWithTheHighestStatedGrade()
    {
        var events = ClinicalRun.Run("He received nivolumab. He had colitis. The colitis was grade 2. Colitis recurred as grade 3 colitis. Colitis resolved.", "nivolumab").AdverseEvents;
        var colitis = Assert.Single(events);
        Assert.Equal(3, colitis.Grade);
        Assert.Equal("grade 3 colitis".Length, colitis.Evidence.Text.Length + "grade 3 ".Length);
    }

    [Theory]
    [InlineData("He received pembrolizumab. He was admitted without nausea, vomiting, diarrhea, chills or fever.")]
    [InlineData("He received pembrolizumab. The work-up excluded conditions such as hypertension or diabetes.")]
    [InlineData("He received pembrolizumab. Causes were ruled out, including extrarenal ones such as diarrhea.")]
    [InlineData("He received pembrolizumab. He did not exhibit other symptoms associated with hypophysitis.")]
    [InlineData("He received pembrolizumab. She was non-febrile.")]
    [InlineData("He received pembrolizumab. A tracheostomy was done in anticipation of immunotherapy-related edema.")]
    [InlineData("He received pembrolizumab with complete resolution of his headache.")]
    [InlineData("He received pembrolizumab. Acute interstitial nephritis was largely excluded.")]
    [InlineData("He received pembrolizumab. Dialysis was needed for kidney failure presumed from sepsis.")]
    [InlineData("He received pembrolizumab. Enzymes were raised, suggestive of hepatitis.")]
    [InlineData("He received pembrolizumab. Sigmoidoscopy revealed mucosal erythema.")]
    public void NegatedHypotheticalAndExampleListsAreLeftOut(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "pembrolizumab").AdverseEvents);

    [Theory]
    [InlineData("He received pembrolizumab. Hepatitis B surface antigen was positive.")]
    [InlineData("He received pembrolizumab. MRI showed a mass with peritumoral edema.")]
    [InlineData("He received pembrolizumab. She had a history of type 2 diabetes and autoimmune thyroiditis.")]
    [InlineData("He received pembrolizumab. Colitis occurs in 10% of patients treated with it.")]
    [InlineData("He received pembrolizumab. Fatigue was the most common event (12).")]
    public void FindingsHistoryAndGeneralStatementsAreNotEvents(string text) =>
        Assert.Empty(ClinicalRun.Run(text, "pembrolizumab").AdverseEvents);

    [Fact]
    public void ComplaintsBeforeTheTreatmentInTheCaseAreNotEventsOfATreatmentTheTitleNames()
    {
        const string text = "Pembrolizumab-induced colitis\n\nCase presentation\nA 60-year-old man presented with fatigue and weight loss. "
            + "He received pembrolizumab. Two weeks later he developed diarrhea.\n";
        var events = ClinicalRun.Run(text, "pembrolizumab").AdverseEvents;
        Assert.Equal(["colitis", "diarrhea"], events.Select(e => e.Term).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ASectionThatNamesTheTreatmentLaterOpensWithThePresentation()
    {
        const string text = "Background\nNivolumab is used widely.\n\nCase presentation\nA 60-year-old man with hypertension presented with "
            + "dysphagia. He received nivolumab. He then developed colitis.\n";
        var events = ClinicalRun.Run(text, "Nivolumab").AdverseEvents;
        Assert.Equal(["colitis"], events.Select(e => e.Term));
    }

    [Theory]
    [InlineData("Postoperative complications included a deep wound infection and a cerebrospinal fluid leak.")]
    [InlineData("The resection was complicated by a CSF leak.")]
    public void ComplicationsOfAnOperationWithoutADrugAreNotAdverseEvents(string text) =>
        Assert.Empty(ClinicalRun.Run(text).AdverseEvents);

    [Fact]
    public void AComplicationOfChemotherapyAfterAnOperationIsAnAdverseEvent() =>
        Assert.Equal("febrile neutropenia", Assert.Single(ClinicalRun.Run(
            "After the resection she received adjuvant docetaxel, which was complicated by febrile neutropenia.", "docetaxel").AdverseEvents).Term);

    [Theory]
    [InlineData("After nivolumab he developed septic shock.", "septic shock")]
    [InlineData("After nivolumab he developed aspiration pneumonia.", "aspiration pneumonia")]
    [InlineData("After nivolumab he had drug-induced liver injury.", "drug-induced liver injury")]
    [InlineData("After nivolumab he had a sarcoid-like reaction.", "sarcoidosis-like reaction")]
    [InlineData("After nivolumab he had fevers.", "fever")]
    public void SpecificEventsKeepTheirOwnName(string text, string term) =>
        Assert.Equal(term, Assert.Single(ClinicalRun.Run(text, "nivolumab").AdverseEvents).Term);

    [Fact]
    public void RejectsALexiconTermInCapitals()
    {
        var error = Assert.Throws<Lexicons.LexiconException>(() => new Core.Extraction.AdverseEvents.AdverseEventStep([(7, "colitis\tColitis")], "ae.tsv"));
        Assert.Contains("ae.tsv:7", error.Message, StringComparison.Ordinal);
    }
}
