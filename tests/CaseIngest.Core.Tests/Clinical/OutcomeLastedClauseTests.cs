using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A response or a remission followed by a clause that says how long it lasted ("a complete response that lasted 18
/// months", "a partial response was obtained, which lasted for 11 months", "a remission which persisted 2 years") has that
/// duration; a response only dated by its clause keeps none.
/// </summary>
public sealed class OutcomeLastedClauseTests
{
    [Theory]
    [InlineData("A 52-year-old man with metastatic melanoma received nivolumab. He achieved a complete response that lasted 18 months.", "complete-response", 18.0, "month")]
    [InlineData("A 59-year-old woman with ovarian cancer received olaparib. A partial response was obtained, which lasted for 11 months.", "partial-response", 11.0, "month")]
    [InlineData("A 47-year-old woman with Hodgkin lymphoma was treated with brentuximab vedotin and achieved complete remission, which persisted 2 years.", "remission", 2.0, "year")]
    [InlineData("A 68-year-old man with metastatic renal cell carcinoma received sunitinib. Stable disease was seen, which lasted about 14 months.", "stable-disease", 14.0, "month")]
    public void AResponseWithAClauseOfHowLongItLastedHasThatDuration(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == kind);
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Fact]
    public void AResponseOnlyDatedByItsClauseHasNoDuration()
    {
        var text = "A 61-year-old man with metastatic lung cancer received pembrolizumab. A partial response was seen, which was confirmed at 3 months.";
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "partial-response");
        Assert.Null(outcome.Value);
    }
}
