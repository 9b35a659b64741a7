using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A drug named first as not given ("was proposed but refused", "was considered but not given") and given only later:
/// an event told between the two is not the drug's, and one told after the drug was given still is.
/// </summary>
public sealed class AdverseEventNotGivenMentionTests
{
    [Theory]
    [InlineData("Cetuximab was proposed but refused by the patient. Three weeks later she developed grade 2 diarrhea. After a month, cetuximab 400 mg/m2 was started.", "cetuximab")]
    [InlineData("Gemcitabine was considered but not given because of poor performance status. She developed grade 3 anemia in March. Gemcitabine 1000 mg/m2 was later given.", "gemcitabine")]
    [InlineData("Carboplatin was considered but not given because of renal failure. She had grade 3 fatigue afterwards. Paclitaxel weekly was later given, followed by carboplatin.", "carboplatin")]
    public void AnEventBeforeTheDrugWasGivenIsNotItsAdverseEvent(string text, string drug)
    {
        Assert.DoesNotContain(Engines.Extract(text).AdverseEvents, e => e.Therapy.Contains(drug));
    }

    [Theory]
    [InlineData("Cetuximab was proposed but refused at first. After a month, cetuximab 400 mg/m2 was started, and two weeks later she developed grade 2 diarrhea.", "cetuximab")]
    [InlineData("She was started on carboplatin. Two weeks later she had grade 3 fatigue.", "carboplatin")]
    public void AnEventAfterTheDrugWasGivenStaysItsAdverseEvent(string text, string drug)
    {
        Assert.Contains(Engines.Extract(text).AdverseEvents, e => e.Therapy.Contains(drug));
    }

    [Fact]
    public void AnEventThatAmelioratedOnADrugIsNoAdverseEvent()
    {
        var events = Engines.Extract("Intravenous cyclophosphamide 750 mg/m2 every 4 weeks was initiated. Her dyspnea then ameliorated.").AdverseEvents;
        Assert.DoesNotContain(events, e => e.Term == "dyspnea");
    }
}
