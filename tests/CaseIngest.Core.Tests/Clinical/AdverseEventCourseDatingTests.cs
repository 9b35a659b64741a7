using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event dated within a course of the drug named after it ("on day 10 of the first cycle of docetaxel", "within 48
/// hours of the first dose of venetoclax") is that drug's, with every drug coordinated with it, even when the drug is
/// first named there.
/// </summary>
public sealed class AdverseEventCourseDatingTests
{
    [Theory]
    [InlineData("A 48-year-old woman with breast cancer was admitted. Grade 3 neutropenia developed on day 10 of the first cycle of docetaxel, doxorubicin and cyclophosphamide.",
        "neutropenia", "cyclophosphamide,docetaxel,doxorubicin")]
    [InlineData("A 62-year-old man with small cell lung cancer was admitted. He had grade 4 febrile neutropenia on day 12 of the second cycle of carboplatin and etoposide.",
        "febrile neutropenia", "carboplatin,etoposide")]
    [InlineData("A 57-year-old woman with colon cancer was seen. Grade 2 diarrhea began at the end of the third week of capecitabine.",
        "diarrhea", "capecitabine")]
    [InlineData("A 64-year-old man with head and neck cancer was admitted. He developed grade 3 hyponatremia in the second week of the first course of cisplatin.",
        "hyponatremia", "cisplatin")]
    [InlineData("A 52-year-old woman with rectal cancer was seen. She developed grade 3 mucositis during the first five days of the second course of fluorouracil.",
        "mucositis", "fluorouracil")]
    [InlineData("A 69-year-old man with lymphoma was admitted. Tumor lysis syndrome occurred within 48 hours of the first dose of venetoclax.",
        "tumor lysis syndrome", "venetoclax")]
    [InlineData("A 58-year-old woman with myeloma was seen. Grade 2 peripheral neuropathy was noted at the start of the fifth cycle of bortezomib.",
        "peripheral neuropathy", "bortezomib")]
    [InlineData("A 61-year-old man with colorectal cancer was seen. Grade 3 hypertension was found at a routine visit on the first day of the sixth cycle of bevacizumab.",
        "hypertension", "bevacizumab")]
    [InlineData("A 66-year-old woman with lung cancer was treated with carboplatin and pemetrexed. Grade 2 fatigue was reported in the third week of the first cycle.",
        "fatigue", "carboplatin,pemetrexed")]
    [InlineData("A 69-year-old man with lymphoma was admitted. Grade 3 tumor lysis syndrome occurred within 48 hours of venetoclax.",
        "tumor lysis syndrome", "venetoclax")]
    public void AnEventDatedWithinACourseOfADrugNamedAfterItIsThatDrugs(string text, string term, string therapy)
    {
        var adverseEvent = Assert.Single(Engines.Extract(text).AdverseEvents, e => e.Term == term);
        Assert.Equal(therapy.Split(','), adverseEvent.Therapy.Order(StringComparer.Ordinal));
    }
}
