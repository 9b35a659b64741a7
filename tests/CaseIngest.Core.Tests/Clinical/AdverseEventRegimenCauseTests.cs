using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event whose own sentence names a regimen by its acronym is credited to the drugs of the regimen known to cause
/// it (the oxaliplatin of FOLFOX for neuropathy, the cisplatin of BEP for tinnitus); an event no drug of the regimen is
/// known for keeps a single drug of it, and an event worded as the steroids' ("steroid-induced") the corticosteroid of it.
/// </summary>
public sealed class AdverseEventRegimenCauseTests
{
    [Theory]
    [InlineData("A 63-year-old man with stage III colon cancer was seen in clinic. He developed grade 2 peripheral neuropathy after the sixth cycle of FOLFOX.",
        "peripheral neuropathy", "oxaliplatin")]
    [InlineData("A 71-year-old woman with diffuse large B-cell lymphoma was admitted. Grade 3 peripheral neuropathy occurred after four cycles of R-CHOP.",
        "peripheral neuropathy", "vincristine")]
    [InlineData("A 74-year-old man with mantle cell lymphoma was referred. He was admitted with congestive heart failure after six cycles of R-CHOP.",
        "heart failure", "doxorubicin")]
    [InlineData("A 9-year-old boy with rhabdomyosarcoma was seen. Hemorrhagic cystitis developed after the second cycle of VAC chemotherapy.",
        "hemorrhagic cystitis", "cyclophosphamide")]
    [InlineData("A 24-year-old man with a testicular germ cell tumour was followed up. After three cycles of BEP chemotherapy, he reported tinnitus.",
        "tinnitus", "cisplatin")]
    [InlineData("A 31-year-old woman with Hodgkin lymphoma was admitted. She developed pneumonitis after the fourth cycle of ABVD.",
        "pneumonitis", "bleomycin")]
    public void AnEventWithARegimenInItsSentenceIsCreditedToTheDrugsKnownToCauseIt(string text, string term, string drugs)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnEventNoDrugOfTheRegimenIsKnownForKeepsOneDrugOfIt()
    {
        var text = "A 68-year-old man with follicular lymphoma was seen. He was admitted with febrile neutropenia after the second cycle of R-CHOP.";
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == "febrile neutropenia");
        Assert.Single(adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("A 66-year-old woman with follicular lymphoma was treated. After the third cycle of R-CHOP she developed steroid-induced hyperglycemia.",
        "hyperglycemia", "prednisone")]
    [InlineData("A 72-year-old man with diffuse large B-cell lymphoma was admitted. He developed steroid-induced psychosis during the second cycle of R-CHOP.",
        "psychosis", "prednisone")]
    public void AnEventWordedAsTheSteroidsOfARegimenIsItsCorticosteroid(string text, string term, string drugs)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }
}
