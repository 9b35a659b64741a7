namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A denial of staining told after the marker ("CK20 showed no staining", "CD34 showed no expression in the tumour cells")
/// is its negative verdict.
/// </summary>
public sealed class MarkerNoStainingAfterNameTests
{
    [Theory]
    [InlineData("CK20 showed no staining.", "CK20", "negative")]
    [InlineData("CD34 showed no expression in the tumour cells.", "CD34", "negative")]
    [InlineData("Desmin showed no reactivity.", "desmin", "negative")]
    [InlineData("Synaptophysin and chromogranin showed no immunoreactivity.", "chromogranin A", "negative")]
    [InlineData("CK7 showed diffuse staining, while CK20 showed no staining.", "CK7", "positive")]
    [InlineData("CK7 showed diffuse staining, while CK20 showed no staining.", "CK20", "negative")]
    [InlineData("CK7 was diffusely positive, with no expression of CK20.", "CK7", "positive")]
    public void NoStainingAfterTheNameIsNegative(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
