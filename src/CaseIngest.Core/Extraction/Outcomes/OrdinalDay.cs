using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A death dated by an ordinal day of the stay: "died on the 13th hospital day", "died of sepsis on the fourth day in
/// intensive care", "On the ninth hospital day, she died". The day counts from the admission or the operation, so the
/// death has that many days. An ordinal day with no stay it counts ("on the third day") is none.
/// </summary>
internal static partial class OrdinalDay
{
    private const string Ordinals = "(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth"
        + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
        + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";

    private const string Day = @"(?:(?<n>\d{1,3})(?:st|nd|rd|th)|(?<o>" + Ordinals + @"))\s+(?:(?:hospital|postoperative|post-operative|ICU|admission)\s+(?<u>day)\b"
        + @"|(?<u>day)\s+(?:of|after|following|in|at|since)\s+(?:(?:his|her|the)\s+)?(?:admission|hospitali[sz]ation|hospital\s+stay|hospital|surgery|operation|intensive\s+care(?:\s+unit)?|ICU)\b)";

    private static readonly string[] Units =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    /// <summary>The ordinal day right after a death, its cause in between allowed: " of sepsis on the 21st day of admission".</summary>
    public static Match After(string window) =>
        window.Contains("day", StringComparison.OrdinalIgnoreCase) ? AfterRegex().Match(window) : Match.Empty;

    /// <summary>The ordinal day that opens the sentence of a death: "On the ninth hospital day, she died".</summary>
    public static Match Leading(string text, int sentenceStart, int start) =>
        start > sentenceStart && text.AsSpan(sentenceStart, start - sentenceStart).Contains("day", StringComparison.OrdinalIgnoreCase)
            ? LeadingRegex().Match(text, sentenceStart, start - sentenceStart)
            : Match.Empty;

    /// <summary>The day an ordinal word names ("fourth" 4, "twenty-first" 21); false when the match has none.</summary>
    public static bool TryValue(Match match, out double value)
    {
        value = 0;
        if (!match.Groups["o"].Success)
        {
            return false;
        }

        var word = match.Groups["o"].Value.ToLowerInvariant();
        if (word is "twentieth" or "thirtieth")
        {
            value = word[0] == 't' && word[1] == 'w' ? 20 : 30;
            return true;
        }

        var tens = word.StartsWith("twenty", StringComparison.Ordinal) ? 20 : word.StartsWith("thirty", StringComparison.Ordinal) ? 30 : 0;
        var unit = Array.IndexOf(Units, tens == 0 ? word : word[6..].TrimStart('-', ' '));
        if (unit <= 0)
        {
            return false;
        }

        value = tens + unit;
        return true;
    }

    // " on the 13th hospital day", " of multiorgan failure on the 21st day of hospitalization", " on the fourth day in intensive care"
    [GeneratedRegex(@"^(?:\s+(?:of|from)\s+[^,;.]{1,50}?)?,?\s+on\s+(?:the\s+)?" + Day, RegexOptions.IgnoreCase)]
    private static partial Regex AfterRegex();

    // "On the ninth hospital day, ", "On the 3rd day of admission "
    [GeneratedRegex(@"\G\s*on\s+(?:the\s+)?" + Day + @",?\s", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingRegex();
}
