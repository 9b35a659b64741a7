using System.Buffers;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug named as an ingredient of a culture medium ("Sabouraud agar supplemented with chloramphenicol", "a broth
/// containing vancomycin and colistin", "RPMI medium with penicillin and streptomycin") belongs to the laboratory
/// method, not to the patient: a drug is such an ingredient when the medium is named a few words before it and only
/// "supplemented with", "containing", "with" or "plus" and earlier names of the list stand between them.
/// </summary>
internal static partial class DrugLaboratoryReagent
{
    /// <summary>How far before the drug the medium may be named.</summary>
    private const int Reach = 90;

    private static readonly SearchValues<string> MediumWords = SearchValues.Create(["agar", "medium", "media", "broth"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the drug named at <paramref name="start"/> is an ingredient of a culture medium named before it.</summary>
    public static bool Is(ExtractionContext context, int start)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(start);
        var from = Math.Max(sentence.Start, start - Reach);
        if (start <= from)
        {
            return false;
        }

        var before = text.AsSpan(from, start - from);
        if (before.IndexOfAny(MediumWords) < 0)
        {
            return false;
        }

        var last = -1;
        foreach (var m in MediumRegex().EnumerateMatches(before))
        {
            last = m.Index + m.Length;
        }

        if (last < 0)
        {
            return false;
        }

        var gap = IngredientsRegex().Match(before[last..].ToString());
        return gap.Success && !ClauseWordRegex().IsMatch(gap.Groups["list"].ValueSpan);
    }

    /// <summary>A culture medium: "agar", "medium", "media", "broth".</summary>
    [GeneratedRegex(@"\b(?:agar|medium|media|broth)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MediumRegex();

    /// <summary>
    /// Up to three words after the medium ("plates", "at 37 °C"), then the words that add an ingredient, then only earlier
    /// names of the list: " supplemented with ", " containing vancomycin and ", " with ".
    /// </summary>
    [GeneratedRegex(@"^(?:\s+[\w°-]+){0,3}\s+(?:supplemented\s+with|enriched\s+with|containing|with|plus)\s+(?<list>[\w\s,/-]{0,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex IngredientsRegex();

    /// <summary>Words that open a clause of their own, where the drug may be the patient's: "and she was treated with".</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|had|has|she|he|they|patient|received?|treat\w*|given|start\w*|then|after|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseWordRegex();
}
