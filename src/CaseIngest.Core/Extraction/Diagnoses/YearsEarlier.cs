using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Whether a condition belongs to a time years before the case: "ten years prior, she presented with uveitis",
/// "about 1 year ago he was diagnosed with appendicitis". A condition of that time is part of the history the patient
/// brings, unless the sentence returns to the present before the mention ("…; she now has …").
/// </summary>
internal static partial class YearsEarlier
{
    /// <summary>How far before the mention the time is looked for.</summary>
    private const int Reach = 200;

    /// <summary>Whether the sentence places the mention at <paramref name="start"/> years before the case.</summary>
    public static bool Before(string text, Sentence sentence, int start)
    {
        var from = Math.Max(sentence.Start, start - Reach);
        return start > from && TimeRegex().IsMatch(text.AsSpan(from, start - from));
    }

    // "ten years prior, she presented with ", "approximately 1 year ago she ", "two decades earlier he had "; the words
    // after the time may not return to the present ("now", "currently", "this time", "but", ";")
    [GeneratedRegex(@"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|many)[\s-]+(?:years?|decades?)\s+(?:ago|prior|before|earlier)\b(?:(?!\b(?:now|currently|presently|this\s+time|but|however|admission|presentation)\b)[^;])*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeRegex();
}
