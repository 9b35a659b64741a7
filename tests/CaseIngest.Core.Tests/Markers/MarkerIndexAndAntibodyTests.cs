using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>The share of cells a result is stated for, proliferation wording, serum names written out, and autoantibody tests.</summary>
public sealed class MarkerIndexAndAntibodyTests
{
    [Fact]
    public void APercentageOfCellsAfterTheResultIsTheValue()
    {
        var fact = MarkerListTests.Single("Ki-67 was detected in 35% of the neoplastic nuclei.", "Ki-67");
        Assert.Equal(35, fact.Value);
        Assert.Equal("high", fact.Result);
    }

    [Fact]
    public void AProliferativeActivityReadsAsTheIndex()
    {
        var fact = MarkerListTests.Single("Ki-67 proliferative activity was low (3%).", "Ki-67");
        Assert.Equal("low", fact.Result);
        Assert.Equal(3, fact.Value);
    }

    [Theory]
    [InlineData("Carbohydrate antigen 125 measured 230 U/mL at diagnosis.", "CA-125", 230)]
    [InlineData("Cancer antigen 15-3 measured 48 U/mL.", "CA 15-3", 48)]
    public void ASerumMarkerWrittenOutKeepsItsValue(string text, string name, double value)
    {
        Assert.Equal(value, MarkerListTests.Single(text, name).Value);
    }

    [Theory]
    [InlineData("Anti-thyroid peroxidase antibodies were raised at 410 IU/mL.")]
    [InlineData("Thyroid peroxidase antibodies were strongly positive.")]
    [InlineData("Antibodies against glutamate decarboxylase were positive in the serum.")]
    public void AProteinNamedAsTheTargetOfAnAutoantibodyTestIsNoMarker(string text)
    {
        var record = Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Gene is "TPO" or "GAD1" or "GAD2");
    }

    [Fact]
    public void AnAntibodyStainNamedByItsSymbolStaysAMarker()
    {
        Assert.Equal("negative", MarkerListTests.Single("The anti-CD34 antibody was negative in the spindle cells.", "CD34").Result);
    }
}
