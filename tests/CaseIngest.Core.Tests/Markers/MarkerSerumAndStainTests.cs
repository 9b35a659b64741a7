namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A protein measured in the blood and stained in the tumour is two facts: a raised serum level ("calcitonin was
/// 2,100 pg/mL") is high, the stain ("positive for calcitonin") positive. A scored result still states a bare positive
/// of the same stain more fully.
/// </summary>
public sealed class MarkerSerumAndStainTests
{
    [Theory]
    [InlineData("Serum calcitonin was 2,100 pg/mL (reference < 10 pg/mL). After thyroidectomy, the tumour cells were positive for calcitonin and chromogranin A.", "calcitonin")]
    [InlineData("Serum AFP was 1,530 ng/mL (normal < 10 ng/mL). The biopsy showed a hepatoblastoma whose cells were positive for AFP and glypican-3.", "AFP")]
    [InlineData("CEA was raised at 45 ng/mL. The resected adenocarcinoma was positive for CEA and CK20 and negative for CK7.", "CEA")]
    public void ARaisedSerumLevelAndAPositiveStainOfTheSameProteinAreTwoFacts(string text, string name)
    {
        var results = Support.Engines.Extract(text).Markers.Where(m => m.Name == name).Select(m => m.Result).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["high", "positive"], results);
    }

    [Theory]
    [InlineData("PD-L1 was positive, with a tumour proportion score of 80%.", "PD-L1")]
    public void AScoredHighResultStillFoldsABarePositiveOfTheSameMarker(string text, string name) =>
        Assert.Equal(["high"], Support.Engines.Extract(text).Markers.Where(m => m.Name == name).Select(m => m.Result));
}
