namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A marker told with a share of tumours or patients ("KRAS is mutated in 40% of colorectal cancers") states a frequency
/// in general, not the case's result; a share of the tumour's own cells stays its value.
/// </summary>
public sealed class MarkerShareOfTumoursTests
{
    [Theory]
    [InlineData("HER2 is overexpressed in 20% of breast cancers.", "HER2")]
    [InlineData("HER2 is amplified in about 15% of gastric cancers.", "HER2")]
    [InlineData("KRAS is mutated in 40% of colorectal cancers.", "KRAS")]
    [InlineData("BRAF V600E is found in about 8% of sporadic colorectal carcinomas.", "BRAF")]
    public void AShareOfTumoursIsNoFact(string text, string name)
    {
        var record = Support.Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Name == name);
    }

    [Theory]
    [InlineData("HER2 was overexpressed in 20% of the tumour cells.", "HER2", 20)]
    [InlineData("PD-L1 was expressed in 60% of tumour cells.", "PD-L1", 60)]
    [InlineData("Ki-67 was positive in 35% of nuclei.", "Ki-67", 35)]
    public void AShareOfTheTumoursCellsIsKept(string text, string name, double value)
    {
        Assert.Equal(value, MarkerListTests.Single(text, name).Value);
    }
}
