namespace CaseIngest.Core.Tests.Markers;

/// <summary>A method named after the variant it found ("IDH1 R132H was detected on immunohistochemistry") is the marker's method.</summary>
public sealed class MarkerMethodAfterVariantTests
{
    [Theory]
    [InlineData("IDH1 R132H was detected on immunohistochemistry.", "IDH1", "IHC")]
    [InlineData("The BRAF V600E mutation was confirmed by VE1 immunostaining.", "BRAF", "IHC")]
    [InlineData("ALK rearrangement was confirmed by break-apart FISH.", "ALK", "FISH")]
    [InlineData("An EGFR exon 19 deletion was identified by next-generation sequencing.", "EGFR", "NGS")]
    [InlineData("KRAS G12V was found by real-time PCR on the resection specimen.", "KRAS", "PCR")]
    [InlineData("A ROS1 fusion was demonstrated by RT-PCR.", "ROS1", "RT-PCR")]
    [InlineData("NTRK3 rearrangement was shown by fluorescence in situ hybridization.", "NTRK3", "FISH")]
    [InlineData("MGMT promoter methylation was detected by methylation-specific PCR.", "MGMT", "PCR")]
    [InlineData("A PIK3CA H1047R mutation was subsequently identified on targeted sequencing of the metastasis.", "PIK3CA", "NGS")]
    [InlineData("Cytokeratin 20 was negative, and a BRAF V600E mutation was found by PCR.", "BRAF", "PCR")]
    public void AMethodNamedAfterTheVariantIsItsMethod(string text, string name, string method) =>
        Assert.Equal(method, MarkerListTests.Single(text, name).Method);
}
