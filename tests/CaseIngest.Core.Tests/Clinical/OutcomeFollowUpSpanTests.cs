using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A follow-up told after a denied recurrence as a span ("during the 5-year follow-up", "throughout the 18-month follow-up") dates
/// how long the patient stayed free of disease, as "at the 2-year follow-up" does; a follow-up span of something else
/// dates no freedom from disease.
/// </summary>
public sealed class OutcomeFollowUpSpanTests
{
    [Theory]
    [InlineData("A 55-year-old woman with adenocarcinoma of the sigmoid colon underwent resection. No recurrence or metastasis was found during the 5-year follow-up.", 5, "year")]
    [InlineData("A 48-year-old man with a parotid acinic cell carcinoma underwent parotidectomy. There was no sign of recurrence during a 3-year follow-up.", 3, "year")]
    [InlineData("A 36-year-old woman with a phyllodes tumour of the breast underwent wide excision. She has remained free of disease throughout the 18-month follow-up.", 18, "month")]
    public void AFollowUpSpanAfterADeniedRecurrenceDatesTheFreedomFromDisease(string text, double value, string unit)
    {
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "no-evidence-of-disease");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("A 55-year-old woman with adenocarcinoma of the sigmoid colon underwent resection. During the 5-year follow-up she developed diabetes.")]
    [InlineData("A 55-year-old woman with adenocarcinoma of the sigmoid colon underwent resection. Her CEA rose during the 2-year follow-up.")]
    public void AFollowUpSpanOfSomethingElseIsNoFreedomFromDisease(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "no-evidence-of-disease");
}
