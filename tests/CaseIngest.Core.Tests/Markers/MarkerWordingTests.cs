namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Wordings of marker results that reports vary: copy-number deletions of one or both alleles, HGVS changes set with
/// typographic spaces, and serum markers reported by their trend ("rose to", "decreased from X to Y").
/// </summary>
public sealed class MarkerWordingTests
{
    [Theory]
    [InlineData("Next-generation sequencing found heterozygous deletions of PTEN and RB1.", "PTEN")]
    [InlineData("Next-generation sequencing found heterozygous deletions of PTEN and RB1.", "RB1")]
    [InlineData("Three genes with homozygous deletions (CDKN2A, CDKN2B and MTAP) were identified.", "CDKN2A")]
    [InlineData("Three genes with homozygous deletions (CDKN2A, CDKN2B and MTAP) were identified.", "MTAP")]
    [InlineData("Five genes with heterozygous deletions (ATM, BAP1, SMAD4, STK11 and TSC2) were also found.", "SMAD4")]
    [InlineData("A CDKN2A heterozygous deletion was detected on the panel.", "CDKN2A")]
    [InlineData("The tumour showed heterozygous loss of PTEN on sequencing.", "PTEN")]
    public void ReadsAlleleDeletionsAsLost(string text, string name)
    {
        Assert.Equal("lost", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Sequencing showed a somatic ATM mutation (c.1564G\u2009>\u2009T p.E522*).", "ATM", "E522*")]
    [InlineData("Sequencing showed a PALB2 c.172_175delTTGT\u2009(p.\u2009Q60Rfs*7) variant.", "PALB2", "Q60Rfs*7")]
    [InlineData("Sequencing showed a germline CHEK2 variant (c.470T\u202F>\u202FC p.I157T).", "CHEK2", "I157T")]
    public void ReadsVariantsSetWithTypographicSpaces(string text, string name, string variant)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(variant, fact.Variant);
        Assert.Equal("mutated", fact.Result);
    }

    [Theory]
    [InlineData("During follow-up his serum AFP rose to 1,850 ng/mL.", "AFP", 1850.0, "ng/mL", "high")]
    [InlineData("Three months later the CEA had increased to 64.5 ng/mL.", "CEA", 64.5, "ng/mL", "high")]
    [InlineData("Two years later her AFP level increased dramatically to 1,240 ng/mL.", "AFP", 1240.0, "ng/mL", "high")]
    [InlineData("After surgery the CA 19-9 fell sharply to 35 U/mL.", "CA 19-9", 35.0, "U/mL", null)]
    [InlineData("Serum CA-125 was elevated to 412 U/mL before surgery.", "CA-125", 412.0, "U/mL", "high")]
    [InlineData("After two cycles the CA 19-9 level decreased from 910 U/mL to 42 U/mL.", "CA 19-9", 42.0, "U/mL", null)]
    [InlineData("After the second cycle the AFP declined from 3,200 to 95 ng/mL.", "AFP", 95.0, "ng/mL", null)]
    [InlineData("With treatment the PSA fell to 0.8 ng/mL.", "PSA", 0.8, "ng/mL", null)]
    [InlineData("The serum CEA level was measured at 12.6 ng/mL on admission.", "CEA", 12.6, "ng/mL", null)]
    [InlineData("Her CA-125 was found to be 230 U/mL.", "CA-125", 230.0, "U/mL", null)]
    public void ReadsTheLatestValueOfASerumMarkerTrend(string text, string name, double value, string unit, string? result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("Germline BRCA mutations are found in about 5% of patients with pancreatic cancer.", "BRCA")]
    [InlineData("EGFR mutations are most common in never-smokers and in Asian patients.", "EGFR")]
    [InlineData("KRAS mutations are reported in most cases of pancreatic adenocarcinoma [12].", "KRAS")]
    public void AStatementAboutPatientsInGeneralIsNoResult(string text, string name)
    {
        var record = Support.Engines.Extract("A 60-year-old woman presented with a mass. " + text);
        Assert.DoesNotContain(record.Markers, m => m.Name == name);
    }

    [Fact]
    public void AResultOfTheCaseBesideAGeneralStatementStays()
    {
        var record = Support.Engines.Extract("A 60-year-old woman presented with a mass. Sequencing of the tumour found a KRAS mutation.");
        Assert.Contains(record.Markers, m => m.Name == "KRAS" && m.Result == "mutated");
    }
}
