using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Outcomes told by a response criterion or a scan ("a partial response per iRECIST", "a complete metabolic response"),
/// by the sum of diameters, by how long a response or stable disease has lasted, by survival from an anchor, by a time to
/// death in a timeline, and by a recurrence at a named site.
/// </summary>
public sealed class OutcomeCriteriaAndTimeWordingTests
{
    [Theory]
    [InlineData("A 64-year-old man received pembrolizumab for lung adenocarcinoma. CT after four cycles showed a partial response per iRECIST.", "partial-response", null, null)]
    [InlineData("A 58-year-old woman received nivolumab for melanoma. PET-CT showed a PERCIST complete metabolic response.", "complete-response", null, null)]
    [InlineData("A 58-year-old woman received nivolumab for melanoma. PET-CT after three months showed a partial metabolic response.", "partial-response", null, null)]
    [InlineData("A 70-year-old man received osimertinib for lung cancer. CT showed a 60% reduction in the sum of diameters.", "tumor-shrinkage", 60d, "%")]
    [InlineData("A 70-year-old man received osimertinib for lung cancer. The sum of target lesion diameters decreased by 45%.", "tumor-shrinkage", 45d, "%")]
    [InlineData("A 49-year-old woman received trastuzumab for breast cancer. She achieved a partial response, and the response has lasted 20 months.", "partial-response", null, null)]
    [InlineData("A 66-year-old man received sunitinib for renal cell carcinoma. He is alive 3 years from diagnosis.", "overall-survival", 3d, "year")]
    [InlineData("A 66-year-old woman received sunitinib for renal cell carcinoma. She remains alive 26 months after diagnosis.", "overall-survival", 26d, "month")]
    [InlineData("A 55-year-old woman received carboplatin for ovarian cancer. The disease has remained stable since.", "stable-disease", null, null)]
    [InlineData("A 55-year-old woman received carboplatin for ovarian cancer. Her disease has remained stable for 14 months.", "stable-disease", 14d, "month")]
    [InlineData("A 72-year-old man received cisplatin for bladder cancer. He died 6 weeks after admission.", "death", 6d, "week")]
    [InlineData("A 72-year-old man received cisplatin for bladder cancer. The patient died 10 days after the last infusion.", "death", 10d, "day")]
    [InlineData("A 59-year-old man received nivolumab for melanoma. Eight months later, a recurrence in the left adrenal gland was found.", "recurrence", null, null)]
    [InlineData("A 67-year-old woman underwent resection of a leiomyosarcoma. Two years later she presented with a hepatic recurrence.", "recurrence", null, null)]
    [InlineData("A 67-year-old woman underwent resection of a leiomyosarcoma. Two years later the tumour recurred in the pelvis.", "recurrence", null, null)]
    [InlineData("A 63-year-old man received pembrolizumab for lung cancer. He has been progression-free for 30 months.", "progression-free-survival", 30d, "month")]
    [InlineData("A 63-year-old man received pembrolizumab for lung cancer. Overall survival was twenty-two months.", "overall-survival", 22d, "month")]
    public void TheOutcomeIsRead(string text, string kind, double? value, string? unit)
    {
        var outcomes = Engines.Extract(text).Outcomes;
        Assert.True(outcomes.Any(o => o.Kind == kind && (value is null || (o.Value == value && o.Unit == unit))),
            string.Join("; ", outcomes.Select(o => $"{o.Kind}|{o.Value}|{o.Unit}")));
    }
}
