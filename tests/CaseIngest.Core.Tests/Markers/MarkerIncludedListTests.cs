namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A verdict told of a class and then the names it includes ("tumour markers were within normal limits, including
/// AFP and CEA"; "positive for several B-cell markers, such as PAX5"): each named marker takes the verdict.
/// </summary>
public sealed class MarkerIncludedListTests
{
    [Theory]
    [InlineData("Serum tumour markers were within normal limits, including CEA and CA 19-9.", "CEA", "negative")]
    [InlineData("Serum tumour markers were within normal limits, including CEA and CA 19-9.", "CA 19-9", "negative")]
    [InlineData("All tumour markers were within the normal range, including AFP.", "AFP", "negative")]
    [InlineData("The tumour cells were positive for several B-cell markers, including PAX5 and CD79a.", "PAX5", "positive")]
    [InlineData("The cells were negative for neuroendocrine markers, such as synaptophysin and INSM1.", "INSM1", "negative")]
    public void AnIncludedNameTakesTheVerdictOfItsClass(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void ATestIncludingANameGivesNoVerdict()
    {
        var record = Support.Engines.Extract("A panel of stains was ordered, including CK7 and TTF-1.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "CK7" && m.Result is not null);
    }
}
