using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Serum tumour markers of thyroid cancer and of lymphoma and myeloma (calcitonin, thyroglobulin, beta-2 microglobulin)
/// and the retinoblastoma protein stain (Rb) are markers of their genes.
/// </summary>
public sealed class MarkerSerumNameTests
{
    [Theory]
    [InlineData("Serum calcitonin was markedly elevated at 1,870 pg/mL.", "calcitonin", "CALCA", "high")]
    [InlineData("Her calcitonin had risen to 412 pg/mL before the second operation.", "calcitonin", "CALCA", null)]
    [InlineData("Stimulated thyroglobulin was undetectable six months after radioiodine.", "thyroglobulin", "TG", "negative")]
    [InlineData("Serum thyroglobulin was elevated (96 ng/mL) despite a negative neck ultrasound.", "thyroglobulin", "TG", "high")]
    [InlineData("Beta-2 microglobulin was raised at 6.2 mg/L at diagnosis.", "beta-2 microglobulin", "B2M", "high")]
    [InlineData("Serum β2-microglobulin was within normal limits.", "beta-2 microglobulin", "B2M", "negative")]
    [InlineData("Rb expression was lost in the tumour cells.", "RB1", "RB1", "lost")]
    [InlineData("Nuclear pRb staining was retained in the neoplastic cells.", "RB1", "RB1", "intact")]
    public void ASerumMarkerOrStainReportsNameIsAMarkerOfItsGene(string text, string name, string gene, string? result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(gene, fact.Gene);
        if (result is not null)
        {
            Assert.Equal(result, fact.Result);
        }
    }

    [Theory]
    [InlineData("The glands were negative for anti CEA and anti CK20.", "CEA", "negative")]
    [InlineData("Tumour cells stained with anti-thyroglobulin but not with anti-calcitonin.", "thyroglobulin", "positive")]
    public void TheAntibodyOfASerumMarkerInAStainNamesTheStain(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Serum procalcitonin was elevated at 4.6 ng/mL.")]
    [InlineData("Anti-thyroglobulin antibodies were negative.")]
    [InlineData("Thyroglobulin antibodies were elevated at 312 IU/mL.")]
    public void AnAnalyteThatOnlySharesTheWordIsNoMarker(string text)
    {
        Assert.Empty(Engines.Extract(text).Markers);
    }
}
