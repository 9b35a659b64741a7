using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A result word reads by what the marker is: a mutational burden counts mutations and is never mutated, a hormone
/// receptor has no high band; and a phrase naming the patient between a marker and its result is read past.
/// </summary>
public sealed class MarkerKindResultTests
{
    [Fact]
    public void AMutationalBurdenIsNeverMutated()
    {
        var record = Engines.Extract("TMB was calculated as the number of somatic mutations per megabase of the sequenced genome.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "TMB" && m.Result == "mutated");
    }

    [Theory]
    [InlineData("Immunohistochemistry showed high oestrogen receptor expression (90%) and no HER2 staining.", "ER", "positive")]
    [InlineData("The carcinoma showed high expression of androgen receptor.", "AR", "positive")]
    public void AHormoneReceptorReadHighIsPositive(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The tumour mutational burden of this patient was high (31 mut/Mb).", "TMB", "high", 31)]
    [InlineData("The Ki-67 index in our patient was 40%.", "Ki-67", "high", 40)]
    [InlineData("Serum CEA in this case was 18 ng/mL (normal < 5 ng/mL).", "CEA", "high", 18)]
    public void APhraseNamingThePatientIsReadPast(string text, string name, string result, double value)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
        Assert.Equal(value, fact.Value);
    }
}
