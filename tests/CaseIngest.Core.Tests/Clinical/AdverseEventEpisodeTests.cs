namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// How mentions of events become facts: an event told again under a later treatment is an episode of its own, the
/// parts an event names ("myelosuppression, including …") are events too, and a drug given within a regimen shares its
/// events.
/// </summary>
public sealed class AdverseEventEpisodeTests
{
    [Fact]
    public void AnEventToldAgainWithAGradeUnderALaterTreatmentIsAnotherEpisode()
    {
        const string text = "She received carboplatin and paclitaxel and developed grade 3 neutropenia and fatigue, so chemotherapy was stopped. "
            + "Olaparib was then started. Three months later she had grade 2 neutropenia, anemia and fatigue.";
        var events = ClinicalRun.Run(text, "carboplatin", "paclitaxel", "Olaparib").AdverseEvents;
        Assert.Equal(
            [("neutropenia", (int?)3, "carboplatin,paclitaxel"), ("neutropenia", 2, "olaparib")],
            events.Where(e => e.Term == "neutropenia").Select(e => (e.Term, e.Grade, string.Join(',', e.Therapy))));
        Assert.Equal(["carboplatin,paclitaxel", "olaparib"], events.Where(e => e.Term == "fatigue").Select(e => string.Join(',', e.Therapy)));
    }

    [Fact]
    public void AnEventToldAgainWithoutAGradeOrTieAfterATreatmentChangeStaysOneEpisode()
    {
        const string text = "He received nivolumab and developed grade 2 colitis. Nivolumab was stopped and carboplatin was started. The colitis persisted for a month.";
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "nivolumab", "carboplatin").AdverseEvents);
        Assert.Equal(("colitis", (int?)2), (adverseEvent.Term, adverseEvent.Grade));
        Assert.Equal(["nivolumab"], adverseEvent.Therapy);
    }

    [Fact]
    public void TheEventsAnEventIsSaidToIncludeAreEventsOfTheSameTreatment()
    {
        const string text = "After two cycles of carboplatin and etoposide he had myelosuppression, including grade 3 leukopenia and thrombocytopenia.";
        var events = ClinicalRun.Run(text, "carboplatin", "etoposide").AdverseEvents;
        Assert.Equal(["myelosuppression", "leukopenia", "thrombocytopenia"], events.Select(e => e.Term));
        Assert.All(events, e => Assert.Equal(["carboplatin", "etoposide"], e.Therapy));
    }

    [Fact]
    public void ADrugGivenWithinARegimenSharesItsEvents()
    {
        const string text = "She received oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and fluorouracil 2400 mg/m2 every two weeks. "
            + "After four cycles she developed grade 2 peripheral neuropathy.";
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "oxaliplatin", "leucovorin", "fluorouracil").AdverseEvents);
        Assert.Equal(["oxaliplatin", "leucovorin", "fluorouracil"], adverseEvent.Therapy);
    }

    [Fact]
    public void ADrugGivenBesideARegimenDoesNotShareItsEvents()
    {
        const string text = "She received carboplatin and paclitaxel. Ondansetron was given before each infusion. After two cycles she developed grade 2 neuropathy.";
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "carboplatin", "paclitaxel", "Ondansetron").AdverseEvents);
        Assert.Equal(["carboplatin", "paclitaxel"], adverseEvent.Therapy);
    }

    [Fact]
    public void ADrugPrescribedForTheRecoveryFromAnEventIsNotItsTherapy()
    {
        const string text = "After two cycles of carboplatin and etoposide she developed myelosuppression. "
            + "Megestrol and filgrastim were prescribed to increase appetite and promote the recovery of myelosuppression.";
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "carboplatin", "etoposide", "Megestrol", "filgrastim").AdverseEvents);
        Assert.Equal(["carboplatin", "etoposide"], adverseEvent.Therapy);
    }
}
