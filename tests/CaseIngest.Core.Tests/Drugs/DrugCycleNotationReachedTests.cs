namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A cycle written in the short notation ("C4") is the cycle reached as "cycle 4" is: "after C4 of FOLFIRI", "by C6 of",
/// "completed C6 of". A day of a cycle ("at C3D1", "on C2D15"), as "on day 1 of cycle 2", tells a time within the
/// course and no count; a C with a number that is no cycle (a vertebra) is none either.
/// </summary>
public sealed class DrugCycleNotationReachedTests
{
    [Theory]
    [InlineData("After C4 of FOLFIRI, the CEA level fell.", "irinotecan", 4)]
    [InlineData("Febrile neutropenia occurred after C4 of FOLFIRI.", "irinotecan", 4)]
    [InlineData("By C6 of carboplatin and paclitaxel, the CA-125 had normalised.", "carboplatin", 6)]
    [InlineData("By C6 of carboplatin and paclitaxel, the CA-125 had normalised.", "paclitaxel", 6)]
    [InlineData("She completed C6 of FOLFOX in March.", "oxaliplatin", 6)]
    [InlineData("Following C3 of docetaxel, he developed onycholysis.", "docetaxel", 3)]
    public void TheCycleReachedInShortNotationIsTheCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("At C3D1 of gemcitabine, she had a fever.", "gemcitabine")]
    [InlineData("Neuropathy was noted on C2D15 of paclitaxel.", "paclitaxel")]
    [InlineData("After C2 D8 of gemcitabine, the platelets fell.", "gemcitabine")]
    [InlineData("A fracture of C4 was found after docetaxel.", "docetaxel")]
    [InlineData("After c4 of FOLFIRI, the CEA level fell.", "irinotecan")]
    public void ADayOfACycleOrAVertebraIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
