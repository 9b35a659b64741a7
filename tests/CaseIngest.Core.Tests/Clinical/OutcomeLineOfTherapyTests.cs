using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An outcome belongs to the line of therapy it is told of: a later line started in its sentence or the one before
/// ("second-line docetaxel", "was switched to nivolumab", "replaced by sunitinib") takes it from the drugs of the line
/// before, and a response told before such a switch stays with the drugs it came from.
/// </summary>
public sealed class OutcomeLineOfTherapyTests
{
    /// <summary>The drugs (in name order) of each outcome of <paramref name="kind"/>, one group per outcome.</summary>
    private static string TherapyOf(string text, string kind) => string.Join("; ", Engines.Extract(text).Outcomes
        .Where(o => o.Kind == kind)
        .Select(o => string.Join("+", o.Therapy.Order(StringComparer.Ordinal))));

    [Theory]
    [InlineData("First-line gemcitabine and cisplatin produced stable disease. Second-line FOLFOX was given, but the disease progressed after three cycles.", "progressive-disease", "fluorouracil+leucovorin+oxaliplatin")]
    [InlineData("After four cycles of carboplatin and paclitaxel the disease progressed, and she was switched to nivolumab. Three months later, CT showed a partial response.", "partial-response", "nivolumab")]
    [InlineData("Erlotinib was given for nine months; second-line docetaxel then achieved a partial response.", "partial-response", "docetaxel")]
    [InlineData("Sunitinib was given for 14 months. Treatment was then changed to everolimus, and a partial response was seen after 3 months.", "partial-response", "everolimus")]
    [InlineData("He received FOLFIRI and bevacizumab as second-line treatment, and then third-line regorafenib. Restaging CT after two months showed progressive disease.", "progressive-disease", "regorafenib")]
    [InlineData("Following six cycles of cisplatin and etoposide, he was switched to topotecan, which produced a partial response.", "partial-response", "topotecan")]
    [InlineData("Imatinib 400 mg daily was replaced by sunitinib 37.5 mg daily, and stable disease was maintained for 10 months.", "stable-disease", "sunitinib")]
    [InlineData("Abiraterone was stopped and she was switched from abiraterone to cabazitaxel. A complete response was documented after six cycles.", "complete-response", "cabazitaxel")]
    [InlineData("Letrozole was given for two years. At the time of relapse, second-line treatment with fulvestrant and palbociclib was started, and the lesions showed a partial response.", "partial-response", "fulvestrant+palbociclib")]
    [InlineData("He received pembrolizumab, and after its failure he was switched to cabozantinib. CT on the next two scans showed stable disease.", "stable-disease", "cabozantinib")]
    public void AnOutcomeToldInTheWordsOfALaterLineBelongsToThatLine(string text, string kind, string expected) =>
        Assert.Equal(expected, TherapyOf(text, kind));

    [Theory]
    [InlineData("Gemcitabine and capecitabine produced a partial response lasting eight months, after which she was switched to FOLFIRINOX.", "partial-response", "capecitabine+gemcitabine")]
    [InlineData("First-line carboplatin and etoposide achieved a partial response. Second-line topotecan was started eight months later.", "partial-response", "carboplatin+etoposide")]
    [InlineData("Sorafenib gave stable disease for 11 months, and treatment was then changed to regorafenib.", "stable-disease", "sorafenib")]
    [InlineData("Capecitabine and oxaliplatin achieved a complete response, and second-line irinotecan was never needed.", "complete-response", "capecitabine+oxaliplatin")]
    [InlineData("After completing six cycles of R-CHOP, she achieved a complete response.", "complete-response", "cyclophosphamide+doxorubicin+prednisone+rituximab+vincristine")]
    [InlineData("She received carboplatin and pemetrexed. CT after four cycles showed a partial response.", "partial-response", "carboplatin+pemetrexed")]
    [InlineData("Her diet was changed to a low-residue diet. After six cycles of capecitabine, CT showed stable disease.", "stable-disease", "capecitabine")]
    public void AnOutcomeOfAnEarlierLineStaysWithItsDrugs(string text, string kind, string expected) =>
        Assert.Equal(expected, TherapyOf(text, kind));

    [Fact]
    public void EachOutcomeOfAShortCourseOfTwoLinesIsCreditedToItsOwnLine()
    {
        const string Text = "A 58-year-old woman was diagnosed with metastatic colorectal adenocarcinoma. "
            + "She received first-line capecitabine and oxaliplatin, which achieved a partial response. "
            + "After 10 months, the liver metastases progressed, and she was switched to irinotecan and cetuximab. "
            + "CT after four cycles showed stable disease.";
        Assert.Equal(("capecitabine+oxaliplatin", "cetuximab+irinotecan"), (TherapyOf(Text, "partial-response"), TherapyOf(Text, "stable-disease")));
    }
}
