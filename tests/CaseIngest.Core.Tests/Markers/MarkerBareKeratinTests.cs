namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// "CK" on its own in a stain panel is the broad cytokeratin stain; it is also creatine kinase, so it is a marker only
/// with a staining result stated for it, and with a number after it ("CK 7") it names that keratin.
/// </summary>
public sealed class MarkerBareKeratinTests
{
    [Theory]
    [InlineData("Immunohistochemistry showed vimentin (+), CK (−), SMA (−) and desmin (−).", "negative")]
    [InlineData("The tumour cells were S-100(+), HMB45(+) and CK(-).", "negative")]
    [InlineData("The epithelioid cells were CK positive and CD45 negative.", "positive")]
    public void ABareKeratinWithAStainResultIsTheBroadKeratin(string text, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, "pan-cytokeratin").Result);

    [Theory]
    [InlineData("The glandular cells were CK 7 positive and CK 20 negative.", "CK7", "positive")]
    [InlineData("The glandular cells were CK 7 positive and CK 20 negative.", "CK20", "negative")]
    public void AKeratinWithItsNumberSpacedIsThatKeratin(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Serum CK was 1,250 U/L after the seizure.")]
    [InlineData("CK was elevated at 870 IU/L and myoglobin was raised.")]
    [InlineData("Troponin and CK-MB were within normal limits.")]
    public void CreatineKinaseIsNoMarker(string text) =>
        Assert.DoesNotContain(Support.Engines.Extract(text).Markers, m => m.Name == "pan-cytokeratin");
}
