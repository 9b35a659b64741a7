using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>A stain with the antibody or clone that stained written in brackets after it: one marker, not two and not a lost result.</summary>
public sealed class MarkerAntibodyBracketTests
{
    [Theory]
    [InlineData("The epithelioid cells were diffusely positive for cytokeratin (AE1/AE3) and negative for S100.", "AE1/AE3", "positive")]
    [InlineData("The epithelioid cells were diffusely positive for cytokeratin (AE1/AE3) and negative for S100.", "S100", "negative")]
    [InlineData("Neoplastic cells stained for keratin (CAM 5.2) but not for CD45.", "CK8/18", "positive")]
    [InlineData("Neoplastic cells stained for keratin (CAM 5.2) but not for CD45.", "CD45", "negative")]
    public void AKeratinWithItsAntibodyInBracketsIsTheAntibodysStain(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == "pan-cytokeratin");
    }

    [Theory]
    [InlineData("AE1/AE3")]
    [InlineData("MNF116")]
    [InlineData("CK8/18")]
    public void EachKeratinAntibodyListedInBracketsSharesTheResult(string name)
    {
        const string text = "The spindle cells were negative for desmin, keratins (AE1/AE3, MNF116 and CAM5.2) and CD34.";
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == "pan-cytokeratin");
    }

    [Theory]
    [InlineData("EMA")]
    [InlineData("S100")]
    [InlineData("desmin")]
    public void AListGoesOnAfterTheBracketOfKeratinAntibodies(string name)
    {
        const string text = "The spindle cells were negative for desmin, keratins (AE1/AE3 and CAM5.2), EMA and S100.";
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The proliferation fraction by Ki-67 (MIB-1) was about 15%.", "Ki-67")]
    [InlineData("The large atypical cells were strongly positive for CD20 (L26) and negative for CD3.", "CD20")]
    public void AClonePutInBracketsAfterItsStainIsNoMarkerOfItsOwn(string text, string name)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.True(fact.Result is not null || fact.Value is not null, $"no result for {name}");
        Assert.Single(Engines.Extract(text).Markers, m => m.Name == name);
    }
}
