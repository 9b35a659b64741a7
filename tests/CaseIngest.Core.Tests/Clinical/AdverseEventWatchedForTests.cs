using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>An event the case only watches for ("monitored closely for", "watched for") has not happened and is no adverse event.</summary>
public sealed class AdverseEventWatchedForTests
{
    [Theory]
    [InlineData("A 65-year-old woman with breast cancer was treated with trastuzumab. She was monitored closely for heart failure.")]
    [InlineData("A 59-year-old man with melanoma received ipilimumab. He was closely monitored for colitis and hepatitis.")]
    [InlineData("A 43-year-old woman with Crohn disease was given infliximab. She was watched for infusion related reaction during the first infusion.")]
    public void AnEventTheCaseOnlyWatchesForIsNoAdverseEvent(string text) =>
        Assert.Empty(Engines.Extract(text).AdverseEvents);
}
