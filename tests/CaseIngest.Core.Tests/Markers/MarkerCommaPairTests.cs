namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A table flattened into pairs of a name and its result or level parted by a comma ("CK7, positive; CD45, negative";
/// "AFP, 4.2 ng/mL; CA 19-9, 310 U/mL"): each name takes the result or level of its own pair.
/// </summary>
public sealed class MarkerCommaPairTests
{
    [Theory]
    [InlineData("Immunohistochemistry: WT1, positive; calretinin, negative; BerEP4, negative.", "WT1", "positive")]
    [InlineData("Immunohistochemistry: WT1, positive; calretinin, negative; BerEP4, negative.", "calretinin", "negative")]
    [InlineData("Immunohistochemical profile: SOX10, diffusely positive; desmin, negative.", "SOX10", "positive")]
    [InlineData("Immunohistochemical profile: SOX10, diffusely positive; desmin, negative.", "desmin", "negative")]
    public void AStainPairTakesItsOwnResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Tumour markers: AFP, 4.2 ng/mL; CA 19-9, 310 U/mL.", "AFP", 4.2)]
    [InlineData("Tumour markers: AFP, 4.2 ng/mL; CA 19-9, 310 U/mL.", "CA 19-9", 310)]
    [InlineData("PSA, 86.5 ng/mL; CEA, 1.9 ng/mL.", "PSA", 86.5)]
    public void ASerumPairTakesItsOwnLevel(string text, string name, double value)
    {
        Assert.Equal(value, MarkerListTests.Single(text, name).Value);
    }

    [Theory]
    [InlineData("The tumour was positive for CK7, negative for CK20 and CDX2.", "CK7", "positive")]
    [InlineData("Immunohistochemistry: CK7, CK20 and CDX2 were positive.", "CK7", "positive")]
    public void ACommaInsideASentenceIsNoPair(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
