namespace CaseIngest.Core.Tests.Clinical;

/// <summary>Cardiotoxicity ("cardiac toxicity") is an event of the heart, CTCAE's other cardiac disorder, as hepatotoxicity is of the liver.</summary>
public sealed class AdverseEventCardiotoxicityTests
{
    [Theory]
    [InlineData("She received doxorubicin. Cardiotoxicity secondary to doxorubicin was suspected.", "doxorubicin", "cardiotoxicity:-:doxorubicin")]
    [InlineData("He received trastuzumab for HER2-positive breast cancer. After nine months he developed grade 2 cardiac toxicity.", "trastuzumab", "cardiotoxicity:2:trastuzumab")]
    [InlineData("Epirubicin-induced cardiotoxicity was diagnosed two years after adjuvant chemotherapy.", "Epirubicin", "cardiotoxicity:-:epirubicin")]
    [InlineData("She was given pertuzumab and trastuzumab. Cardiac toxicity attributed to trastuzumab led to a pause in treatment.", "pertuzumab,trastuzumab", "cardiotoxicity:-:trastuzumab")]
    public void CardiotoxicityIsAnEventOfTheHeart(string text, string drugs, string expected)
    {
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
        Assert.Contains(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents, e => e.CtcaeTerm == "Cardiac disorders - Other, specify");
    }

    [Theory]
    [InlineData("Anthracyclines are known for their cardiotoxicity, so doxorubicin was avoided.", "doxorubicin")]
    [InlineData("He received trastuzumab. There was no cardiac toxicity during treatment.", "trastuzumab")]
    public void CardiotoxicityAvoidedOrDeniedIsNone(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));
}
