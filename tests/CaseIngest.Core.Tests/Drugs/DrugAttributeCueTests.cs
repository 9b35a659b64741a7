using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Whether the words after a drug state a frequency, a form or a schedule is asked of each pattern only where one of
/// its cue words occurs (<see cref="DrugAttributeParser.GatedPatterns"/>); a pattern widened past those words would
/// silently lose its new matches. These tests hold every match of each pattern to its cue words.
/// </summary>
public sealed class DrugAttributeCueTests
{
    public static TheoryData<string> Segments =>
    [
        " 175 mg/m2 every three weeks for six cycles",
        ", 1,000 mg once in 2 weeks, then per 12 hours",
        " at 4-week intervals and at intervals of 21 days",
        " given in 28-day cycles, repeated in cycles of 14 days",
        " 3.6 mg four-weekly, later three-monthly and two hourly",
        " 12.5 mg q3w, then Q 8 h and q.2.weeks",
        " 500 mg three times daily, later twice WEEKLY and 2x/day",
        " 1000 mg/m2/3 weeks",
        " on weeks 1, 8 and 15 and days one and eight",
        " as a continuous INFUSION, then a drip, an IV bolus, oral tablets and capsules",
        " ointment, cream, gel and lotion, a suppository, a transdermal patch and an inhaler",
        " by hepatic arterial infusion of the liver",
        " combined with intrathecal injection of ",
    ];

    private static int AssertHoldsItsCues(string text)
    {
        var matched = 0;
        foreach (var (name, pattern, cues) in DrugAttributeParser.GatedPatterns)
        {
            foreach (System.Text.RegularExpressions.Match match in pattern.Matches(text))
            {
                matched++;
                Assert.True(cues.ContainsAny(match.ValueSpan), $"{name} matched \"{match.Value}\", which holds none of its cue words");
            }
        }

        return matched;
    }

    [Theory]
    [MemberData(nameof(Segments))]
    public void Every_match_after_a_drug_holds_the_cue_words_of_its_pattern(string segment)
    {
        Assert.True(AssertHoldsItsCues(segment) > 0, $"no gated pattern matched \"{segment}\"");
    }

    [Theory]
    [InlineData(" 75 mg/m2 intravenously on day 1", null)]
    [InlineData(" was stopped because of rash", null)]
    [InlineData(" every 3 weeks", 3.0)]
    [InlineData(" 10 mg q2w", 2.0)]
    [InlineData(" at 3-week intervals", 3.0)]
    public void The_schedule_read_after_a_drug_is_the_one_its_words_state(string segment, double? every)
    {
        Assert.Equal(every, DrugAttributeParser.After(segment).Frequency?.Every);
    }

    [Theory]
    [InlineData("once in every 4 weeks", 4.0, "week")]
    [InlineData("in 21-day cycles", 21.0, "day")]
    [InlineData("two-weekly", 2.0, "week")]
    [InlineData("Q12H", 12.0, "hour")]
    [InlineData("2 times per day", 0.5, "day")]
    [InlineData("weeks 1, 4 and 7", 3.0, "week")]
    [InlineData("after each meal", null, null)]
    public void A_schedule_is_read_from_the_words_that_state_it(string wording, double? every, string? unit)
    {
        var frequency = DrugAttributeParser.FindFrequency(wording);
        Assert.Equal(every, frequency?.Every);
        Assert.Equal(unit, frequency?.Unit);
    }

    [Fact]
    public void Every_match_in_the_corpus_texts_holds_the_cue_words_of_its_pattern()
    {
        var matched = 0;
        foreach (var text in Corpus.CaseReportTexts())
        {
            matched += AssertHoldsItsCues(text);
        }

        Assert.True(matched > 0, "no gated pattern matched a corpus text");
    }
}
