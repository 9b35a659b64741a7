using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>The CTCAE grade a report states next to an event: "grade 3 colitis", "colitis (grade 2)", "G3", "CTCAE grade IV".</summary>
internal static partial class EventGrade
{
    /// <summary>The grade stated right before ("grade 3 colitis", "G2 immune-related rash") or right after ("colitis (grade 2)").</summary>
    public static int? Of(string text, Sentence sentence, int start, int end)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        int? best = null;
        var bestGap = int.MaxValue;
        foreach (var match in GradeRegex().EnumerateMatches(span))
        {
            var gStart = sentence.Start + match.Index;
            var gEnd = gStart + match.Length;
            int gap;
            if (gEnd <= start)
            {
                var between = text.AsSpan(gEnd, start - gEnd);
                if (Words(between) > 3 || between.IndexOfAny(",;:()") >= 0 || between.Contains(" and ", StringComparison.Ordinal))
                {
                    continue;
                }

                gap = between.Length;
            }
            else if (gStart >= end)
            {
                var between = text.AsSpan(end, gStart - end);
                var trimmed = between.Trim(" ,(–-:".AsSpan());
                if (Words(between) > 3 || !(trimmed.IsEmpty || trimmed.Equals("of", StringComparison.OrdinalIgnoreCase)
                    || trimmed.Equals("was", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("CTCAE", StringComparison.Ordinal)))
                {
                    continue;
                }

                gap = between.Length;
            }
            else
            {
                continue;
            }

            if (gap < bestGap && ReadGrade(text.AsSpan(gStart, gEnd - gStart)) is { } grade)
            {
                bestGap = gap;
                best = grade;
            }
        }

        return best;
    }

    /// <summary>The words between two listed events without a grade that opens the second (", grade 2 " reads ", ").</summary>
    public static ReadOnlySpan<char> WithoutTrailingGrade(ReadOnlySpan<char> between)
    {
        foreach (var match in TrailingGradeRegex().EnumerateMatches(between))
        {
            return between[..match.Index];
        }

        return between;
    }

    public static int Words(ReadOnlySpan<char> span)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static int? ReadGrade(ReadOnlySpan<char> value)
    {
        var i = value.Length - 1;
        while (i >= 0 && !char.IsLetterOrDigit(value[i]))
        {
            i--;
        }

        var tail = value[..(i + 1)];
        var digit = tail[^1];
        if (char.IsDigit(digit))
        {
            return digit - '0' is >= 1 and <= 5 and var g ? g : null;
        }

        var space = tail.LastIndexOfAny(' ', 'G', 'g');
        var roman = tail[(space + 1)..];
        return roman switch
        {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "I" => 1,
            "II" => 2,
            "III" => 3,
            "IV" => 4,
            "V" => 5,
            _ => null,
        };
    }

    // "grade 3", "Grade III", "CTCAE grade 4", "G2", "grade 2-3" (the higher one is read)
    [GeneratedRegex(@"\b(?:(?:CTCAE\s+(?:v\d(?:\.\d+)?\s+)?)?[Gg]rade\s*(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five)(?:\s*(?:-|–|to)\s*(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five))?|G[1-5])\b")]
    private static partial Regex GradeRegex();

    // ", grade 2 ", " and CTCAE grade III "
    [GeneratedRegex(@"\b(?:(?:CTCAE\s+(?:v\d(?:\.\d+)?\s+)?)?[Gg]rade\s*(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five)(?:\s*(?:-|–|to)\s*(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five))?|G[1-5])\s*$")]
    private static partial Regex TrailingGradeRegex();
}
