using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A response evaluation written without the word "response" ("the tumor was evaluated as PR", "the efficacy after two
/// cycles was SD", "the curative effect was assessed as CR") names the response by its abbreviation; the same letters
/// beside an evaluation of something else are none.
/// </summary>
public sealed class OutcomeEvaluatedAsTests
{
    [Theory]
    [InlineData("A 62-year-old man with lung adenocarcinoma received carboplatin and pemetrexed. After 4 courses, the tumor was evaluated as PR.", "partial-response")]
    [InlineData("A 47-year-old woman with nasopharyngeal carcinoma received gemcitabine and cisplatin. The efficacy after two cycles was SD.", "stable-disease")]
    [InlineData("A 58-year-old man with gastric cancer received SOX chemotherapy. The curative effect was assessed as CR after six cycles.", "complete-response")]
    public void AnEvaluationWithoutTheWordResponseNamesTheResponse(string text, string kind) =>
        Assert.Contains(Engines.Extract(text).Outcomes, o => o.Kind == kind);

    [Theory]
    [InlineData("A 62-year-old man with lung adenocarcinoma received carboplatin. His ECG was evaluated as normal, with a PR interval of 160 ms.")]
    [InlineData("A 55-year-old woman with breast cancer received letrozole. The tumour was evaluated as ER positive and PR positive.")]
    public void TheLettersBesideAnotherEvaluationAreNoResponse(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "partial-response");
}
