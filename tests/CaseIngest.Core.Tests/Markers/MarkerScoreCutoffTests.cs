namespace CaseIngest.Core.Tests.Markers;

/// <summary>A PD-L1 score reads by its usual cut-offs: TPS 50% or more and CPS 10 or more are high, a lower score of 1 or more positive, under 1 negative.</summary>
public sealed class MarkerScoreCutoffTests
{
    [Theory]
    [InlineData("Immunohistochemistry (22C3) of the resected nodule showed a PD-L1 tumour proportion score of 70%.", "high")]
    [InlineData("The biopsy was PD-L1 positive (TPS 55%) on the 22C3 assay.", "high")]
    [InlineData("PD-L1 staining was positive in 20% of the tumour cells on the core biopsy.", "positive")]
    [InlineData("PD-L1 was expressed with a combined positive score (CPS) of 25 in the primary tumour.", "high")]
    [InlineData("The lymph node metastasis was PD-L1 positive with a CPS of 4.", "positive")]
    [InlineData("The cervical specimen showed a PD-L1 TPS of more than 50%.", "high")]
    public void APdL1ScoreReadsByItsCutOffs(string text, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, "PD-L1").Result);
    }

    [Fact]
    public void AStatedNegativeScoreStaysNegative()
    {
        Assert.Equal("negative", MarkerListTests.Single("The tumour was negative for PD-L1 (TPS <1%) on the repeat biopsy.", "PD-L1").Result);
    }
}
