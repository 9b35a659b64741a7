namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A response or stable disease followed by a comma and the time it lasted ("stable disease, lasting 9 months") lasted
/// that time; a time told after a comma with no word of lasting ("stable disease, and at 6 months the liver lesions grew")
/// is not its duration.
/// </summary>
public sealed class OutcomeLastingAfterCommaTests
{
    [Theory]
    [InlineData("A 60-year-old man with lung cancer received nivolumab. The best response was stable disease, lasting 9 months.", "nivolumab", "stable-disease", 9, "month")]
    [InlineData("A 57-year-old woman with ovarian cancer received olaparib. She achieved a partial response, lasting 14 months.", "olaparib", "partial-response", 14, "month")]
    [InlineData("A 62-year-old man with lymphoma received rituximab. He had a complete response, which lasted two years.", "rituximab", "complete-response", 2, "year")]
    public void TheTimeAfterACommaIsHowLongItLasted(string text, string drugs, string kind, double value, string unit) =>
        Assert.Contains(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == kind && o.Value == value && o.Unit == unit);

    [Theory]
    [InlineData("A 64-year-old woman with GIST received imatinib. She had stable disease, and at 6 months the liver lesions grew.", "imatinib", "stable-disease")]
    [InlineData("A 59-year-old man with melanoma received nivolumab. He had a partial response, at 3 months after the first dose.", "nivolumab", "partial-response")]
    public void ATimeAfterACommaWithNoWordOfLastingIsNone(string text, string drugs, string kind) =>
        Assert.Contains(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == kind && o.Value is null);
}
