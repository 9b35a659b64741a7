using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A drug written as the modifier of one noun of a list of events ("bleomycin pneumonitis and peripheral neuropathy")
/// is that event's cause, not the list's: the other events go to the treatment the narrative gives them. A drug set
/// apart before the whole list, or named after it, stays every event's.
/// </summary>
public sealed class AdverseEventDrugModifierTests
{
    [Theory]
    [InlineData("A 29-year-old man with Hodgkin lymphoma was treated with ABVD. He developed bleomycin pneumonitis and peripheral neuropathy.",
        "peripheral neuropathy", "dacarbazine,doxorubicin,vinblastine")]
    [InlineData("A 29-year-old man with Hodgkin lymphoma was treated with ABVD. He developed bleomycin pneumonitis and peripheral neuropathy.",
        "pneumonitis", "bleomycin")]
    [InlineData("A 33-year-old man with a testicular germ cell tumour received bleomycin, etoposide and cisplatin. He developed bleomycin pneumonitis and grade 2 tinnitus.",
        "tinnitus", "bleomycin,cisplatin,etoposide")]
    [InlineData("A 60-year-old woman with mesothelioma received cisplatin and pemetrexed. She developed cisplatin nephrotoxicity and grade 3 neutropenia.",
        "neutropenia", "cisplatin,pemetrexed")]
    [InlineData("A 41-year-old man with Hodgkin lymphoma was seen. After bleomycin, pneumonitis and fever developed.",
        "fever", "bleomycin")]
    [InlineData("A 38-year-old man with Hodgkin lymphoma was seen. He developed pneumonitis and grade 2 rash after bleomycin.",
        "pneumonitis", "bleomycin")]
    public void ADrugModifyingOneEventOfAListIsThatEventsOnly(string text, string term, string drugs)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }
}
