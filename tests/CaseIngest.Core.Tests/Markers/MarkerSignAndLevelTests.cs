namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Results written as signs with typographic dashes ("CK20 (–)"), negated result words before a list ("no loss of
/// MLH1 or PMS2"), and serum markers whose level a list shares ("CEA (12 ng/mL) and CA-125 (88 U/mL) were elevated",
/// "elevation of serum CEA (…)") or a reference interval written "N &lt; 37" judges, and stains named by their antibody
/// ("negative for anti CK20").
/// </summary>
public sealed class MarkerSignAndLevelTests
{
    [Theory]
    [InlineData("Immunohistochemistry showed CK7 (+), CK20 (–), CDX2 (–) and p63 (+).", "CK20", "negative")]
    [InlineData("Immunohistochemistry showed CK7 (+), CK20 (–), CDX2 (–) and p63 (+).", "CDX2", "negative")]
    [InlineData("Immunohistochemistry showed CK7 (+), CK20 (–), CDX2 (–) and p63 (+).", "p63", "positive")]
    [InlineData("The spindle cells were vimentin (+), desmin (—) and S100 (—).", "desmin", "negative")]
    [InlineData("The spindle cells were vimentin (+), desmin (—) and S100 (—).", "vimentin", "positive")]
    [InlineData("Staining: vimentin +, desmin –, CD34 –.", "desmin", "negative")]
    public void ReadsATypographicDashAloneAsNegative(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void ADashThatOpensAnAsideIsNoResult()
    {
        var record = Support.Engines.Extract("Immunohistochemistry showed CK20 – a marker of colorectal origin – to be positive.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "CK20" && m.Result == "negative");
    }

    [Theory]
    [InlineData("The tumour cells showed negativity for anti CEA and anti CK20.", "CK20")]
    [InlineData("The tumour cells showed negativity for anti CEA and anti CK20.", "CEA")]
    [InlineData("Staining was negative for anti S100 antibody.", "S100")]
    public void AStainNamedByItsAntibodyKeepsTheResultBeforeIt(string text, string name)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("There was no loss of MLH1, MSH2, MSH6 or PMS2 expression on immunohistochemistry.", "MLH1")]
    [InlineData("There was no loss of MLH1, MSH2, MSH6 or PMS2 expression on immunohistochemistry.", "PMS2")]
    [InlineData("Immunostaining showed no loss of SMAD4 in the tumour cells.", "SMAD4")]
    [InlineData("The tumour cells showed no loss of expression of MSH2 or MSH6.", "MSH6")]
    public void ReadsANegatedLossAsIntact(string text, string name)
    {
        Assert.Equal("intact", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Immunohistochemistry showed loss of MLH1 and PMS2 expression.", "PMS2", "lost")]
    [InlineData("The tumour was not positive for CK20 and CDX2.", "CDX2", "negative")]
    public void AResultWordBeforeAListKeepsItsReading(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Serum tumour markers, CEA (12.1 ng/mL), CA-125 (88 U/mL) and CYFRA 21-1 (9.4 ng/mL), were all markedly elevated.", "CEA", 12.1)]
    [InlineData("Serum tumour markers, CEA (12.1 ng/mL), CA-125 (88 U/mL) and CYFRA 21-1 (9.4 ng/mL), were all markedly elevated.", "CA-125", 88.0)]
    [InlineData("Serum tumour markers, CEA (12.1 ng/mL), CA-125 (88 U/mL) and CYFRA 21-1 (9.4 ng/mL), were all markedly elevated.", "CYFRA 21-1", 9.4)]
    [InlineData("Both CEA (31 ng/mL) and CA 19-9 (540 U/mL) were raised at presentation.", "CA 19-9", 540.0)]
    [InlineData("CT showed new liver lesions with a marked elevation of serum CEA (185.2 ng/mL) and CA 19-9 (410.7 U/mL).", "CEA", 185.2)]
    [InlineData("CT showed new liver lesions with a marked elevation of serum CEA (185.2 ng/mL) and CA 19-9 (410.7 U/mL).", "CA 19-9", 410.7)]
    public void AListOfSerumMarkersSharesItsStatedLevel(string text, string name, double value)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("high", fact.Result);
        Assert.Equal(value, fact.Value);
    }

    [Fact]
    public void ASerumValueWithoutALevelWordStaysWithoutResult()
    {
        var fact = MarkerListTests.Single("Before surgery CEA was 3 ng/mL and CA 19-9 was 540 U/mL (elevated).", "CEA");
        Assert.Null(fact.Result);
    }

    [Theory]
    [InlineData("Tumour markers were checked: CEA at 3.1 ng/mL (N < 5) and CA 19-9 at 12.4 U/mL (N < 37).", "CEA", "negative")]
    [InlineData("Tumour markers were checked: CEA at 3.1 ng/mL (N < 5) and CA 19-9 at 12.4 U/mL (N < 37).", "CA 19-9", "negative")]
    [InlineData("Serum CA 19-9 was 88 U/mL (N < 37) on admission.", "CA 19-9", "high")]
    [InlineData("Her LDH was 410 U/L (N = 120-250).", "LDH", "high")]
    public void JudgesASerumValueByAReferenceWrittenWithN(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Squamous cell carcinoma antigen (SCCA) was 7.2 ng/mL.", "SCC antigen")]
    [InlineData("Serum progastrin-releasing peptide (ProGRP) was 412 pg/mL.", "ProGRP")]
    [InlineData("PIVKA-II was elevated to 2,140 mAU/mL.", "PIVKA-II")]
    [InlineData("Cancer antigen 12-5 (CA12-5) was 41 U/mL.", "CA-125")]
    public void KnowsCommonSerumTumourMarkers(string text, string name)
    {
        Assert.NotNull(MarkerListTests.Single(text, name).Value);
    }
}
