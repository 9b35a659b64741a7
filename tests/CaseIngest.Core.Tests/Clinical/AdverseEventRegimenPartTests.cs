using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event told with no treatment in its sentence belongs to the regimen named before it, also when a sentence between
/// them names only part of the regimen (a dose, a schedule); a part given as a course of its own ("alone",
/// "maintenance") or a later line of therapy keeps only its own drugs.
/// </summary>
public sealed class AdverseEventRegimenPartTests
{
    [Theory]
    [InlineData("A 56-year-old man with esophageal cancer was treated with cisplatin and fluorouracil. Cisplatin was given at 75 mg/m2 on day 1 every four weeks. He developed grade 3 mucositis and grade 2 nausea.",
        "mucositis", "cisplatin,fluorouracil")]
    [InlineData("A 61-year-old woman with non-small cell lung cancer received pemetrexed and carboplatin. The carboplatin dose was calculated to an AUC of 5. After the third cycle, she developed grade 3 anemia requiring transfusion.",
        "anemia", "carboplatin,pemetrexed")]
    [InlineData("A 67-year-old woman with metastatic colorectal cancer was treated with FOLFOX plus bevacizumab. Bevacizumab was given at 5 mg/kg every two weeks. After four cycles, she developed grade 3 diarrhea and grade 2 fatigue.",
        "diarrhea", "bevacizumab,fluorouracil,leucovorin,oxaliplatin")]
    [InlineData("A 60-year-old woman with early breast cancer received docetaxel and cyclophosphamide. Docetaxel 75 mg/m2 was infused over one hour every three weeks. After the second cycle, she developed grade 3 febrile neutropenia.",
        "febrile neutropenia", "cyclophosphamide,docetaxel")]
    [InlineData("A 65-year-old man with stage III non-small cell lung cancer received radiotherapy to 60 Gy in 30 fractions with concurrent weekly carboplatin and paclitaxel. Paclitaxel was given at 45 mg/m2. In the fourth week, he developed grade 3 esophagitis.",
        "esophagitis", "carboplatin,paclitaxel,radiotherapy")]
    [InlineData("A 57-year-old woman with ovarian cancer received carboplatin and paclitaxel for six cycles. At relapse, she was given paclitaxel alone. She developed grade 2 peripheral neuropathy.",
        "peripheral neuropathy", "paclitaxel")]
    [InlineData("A 63-year-old man with lung adenocarcinoma was treated with carboplatin and pemetrexed. Pemetrexed maintenance was then given every three weeks. He developed grade 2 fatigue.",
        "fatigue", "pemetrexed")]
    [InlineData("A 64-year-old man with metastatic pancreatic cancer received gemcitabine and nab-paclitaxel as first-line therapy. At progression, second-line FOLFIRI was started. After the second cycle, he developed grade 3 diarrhea.",
        "diarrhea", "fluorouracil,irinotecan,leucovorin")]
    public void AnEventAfterASentenceNamingPartOfARegimenBelongsToTheWholeRegimen(string text, string term, string therapy)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(therapy.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }
}
