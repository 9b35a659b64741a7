namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// List items joined by "as well as (for)" or after the bracketed clone of the item before ("negative for ALK by IHC
/// (D5F3) and for ROS1 by FISH") share the cue, each with its own method.
/// </summary>
public sealed class MarkerCloneAndAsWellAsListTests
{
    [Theory]
    [InlineData("The tumour was negative for ALK by IHC (D5F3) and for ROS1 by FISH.", "ROS1", "negative", "FISH")]
    [InlineData("The tumour was negative for ALK by IHC (D5F3) and for ROS1 by FISH.", "ALK", "negative", "IHC")]
    [InlineData("The lesion was negative for ALK (D5F3) by immunohistochemistry and for ROS1 by FISH.", "ROS1", "negative", "FISH")]
    [InlineData("The sample was negative for PD-L1 (SP263) and for ALK (D5F3).", "ALK", "negative", null)]
    public void AnItemAfterTheBracketedCloneOfTheItemBeforeSharesTheCue(string text, string name, string result, string? method)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
        if (method is not null)
        {
            Assert.Equal(method, fact.Method);
        }
    }

    [Theory]
    [InlineData("The cells were positive for CK7 as well as for napsin A.", "napsin A", "positive")]
    [InlineData("The tumour was positive for chromogranin A, as well as for synaptophysin and CD56.", "synaptophysin", "positive")]
    [InlineData("The tumour was positive for chromogranin A, as well as for synaptophysin and CD56.", "CD56", "positive")]
    public void AnItemAfterAsWellAsForSharesTheCue(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
