namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A gene's product described as a stain without naming the method: an immunostaining noun ("SALL4 immunoreactivity",
/// "immunopositive for ATRX") or a word of staining extent or place right before it ("strong diffuse SATB2 expression",
/// "nuclear TLE1 expression") says it was stained, and expressed.
/// </summary>
public sealed class MarkerGeneStainWordingTests
{
    [Theory]
    [InlineData("The tumour cells exhibited SALL4 immunoreactivity.", "SALL4")]
    [InlineData("The neoplastic cells were immunopositive for ATRX.", "ATRX")]
    [InlineData("There was strong diffuse SATB2 expression in the osteoid-forming cells.", "SATB2")]
    [InlineData("The spindle cells showed nuclear TLE1 expression.", "TLE1")]
    [InlineData("Focal PAX5 expression was seen in the atypical cells.", "PAX5")]
    public void AGeneProductDescribedAsAStainIsPositive(string text, string name)
    {
        Assert.Equal("positive", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("High MYC expression was reported in similar tumours.")]
    [InlineData("EGFR expression was quantified by RNA sequencing.")]
    public void ExpressionWithoutAStainWordIsNoResult(string text)
    {
        var record = Support.Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Result == "positive");
    }
}
