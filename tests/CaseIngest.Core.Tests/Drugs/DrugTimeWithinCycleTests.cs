namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// An ordinal cycle told as a time within the course ("During the second cycle of docetaxel, she developed a rash";
/// "in the third course of FOLFOX"; "on day 8 of the fourth cycle of") says when something happened, not how many cycles
/// were given, and states no count; the cycle given ("She received the second cycle of docetaxel") and a course ended
/// there ("During the second cycle of docetaxel she developed sepsis, and chemotherapy was stopped") still count.
/// </summary>
public sealed class DrugTimeWithinCycleTests
{
    [Theory]
    [InlineData("During the second cycle of docetaxel, she developed a rash on her forearms.", "docetaxel")]
    [InlineData("In the third course of gemcitabine the platelet count fell to 40 x 10^9/L.", "gemcitabine")]
    [InlineData("On day 8 of the fourth cycle of paclitaxel, he reported numbness of the toes.", "paclitaxel")]
    [InlineData("Throughout the 2nd cycle of capecitabine she had diarrhoea.", "capecitabine")]
    public void ATimeWithinACycleStatesNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("She received the second cycle of docetaxel without delay.", "docetaxel", 2)]
    [InlineData("After the third cycle of gemcitabine, gemcitabine was stopped.", "gemcitabine", 3)]
    [InlineData("During the second cycle of docetaxel she developed neutropenic sepsis, after which chemotherapy was stopped.", "docetaxel", 2)]
    public void TheCycleGivenOrTheCycleACourseEndedAtStillCounts(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
}
