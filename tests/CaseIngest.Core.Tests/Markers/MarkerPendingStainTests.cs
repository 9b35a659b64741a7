using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A stain named after a stain noun and told as planned or pending ("staining for WT1 was planned", "immunostains for
/// CD20 and CD3 are pending") is a test with no result yet, while a stain told with its result keeps it.
/// </summary>
public sealed class MarkerPendingStainTests
{
    [Theory]
    [InlineData("The tumour was negative on imaging, and staining for WT1 was planned.", "WT1")]
    [InlineData("Immunostains for CD20 and CD3 are pending at the time of writing.", "CD20")]
    [InlineData("Immunostains for CD20 and CD3 are pending at the time of writing.", "CD3")]
    [InlineData("Further staining for SOX10 is pending.", "SOX10")]
    [InlineData("Staining for desmin and myogenin was scheduled on the resection specimen.", "desmin")]
    public void APendingStainHasNoResult(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("Staining for WT1 was positive, and a nephrectomy was planned.", "WT1", "positive")]
    [InlineData("Immunostaining for CD20 was negative; flow cytometry is pending.", "CD20", "negative")]
    public void AStainWithItsResultKeepsIt(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
