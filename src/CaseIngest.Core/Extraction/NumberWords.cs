using System.Globalization;

namespace CaseIngest.Core.Extraction;

/// <summary>Reads numbers written as digits or English words ("57", "2.5", "sixty-five", "twelve").</summary>
internal static class NumberWords
{
    /// <summary>The unit words from two to nine as a regex alternation.</summary>
    private const string TwoToNine = "two|three|four|five|six|seven|eight|nine";

    /// <summary>The tens from twenty to ninety as a regex alternation.</summary>
    private const string TensWords = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>The words from thirteen to nineteen as a regex alternation.</summary>
    public const string Teens = "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    /// <summary>The count words from two to twelve as a regex alternation ("two|three|…|twelve"), for counts of cycles and doses.</summary>
    public const string TwoToTwelve = TwoToNine + "|ten|eleven|twelve";

    /// <summary>The count words from one to twelve as a regex alternation ("one|two|…|twelve").</summary>
    public const string OneToTwelve = "one|" + TwoToTwelve;

    /// <summary>
    /// The count words of cycles, doses and intervals as a regex alternation: one to twenty, and twenty-four ("one|…|nineteen|twenty|twenty-four").
    /// </summary>
    public const string CountWords = OneToTwelve + "|" + Teens + "|twenty|twenty-four";

    /// <summary>
    /// The words of a count a pattern may read with <see cref="TryParse"/>, for splicing into a regex after its digits:
    /// "twelve", "eighteen", "twenty-four", "thirty six"; the longer words come first so "fourteen" is never read as "four".
    /// </summary>
    public const string WordPattern = "(?:" + TensWords + ")(?:[- ](?:one|" + TwoToNine + ")(?![a-z]))?|" + Teens + "|" + OneToTwelve;

    /// <summary>The ordinal words from second to twelfth as a regex alternation ("second|third|…|twelfth").</summary>
    public const string SecondToTwelfth = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";

    private static readonly string[] Ordinals = ["", "first", .. SecondToTwelfth.Split('|')];

    private static readonly string[] Units = ["zero", .. OneToTwelve.Split('|'), .. Teens.Split('|')];

    private static readonly string[] Tens = ["", "", .. TensWords.Split('|')];

    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        text = text.Trim();
        if (text.Length > 0 && char.IsDigit(text[0]))
        {
            return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        var split = text.IndexOfAny('-', ' ');
        var head = split < 0 ? text : text[..split];
        var tail = split < 0 ? [] : text[(split + 1)..].Trim();
        value = 0;
        var tens = IndexOf(Tens, head);
        if (tens >= 2)
        {
            value = tens * 10;
            if (tail.Length == 0)
            {
                return true;
            }

            var unit = IndexOf(Units, tail);
            if (unit is >= 1 and <= 9)
            {
                value += unit;
                return true;
            }

            return false;
        }

        var single = IndexOf(Units, head);
        if (single >= 0 && tail.Length == 0)
        {
            value = single;
            return true;
        }

        return false;
    }

    /// <summary>Reads an ordinal word from "first" to "twelfth" as its number.</summary>
    public static bool TryParseOrdinal(ReadOnlySpan<char> text, out int value)
    {
        value = IndexOf(Ordinals, text.Trim());
        return value >= 1;
    }

    private static int IndexOf(string[] words, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (word.Equals(words[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
