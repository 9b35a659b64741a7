namespace CaseIngest.Core.Tests.Clinical;

/// <summary>An event the patient is only watched for ("monitored for nephrotoxicity", "to screen for ototoxicity") has not happened.</summary>
public sealed class AdverseEventSurveillanceTests
{
    [Theory]
    [InlineData("She received cisplatin for cervical cancer. Her renal function was monitored for nephrotoxicity.", "cisplatin")]
    [InlineData("She received cisplatin for cervical cancer. Audiometry was performed to screen for ototoxicity.", "cisplatin")]
    [InlineData("She received nivolumab for melanoma. Thyroid function was checked regularly to detect hypothyroidism.", "nivolumab")]
    [InlineData("He received rituximab for lymphoma. He was monitored for infusion reactions.", "rituximab")]
    [InlineData("He received durvalumab for lung cancer. Chest CT every three months provided surveillance for pneumonitis.", "durvalumab")]
    [InlineData("She started lenalidomide for myeloma, with weekly blood counts monitoring for neutropenia.", "lenalidomide")]
    public void AnEventOnlyWatchedForIsNone(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("She received cisplatin for cervical cancer. Monitoring showed nephrotoxicity after the second cycle.", "cisplatin", "acute kidney injury:-:cisplatin")]
    public void AnEventTheMonitoringFoundCounts(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
