using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// The wider window before a drug is read for its count of cycles alone (<see cref="DrugAttributeParser.CyclesBefore"/>);
/// these tests hold that count to the one the full reading (<see cref="DrugAttributeParser.Before"/>) gives.
/// </summary>
public sealed class DrugCyclesBeforeTests
{
    /// <summary>The longest window read before a drug for its count of cycles.</summary>
    private const int Window = 140;

    public static TheoryData<string, int?> Windows => new()
    {
        { "She completed two cycles of the first-line standard regimen of ", 2 },
        { "after 4 of the 6 planned cycles of adjuvant ", 4 },
        { "He then received 6x ", 6 },
        { "The patient had completed cycle 3 of ", 3 },
        { "a single course of high dose ", 1 },
        { "Twelve weekly doses of ", 12 },
        { "150 mg/m2 of intravenous ", null },
        { "was started on oral ", null },
        { "   ", null },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void The_count_alone_is_the_count_of_the_full_reading(string window, int? cycles)
    {
        Assert.Equal(cycles, DrugAttributeParser.CyclesBefore(window));
        Assert.Equal(DrugAttributeParser.Before(window).Cycles, DrugAttributeParser.CyclesBefore(window));
    }

    [Fact]
    public void The_count_alone_is_the_count_of_the_full_reading_before_the_words_of_the_corpus_texts()
    {
        var differences = 0;
        var counted = 0;
        foreach (var text in Corpus.CaseReportTexts())
        {
            for (var end = 1; end < text.Length; end++)
            {
                // every word start after a space: where a drug name may begin
                if (text[end - 1] != ' ' || !char.IsLetter(text[end]))
                {
                    continue;
                }

                var window = text.AsSpan(Math.Max(0, end - Window), Math.Min(Window, end));
                var cycles = DrugAttributeParser.CyclesBefore(window);
                counted += cycles is null ? 0 : 1;
                differences += cycles == DrugAttributeParser.Before(window).Cycles ? 0 : 1;
            }
        }

        Assert.Equal(0, differences);
        Assert.True(counted > 0, "no window of the corpus texts states a count of cycles");
    }
}
