using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Two events of one sentence, each told with a treatment of its own ("grade 2 neuropathy after the eighth dose of
/// paclitaxel and febrile neutropenia during doxorubicin and cyclophosphamide"), each go to their own treatment, not to every treatment of the
/// sentence; events sharing one treatment ("neutropenia and thrombocytopenia after carboplatin") keep sharing it.
/// </summary>
public sealed class AdverseEventOwnCoordinateTests
{
    [Theory]
    [InlineData("A 47-year-old woman with breast cancer received paclitaxel followed by doxorubicin and cyclophosphamide. She developed grade 2 neuropathy after the eighth dose of paclitaxel and febrile neutropenia during doxorubicin and cyclophosphamide.",
        "peripheral neuropathy", "paclitaxel")]
    [InlineData("A 47-year-old woman with breast cancer received paclitaxel followed by doxorubicin and cyclophosphamide. She developed grade 2 neuropathy after the eighth dose of paclitaxel and febrile neutropenia during doxorubicin and cyclophosphamide.",
        "febrile neutropenia", "cyclophosphamide,doxorubicin")]
    [InlineData("A 61-year-old man with metastatic colorectal cancer was treated with irinotecan and cetuximab. He had grade 3 diarrhea after irinotecan and a grade 2 acneiform rash after cetuximab.",
        "diarrhea", "irinotecan")]
    [InlineData("A 61-year-old man with metastatic colorectal cancer was treated with irinotecan and cetuximab. He had grade 3 diarrhea after irinotecan and a grade 2 acneiform rash after cetuximab.",
        "rash acneiform", "cetuximab")]
    [InlineData("A 55-year-old woman with lung cancer received carboplatin, pemetrexed and pembrolizumab. She developed grade 3 anemia after carboplatin and hypothyroidism on pembrolizumab.",
        "anemia", "carboplatin")]
    [InlineData("A 55-year-old woman with lung cancer received carboplatin, pemetrexed and pembrolizumab. She developed grade 3 anemia after carboplatin and hypothyroidism on pembrolizumab.",
        "hypothyroidism", "pembrolizumab")]
    [InlineData("A 64-year-old man with lung cancer was seen. He developed grade 3 neutropenia and thrombocytopenia after carboplatin and paclitaxel.",
        "neutropenia", "carboplatin,paclitaxel")]
    [InlineData("A 64-year-old man with lung cancer was seen. He developed grade 3 neutropenia and thrombocytopenia after carboplatin and paclitaxel.",
        "thrombocytopenia", "carboplatin,paclitaxel")]
    [InlineData("A 49-year-old woman with breast cancer was seen. After paclitaxel she developed grade 2 neuropathy and febrile neutropenia.",
        "febrile neutropenia", "paclitaxel")]
    [InlineData("A 57-year-old man with melanoma was admitted. He developed grade 3 colitis after ipilimumab and nivolumab.",
        "colitis", "ipilimumab,nivolumab")]
    public void EachEventGoesToTheTreatmentOfItsOwnCoordinate(string text, string term, string drugs)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(drugs.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }
}
