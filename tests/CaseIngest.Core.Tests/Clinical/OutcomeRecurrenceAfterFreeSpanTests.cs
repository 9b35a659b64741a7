using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A recurrence that ends a disease-free span told just before it ("remained disease-free for two years until a relapse")
/// came at the span's end and has its time; a span that does not run up to the recurrence, or a recurrence told in a
/// sentence of its own, takes no time from it.
/// </summary>
public sealed class OutcomeRecurrenceAfterFreeSpanTests
{
    [Theory]
    [InlineData("A 66-year-old man with a melanoma of the back had a wide excision. He remained disease-free for two years until a relapse in the axilla was found.", 2, "year")]
    [InlineData("A 50-year-old woman with a follicular lymphoma received rituximab and bendamustine. She was in complete remission for 18 months before a nodal relapse was confirmed.", 18, "month")]
    [InlineData("A 58-year-old man with a gastric adenocarcinoma underwent a gastrectomy. He stayed free of tumour for 3 years, when a local recurrence appeared at the anastomosis.", 3, "year")]
    [InlineData("A 61-year-old woman with a leiomyosarcoma of the thigh had a wide resection. She stayed free of disease for 4 years until she presented with a nodal recurrence in the groin.", 4, "year")]
    public void ARecurrenceEndingAFreeSpanCameAtItsEnd(string text, double value, string unit)
    {
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "recurrence");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("A 66-year-old man with a melanoma of the back had a wide excision. He remained disease-free for two years. A relapse in the axilla was later found.")]
    [InlineData("A 66-year-old man with a melanoma of the back had a wide excision and was free of disease for two years; scans were then stopped, and a relapse in the axilla was found by his doctor.")]
    public void ASpanThatDoesNotRunUpToTheRecurrenceGivesItNoTime(string text)
    {
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "recurrence");
        Assert.Null(outcome.Value);
    }
}
