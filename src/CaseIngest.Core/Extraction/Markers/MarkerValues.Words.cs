using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Shares written in words: "twenty percent", "about fifty per cent", "less than one percent", "five to ten percent",
/// a range opened by "between" ("between 10 and 20%"), and a score written as a word after its method ("CPS was fifteen").
/// </summary>
internal static partial class MarkerValues
{
    /// <summary>The number words of a share: the count words of <see cref="NumberWords.WordPattern"/>, "zero" and "one hundred".</summary>
    private const string NumberWord = "one\\s+hundred|zero|" + NumberWords.WordPattern;

    /// <summary>The words of a comparison that can open a share written in words ("less than one percent", "between five and ten").</summary>
    private static readonly HashSet<string> Comparisons = new(StringComparer.OrdinalIgnoreCase)
    {
        "between", "less", "lower", "fewer", "greater", "more", "higher", "below", "under", "above", "over",
    };

    /// <summary>
    /// Whether the word from <paramref name="p"/> to <paramref name="wordEnd"/> can open a number written in words; the
    /// longest such words have nine letters ("seventeen").
    /// </summary>
    public static bool OpensNumberWord(string text, int p, int wordEnd) =>
        wordEnd - p is >= 1 and <= 9 && (Comparisons.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(p, wordEnd - p))
            || (char.IsLetter(text[p]) && NumberWords.TryParse(text.AsSpan(p, wordEnd - p), out _)));

    /// <summary>
    /// A share written in words at <paramref name="p"/> ("twenty percent", "less than one per cent", "five to ten percent"),
    /// or a bare number word when the method of a score was read; returns where it ends, or -1.
    /// </summary>
    public static int ReadNumberWords(string text, int p, int limit, MarkerReading reading)
    {
        var between = text[p] is 'b' or 'B';
        var match = (between ? BetweenShare() : WordShare()).Match(text, p, Math.Min(60, limit - p));
        if (!match.Success || !NumberWords.TryParse(Hundred(match.Groups["n"].ValueSpan), out var number))
        {
            return -1;
        }

        var percent = match.Groups["u"].Success;
        if (!percent && (reading.Method is not ("CPS" or "TPS") || match.Groups["lt"].Success || match.Groups["n2"].Success))
        {
            return -1;
        }

        if (match.Groups["n2"].Success)
        {
            if (!NumberWords.TryParse(Hundred(match.Groups["n2"].ValueSpan), out var high) || high <= number)
            {
                return -1;
            }

            (reading.Bounded, reading.Range) = (true, reading.Range ?? (number, high));
        }
        else if (match.Groups["lt"].Success)
        {
            reading.Bounded = true;
            reading.LessThan = IsUpperBound(match.Groups["lt"].Value);
            reading.Range ??= reading.LessThan ? (0, number) : (number, null);
            if (!reading.LessThan)
            {
                reading.Value ??= number;
            }
        }
        else
        {
            reading.Value ??= number;
        }

        if (percent)
        {
            reading.Unit ??= "%";
        }

        return p + match.Length;
    }

    /// <summary>"one hundred" reads as 100; other words as they are.</summary>
    private static ReadOnlySpan<char> Hundred(ReadOnlySpan<char> words) =>
        words.EndsWith("hundred", StringComparison.OrdinalIgnoreCase) ? "100" : words;

    [GeneratedRegex(@"\G(?:(?<lt>(?:less|lower|fewer|greater|more|higher)\s+than|below|under|above|over)\s+)?(?<n>" + NumberWord + @")(?:\s+(?:to|-)\s+(?<n2>" + NumberWord + @"))?\b(?:\s?(?<u>per\s?cent\b|%))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex WordShare();

    [GeneratedRegex(@"\Gbetween\s+(?<n>\d{1,3}(?:\.\d+)?|" + NumberWord + @")\s?%?\s+(?:and|to)\s+(?<n2>\d{1,3}(?:\.\d+)?|" + NumberWord + @")\s?(?<u>%|per\s?cent\b)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex BetweenShare();
}
