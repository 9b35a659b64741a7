using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event told after the Nth dose, cycle or infusion of a named drug belongs to that drug and the drugs coordinated
/// with it in that phrase, not to every drug of the course named before: the dose only dates the event, it is no dose
/// the event changed. With no drug named ("after the third cycle") the event belongs to the course's drugs. A regimen
/// named by a two-letter acronym ("AC", "EC") in the event's sentence is read as written, in capitals: the event is the
/// regimen's (its drug known to cause the event, else its first), not that of the drug given after the regimen.
/// </summary>
public sealed class AdverseEventNthDoseTests
{
    [Theory]
    [InlineData("A 58-year-old man with metastatic lung adenocarcinoma was treated with carboplatin, pemetrexed and pembrolizumab. Carboplatin and pemetrexed were stopped after four cycles. He developed grade 2 colitis after the third dose of pembrolizumab.",
        "colitis", "pembrolizumab")]
    [InlineData("A 66-year-old woman with melanoma received ipilimumab and nivolumab, with dabrafenib given earlier. She had started nivolumab in March. Hypothyroidism was diagnosed after the second infusion of nivolumab.",
        "hypothyroidism", "nivolumab")]
    [InlineData("A 49-year-old woman with triple-negative breast cancer was given carboplatin, paclitaxel and pembrolizumab. She presented with grade 3 pneumonitis following the fifth dose of pembrolizumab.",
        "pneumonitis", "pembrolizumab")]
    [InlineData("A 71-year-old man with urothelial carcinoma received gemcitabine, cisplatin and avelumab. He developed grade 2 rash after two doses of avelumab.",
        "rash", "avelumab")]
    [InlineData("A 55-year-old man with gastric cancer was treated with oxaliplatin, capecitabine and nivolumab. Grade 3 hepatitis developed after the fourth dose of nivolumab.",
        "hepatitis", "nivolumab")]
    [InlineData("A 60-year-old woman with lung cancer received carboplatin, pemetrexed and pembrolizumab. She developed grade 3 neutropenia after the second dose of carboplatin and pemetrexed.",
        "neutropenia", "carboplatin,pemetrexed")]
    [InlineData("A 62-year-old woman with lung cancer received carboplatin, pemetrexed and pembrolizumab. After the third cycle, she developed grade 3 neutropenia.",
        "neutropenia", "carboplatin,pembrolizumab,pemetrexed")]
    [InlineData("A 59-year-old man with rectal cancer was treated with fluorouracil, leucovorin and oxaliplatin. He developed grade 3 mucositis, after which the dose of fluorouracil was reduced.",
        "mucositis", "fluorouracil,leucovorin,oxaliplatin")]
    [InlineData("A 64-year-old man with lung cancer received cisplatin, etoposide and durvalumab. After the first dose of durvalumab, he developed grade 2 thyroiditis.",
        "thyroiditis", "durvalumab")]
    public void AnEventAfterTheNthDoseOfADrugIsThatDrugs(string text, string term, string therapy)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(therapy.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("A 47-year-old woman with breast cancer received four cycles of AC followed by weekly paclitaxel. During AC she developed grade 3 neutropenia.",
        "neutropenia", "doxorubicin")]
    [InlineData("A 52-year-old woman with breast cancer was treated with four cycles of EC, then docetaxel for four cycles. She had grade 3 nausea after the second cycle of EC.",
        "nausea", "epirubicin")]
    [InlineData("A 44-year-old woman with breast cancer received AC chemotherapy followed by paclitaxel. Grade 2 peripheral neuropathy developed during paclitaxel.",
        "peripheral neuropathy", "paclitaxel")]
    public void AnEventDuringATwoLetterRegimenIsThatRegimensNotTheDrugGivenAfterIt(string text, string term, string therapy)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(therapy.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }
}
