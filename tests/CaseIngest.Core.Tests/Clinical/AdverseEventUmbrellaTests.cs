namespace CaseIngest.Core.Tests.Clinical;

/// <summary>An umbrella term told with the events it gathers names them again; told alone it is an event of its own.</summary>
public sealed class AdverseEventUmbrellaTests
{
    [Theory]
    [InlineData("He received capecitabine and oxaliplatin. After three cycles he had grade 2 nausea, vomiting and diarrhea. These gastrointestinal toxicities resolved with supportive care.", "capecitabine,oxaliplatin", "nausea,vomiting,diarrhea")]
    [InlineData("She was treated with carboplatin and paclitaxel. After four cycles she had grade 3 neutropenia and anemia. Because of the hematologic toxicity, the carboplatin dose was reduced.", "carboplatin,paclitaxel", "neutropenia,anemia")]
    [InlineData("He received gemcitabine and cisplatin. The gemcitabine dose was adjusted because of hematological toxicity (thrombocytopenia and anemia).", "gemcitabine,cisplatin", "thrombocytopenia,anemia")]
    public void AnUmbrellaTermToldWithTheEventsItGathersAddsNoEvent(string text, string drugs, string terms) =>
        Assert.Equal(terms.Split(',').Order(), ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents.Select(e => e.Term).Order());

    [Theory]
    [InlineData("He received oxaliplatin, irinotecan and fluorouracil every two weeks, with dose adjustments for hematological toxicity. They were stopped after 24 cycles because of peripheral neuropathy.", "oxaliplatin,irinotecan,fluorouracil", "hematologic toxicity")]
    [InlineData("She received oxaliplatin and capecitabine. She had grade 2 neuropathy. Gastrointestinal toxicity led to a dose reduction.", "oxaliplatin,capecitabine", "gastrointestinal toxicity")]
    public void AnUmbrellaTermWithoutEventsOfItsClassNearbyIsAnEvent(string text, string drugs, string term) =>
        Assert.Contains(term, ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents.Select(e => e.Term));
}
