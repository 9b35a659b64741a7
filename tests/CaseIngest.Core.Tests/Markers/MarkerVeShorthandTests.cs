namespace CaseIngest.Core.Tests.Markers;

/// <summary>"+ve" and "-ve" after a marker, the shorthand of positive and negative.</summary>
public sealed class MarkerVeShorthandTests
{
    [Theory]
    [InlineData("IHC: CK7 +ve, CK20 -ve, TTF-1 +ve.", "CK20", "negative")]
    [InlineData("IHC: CK7 +ve, CK20 -ve, TTF-1 +ve.", "TTF-1", "positive")]
    [InlineData("The tumour was ER +ve, PR -ve and HER2 -ve.", "PR", "negative")]
    [InlineData("The tumour was ER +ve, PR -ve and HER2 -ve.", "HER2", "negative")]
    [InlineData("Immunostaining showed desmin -ve and SMA +ve spindle cells.", "desmin", "negative")]
    [InlineData("The blasts were CD34-ve and CD117+ve.", "CD34", "negative")]
    public void APlusOrMinusWithVeStatesTheResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
