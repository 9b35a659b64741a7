namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Promoter methylation of any gene (MLH1 as well as MGMT): methylated or hypermethylated is positive, unmethylated or
/// absent methylation negative, whether the methylation is named after the gene or before it ("methylation of the
/// MLH1 promoter"); a general statement or a requested test states no result.
/// </summary>
public sealed class MarkerPromoterMethylationTests
{
    [Theory]
    [InlineData("MLH1 promoter hypermethylation was detected, so no germline testing was done.", "MLH1", "positive")]
    [InlineData("The MLH1 promoter was methylated in the tumour DNA.", "MLH1", "positive")]
    [InlineData("The MLH1 promoter was hypermethylated.", "MLH1", "positive")]
    [InlineData("Pyrosequencing showed no MLH1 promoter methylation.", "MLH1", "negative")]
    [InlineData("The MLH1 promoter was unmethylated, raising the question of Lynch syndrome.", "MLH1", "negative")]
    [InlineData("Hypermethylation of the MLH1 promoter was found in the colonic tumour.", "MLH1", "positive")]
    [InlineData("Methylation of the MGMT promoter was present in 42% of alleles.", "MGMT", "positive")]
    [InlineData("The tumour showed an unmethylated MGMT promoter and no IDH1 mutation.", "MGMT", "negative")]
    [InlineData("MGMT promoter methylation was absent on methylation-specific PCR.", "MGMT", "negative")]
    public void APromoterMethylationResultIsRead(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Loss of MLH1 and PMS2 prompted testing for MLH1 promoter hypermethylation, and it was present.", "MLH1", "lost")]
    public void AMethylationTestDoesNotChangeTheStainResult(string text, string name, string result) =>
        Assert.Contains(Support.Engines.Extract(text).Markers, m => m.Name == name && m.Result == result);

    [Theory]
    [InlineData("Promoter hypermethylation silences MLH1 in most sporadic colorectal cancers with microsatellite instability.")]
    [InlineData("Testing for MLH1 promoter methylation was requested.")]
    public void AStatementOrARequestedTestIsNoMethylationResult(string text) =>
        Assert.DoesNotContain(Support.Engines.Extract(text).Markers, m => m.Name == "MLH1" && m.Result is "positive" or "negative");
}
