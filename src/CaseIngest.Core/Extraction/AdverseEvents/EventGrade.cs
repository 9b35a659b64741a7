using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The CTCAE grade a report states next to an event: "grade 3 colitis", "colitis (grade 2)", "G3", "CTCAE grade IV", "a
/// grade-3 rash". A range or a bound ("grade 2-3", "grade II/III", "grade 3 or 4", "grade ≥3") states no one grade: it
/// reads as <see cref="Unnumbered"/>, which ties the event as a grade does but records none.
/// </summary>
internal static partial class EventGrade
{
    /// <summary>The severity words of CTCAE's grades that authors put in brackets after one.</summary>
    private static readonly HashSet<string> SeverityWords = new(StringComparer.OrdinalIgnoreCase) { "mild", "moderate", "severe", "life-threatening", "fatal" };

    /// <summary>A grade stated as a range or a bound: the event is graded, with no one grade to record.</summary>
    public const int Unnumbered = 0;

    /// <summary>The grade to record for a value <see cref="Of"/> read: null for none and for <see cref="Unnumbered"/>.</summary>
    public static int? Recorded(int? grade) => grade is > Unnumbered ? grade : null;

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
                var between = WithoutSeverity(text.AsSpan(gEnd, start - gEnd));
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
                    || trimmed.Equals("was", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("CTCAE", StringComparison.Ordinal)
                    || Reaching(trimmed)))
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

    /// <summary>
    /// The grade the sentence after the event's gives it by an anaphor ("She developed diarrhoea after the second cycle.
    /// It was classified as grade 3 according to CTCAE."): the sentence opens on "It", "This" or "The event" and grades it.
    /// </summary>
    public static int? StatedNext(string text, Sentence next)
    {
        var span = text.AsSpan(next.Start, next.Length).TrimStart();
        if (!(span.StartsWith("It ", StringComparison.Ordinal) || span.StartsWith("This", StringComparison.Ordinal) || span.StartsWith("The ", StringComparison.Ordinal))
            || span.IndexOf("grade", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var match = GradedAnaphorRegex().Match(span.ToString());
        return match.Success ? ReadGrade(match.Groups["grade"].ValueSpan) : null;
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

    /// <summary>The words between a grade and its event less a severity aside right after the grade: "grade 3 (severe) diarrhoea".</summary>
    private static ReadOnlySpan<char> WithoutSeverity(ReadOnlySpan<char> between)
    {
        var trimmed = between.TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != '(')
        {
            return between;
        }

        var close = trimmed.IndexOf(')');
        return close > 0 && SeverityWords.Contains(trimmed[1..close].Trim().ToString()) ? trimmed[(close + 1)..] : between;
    }

    /// <summary>Words that tell an event growing to the grade stated after it: "diarrhoea, which reached grade 3", "neutropenia reaching grade 4".</summary>
    private static bool Reaching(ReadOnlySpan<char> words) =>
        words.Equals("reaching", StringComparison.OrdinalIgnoreCase) || words.Equals("which reached", StringComparison.OrdinalIgnoreCase)
        || words.Equals("that reached", StringComparison.OrdinalIgnoreCase) || words.Equals("up to", StringComparison.OrdinalIgnoreCase)
        || words.Equals("of up to", StringComparison.OrdinalIgnoreCase);

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
        // the words after "grade" (or the "G" of "G3"): a second value or a bound makes a range
        var word = value.IndexOf("rade", StringComparison.Ordinal);
        var body = value[(word >= 0 ? word + 4 : 1)..].TrimStart(" -–".AsSpan());
        if (body.IndexOfAny("≥>-–/") >= 0 || body.Contains(" to ", StringComparison.Ordinal) || body.Contains(" or ", StringComparison.Ordinal))
        {
            return Unnumbered;
        }

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

    // "grade 3", "Grade III", "CTCAE grade 4", "G2", "grade-3"; a range or bound: "grade 2-3", "grade II/III", "grade ≥3",
    // "grade 3 or 4", "grade 2 or higher", "G3-4"
    [GeneratedRegex(@"\b(?:(?:CTCAE\s+(?:v\d(?:\.\d+)?\s+)?)?[Gg]rade\s*(?:-\s*|(?:≥|>=?)\s*)?(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five)(?:\s*(?:-|–|/|to|or)\s*(?:grade\s*)?(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five)|\s+or\s+(?:higher|above|greater|worse|more))?|G[1-5](?:\s*[-–/]\s*G?[1-5])?)\b")]
    private static partial Regex GradeRegex();

    // a sentence grading the event just told by an anaphor:
    //   "It was classified as grade 3 according to CTCAE version 5.0."  -> 3
    //   "This was graded as a grade 2 event."                          -> 2
    //   "The toxicity was considered CTCAE grade 4."                   -> 4
    //   "It was grade 2."                                               -> 2
    //   "The tumour was grade 3."                                       -> none (not the event)
    //   "It resolved after two weeks of grade 1 symptoms."              -> none (no grading of it)
    [GeneratedRegex(@"^(?:It|This|This\s+(?:event|toxicity|reaction|episode|adverse\s+event)|The\s+(?:event|toxicity|reaction|episode|adverse\s+event))\s+(?:was|were)\s+(?:(?:then|subsequently|later|retrospectively|classified|graded|assessed|considered|scored|rated|categori[sz]ed|judged|defined|as|a|an|CTCAE|NCI-CTCAE|v?\d(?:\.\d+)?)\s+){0,5}(?<grade>(?:grade|Grade)\s*(?:[1-5]|IV|V|I{1,3}))\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex GradedAnaphorRegex();

    // ", grade 2 ", " and CTCAE grade III "
    [GeneratedRegex(@"\b(?:(?:CTCAE\s+(?:v\d(?:\.\d+)?\s+)?)?[Gg]rade\s*(?:-\s*|(?:≥|>=?)\s*)?(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five)(?:\s*(?:-|–|/|to|or)\s*(?:grade\s*)?(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five)|\s+or\s+(?:higher|above|greater|worse|more))?|G[1-5](?:\s*[-–/]\s*G?[1-5])?)\s*$")]
    private static partial Regex TrailingGradeRegex();
}
