namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// The podoplanin antibody D2-40, however it is typed ("D2-40", "D240", "D2 40"), is a stain of PDPN named as written;
/// the protein named as a word stays "podoplanin".
/// </summary>
public sealed class MarkerPodoplaninCloneTests
{
    [Theory]
    [InlineData("The tumour cells were positive for calretinin and D2-40.", "D2-40", "positive")]
    [InlineData("D240 was negative in the neoplastic cells.", "D2-40", "negative")]
    [InlineData("Immunostaining showed membranous D2 40 expression in the epithelioid cells.", "D2-40", "positive")]
    [InlineData("Calretinin, WT1 and D2-40 were diffusely positive.", "D2-40", "positive")]
    [InlineData("Podoplanin was negative in the lesional cells.", "podoplanin", "negative")]
    public void ThePodoplaninCloneIsAStainOfPdpn(string text, string name, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("PDPN", fact.Gene);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("The D2-40 antibody was obtained from a commercial supplier.")]
    [InlineData("The patient was seen in room D2-40 of the outpatient clinic.")]
    public void TheCloneWithoutAResultIsNoMarker(string text) =>
        Assert.DoesNotContain(Support.Engines.Extract(text).Markers, m => m.Gene == "PDPN");
}
