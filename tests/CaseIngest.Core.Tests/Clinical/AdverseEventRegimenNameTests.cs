using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A regimen named by its acronym stands for every drug of it: an event that follows "R-CHOP" or "FOLFOX" in the narrative
/// is the event of all of its drugs, as it is when the drugs are listed one by one. A fall of blood counts is not the corticosteroid's of
/// a regimen (the prednisone of R-CHOP) while the regimen's other drugs remain to carry it.
/// </summary>
public sealed class AdverseEventRegimenNameTests
{
    [Theory]
    [InlineData("A 57-year-old woman with pancreatic cancer was treated with FOLFIRINOX. She was admitted with febrile neutropenia after the third cycle.",
        "febrile neutropenia", "fluorouracil,irinotecan,leucovorin,oxaliplatin")]
    [InlineData("A 67-year-old man with gastric cancer was given CAPOX every three weeks. Grade 3 hand-foot syndrome developed during the second cycle.",
        "hand-foot syndrome", "capecitabine,oxaliplatin")]
    [InlineData("A 29-year-old woman with Hodgkin lymphoma received two cycles of ABVD. Neutropenic fever occurred ten days after the second cycle.",
        "febrile neutropenia", "bleomycin,dacarbazine,doxorubicin,vinblastine")]
    [InlineData("A 70-year-old man with diffuse large B-cell lymphoma was started on R-CHOP. He developed grade 4 neutropenia on day 10 of the first cycle.",
        "neutropenia", "cyclophosphamide,doxorubicin,rituximab,vincristine")]
    [InlineData("A 59-year-old man with colon cancer received mFOLFOX6 every two weeks. The fourth cycle was postponed because of grade 3 thrombocytopenia.",
        "thrombocytopenia", "fluorouracil,leucovorin,oxaliplatin")]
    public void AnEventOfARegimenNamedByItsAcronymIsTheEventOfItsDrugs(string text, string term, string drugs)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCorticosteroidOfARegimenKeepsAnEventThatIsNoFallOfBloodCounts()
    {
        var text = "A 66-year-old woman with follicular lymphoma received R-CHOP. After four cycles, she developed grade 2 peripheral neuropathy.";
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents);
        Assert.Contains("prednisone", adverseEvent.Therapy);
        Assert.Contains("vincristine", adverseEvent.Therapy);
    }
}
