namespace CaseIngest.Core.Tests.Markers;

/// <summary>Serum values listed after the verdict that they were normal, directly or after "which showed", "showing".</summary>
public sealed class MarkerSerumVerdictListTests
{
    [Theory]
    [InlineData("Serum tumour markers were within normal limits: CEA 2.9 ng/mL, AFP 3.4 ng/mL and CA19-9 15 U/mL.", "CEA", 2.9)]
    [InlineData("Serum tumour markers were within normal limits: CEA 2.9 ng/mL, AFP 3.4 ng/mL and CA19-9 15 U/mL.", "AFP", 3.4)]
    [InlineData("Serum tumour markers were within normal limits: CEA 2.9 ng/mL, AFP 3.4 ng/mL and CA19-9 15 U/mL.", "CA 19-9", 15)]
    [InlineData("His tumour markers were unremarkable (CEA 1.8 ng/mL, CA 19-9 22 U/mL).", "CA 19-9", 22)]
    [InlineData("Tumour markers were normal, which showed CEA 2.1 ng/mL, AFP 4.0 ng/mL and CA 19-9 12 U/mL.", "CEA", 2.1)]
    [InlineData("Tumour markers were normal, which showed CEA 2.1 ng/mL, AFP 4.0 ng/mL and CA 19-9 12 U/mL.", "CA 19-9", 12)]
    [InlineData("Serum tumour markers were within normal limits, showing CEA 1.9 ng/mL and CA-125 14 U/mL.", "CA-125", 14)]
    public void ValuesListedAfterANormalVerdictAreNegativeWithTheirValue(string text, string name, double value)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("negative", fact.Result);
        Assert.Equal(value, fact.Value);
    }
}
