using CaseIngest.Core.Extraction.Drugs;

namespace CaseIngest.Core.Tests.Drugs;

public sealed class JoinedNameFilterTests
{
    private static readonly JoinedNameFilter Filter = new(["cyclophosphamide", "hydroxyurea", "ifosfamide", "ab", "ätoposid"]);

    [Theory]
    [InlineData("cyclo", "phosphamide")]
    [InlineData("Cyclo", "PHOSPHAMIDE")]
    [InlineData("hydroxy", "urea")]
    [InlineData("cycling", "plastide")]
    public void A_pair_that_begins_and_ends_like_a_name_is_looked_up(string first, string second) =>
        Assert.True(Filter.MayJoin(first, second));

    [Theory]
    [InlineData("the", "patient")]
    [InlineData("cyclo", "patient")]
    [InlineData("was", "phosphamide")]
    public void A_pair_that_begins_or_ends_like_no_name_is_not(string first, string second) =>
        Assert.False(Filter.MayJoin(first, second));

    [Theory]
    [InlineData("äto", "posid")]
    [InlineData("\u212Aab", "urea")]
    public void A_pair_with_a_letter_outside_a_to_z_at_those_places_is_always_looked_up(string first, string second) =>
        Assert.True(Filter.MayJoin(first, second));

    [Fact]
    public void The_default_lexicon_still_finds_a_name_split_by_a_space()
    {
        var lexicon = DrugLexicon.Load(new EngineOptions());
        Assert.True(lexicon.JoinedNames.MayJoin("cyclo", "phosphamide"));
        Assert.False(lexicon.JoinedNames.MayJoin("qqq", "qqq"));
    }
}
