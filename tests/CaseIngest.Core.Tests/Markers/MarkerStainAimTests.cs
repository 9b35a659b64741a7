using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// The aim of a stain ("performed to evaluate the expression of") names what was tested, not a result; "protein S-100"
/// is the S100 stain, never protein S.
/// </summary>
public sealed class MarkerStainAimTests
{
    [Theory]
    [InlineData("Immunohistochemistry was carried out to evaluate the expression of CK5/6, EMA, S-100 protein and CD34.", "S100")]
    [InlineData("Immunohistochemistry was carried out to evaluate the expression of CK5/6, EMA, S-100 protein and CD34.", "CD34")]
    [InlineData("Sections were stained to study expression of desmin, h-caldesmon and Ki-67.", "desmin")]
    [InlineData("Antibodies were applied to assess the expression of SOX10, HMB-45 and Melan-A.", "Melan-A")]
    public void TheAimOfAStainGivesNoResult(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("Immunohistochemistry was carried out to evaluate the expression of PD-L1, and the tumour proportion score was 70%.", "PD-L1", 70)]
    public void AValueToldAfterTheAimStays(string text, string name, double value) =>
        Assert.Equal(value, MarkerListTests.Single(text, name).Value);

    [Theory]
    [InlineData("The spindle cells were diffusely positive for protein S-100.", "positive")]
    [InlineData("Immunostaining showed negative protein S100 staining in the lesion.", "negative")]
    public void ProteinS100IsTheS100Stain(string text, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, "S100").Result);
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Gene == "PROS1");
    }

    [Fact]
    public void ProteinSAloneIsNoStain() =>
        Assert.DoesNotContain(Engines.Extract("Protein S activity was 45% of normal.").Markers, m => m.Name == "S100");

    [Theory]
    [InlineData("The tumour cells expressed CK5/6, EMA and S-100 protein.", "S100", "positive")]
    [InlineData("Expression of CK5/6 and EMA was strong.", "EMA", "positive")]
    public void ExpressionFoundStillReads(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
