namespace CaseIngest.Core.Tests.Markers;

/// <summary>Staining described as complete or circumferential around the membrane is staining: the marker is positive.</summary>
public sealed class MarkerCompleteStainingTests
{
    [Theory]
    [InlineData("HER2 showed strong complete membranous staining in more than 10% of tumour cells.", "HER2")]
    [InlineData("E-cadherin showed complete membranous staining.", "E-cadherin")]
    [InlineData("CD117 showed circumferential membranous staining of the tumour cells.", "CD117")]
    [InlineData("EMA showed complete membranous and cytoplasmic staining.", "EMA")]
    public void CompleteOrCircumferentialStainingIsPositive(string text, string name)
    {
        Assert.Equal("positive", MarkerListTests.Single(text, name).Result);
    }
}
