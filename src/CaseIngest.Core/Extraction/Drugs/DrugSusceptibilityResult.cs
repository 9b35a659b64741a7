using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Antibiotics named as the result of susceptibility testing ("the isolate was sensitive to penicillin (MIC = 0.03),
/// ceftriaxone and vancomycin but resistant to tetracycline") are properties of the organism, not drugs given: a drug
/// is such a result when a list of one- or two-word names joins it to "sensitive to", "susceptible to" or "resistant
/// to" in a sentence about a microbial isolate or its testing, and no verb follows it as the subject of a clause of its own.
/// </summary>
internal static partial class DrugSusceptibilityResult
{
    /// <summary>How far before the drug the susceptibility wording may open its list.</summary>
    private const int Reach = 160;

    public static bool Is(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        if (ClauseSubjectRegex().IsMatch(text.AsSpan(end, Math.Min(24, text.Length - end))))
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        var from = Math.Max(sentence.Start, start - Reach);
        if (start <= from)
        {
            return false;
        }

        var before = text.AsSpan(from, start - from);
        var listStart = -1;
        foreach (var m in SusceptibleToRegex().EnumerateMatches(before))
        {
            listStart = m.Index + m.Length;
        }

        if (listStart < 0 || !MicrobialContextRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
        {
            return false;
        }

        var gap = BracketRegex().Replace(before[listStart..].ToString(), " ");
        return ListGapRegex().IsMatch(gap);
    }

    /// <summary>"sensitive to", "susceptible to", "resistant to", "resistance to", "intermediate to".</summary>
    [GeneratedRegex(@"\b(?:sensitive|susceptible|resistant|resistance|intermediate|non-susceptible)\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex SusceptibleToRegex();

    /// <summary>Words of a sentence about an isolate and its testing: "isolate", "strain", "MIC", "antibiogram", "culture".</summary>
    [GeneratedRegex(@"\b(?:isolates?|strains?|susceptibility|antibiogram|antimicrobial|MICs?|cultures?|cultured|organisms?|bacteri\w*|grew)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MicrobialContextRegex();

    /// <summary>A name followed by its verb opens a clause of its own: "…, and ceftriaxone was continued".</summary>
    [GeneratedRegex(@"^\s*(?:was|were|is|are|has|had|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseSubjectRegex();

    /// <summary>A bracketed value after a listed name: "(MIC = 0.03)", "(MIC 0.5 µg/mL)".</summary>
    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex BracketRegex();

    /// <summary>
    /// Only earlier names of the list, each of one or two words and followed by a comma, "and" or "or". Each name with
    /// its separator is matched once (an atomic group), so a long run that fails at its end is not tried again in
    /// every split of its spaces.
    /// </summary>
    [GeneratedRegex(@"^\s*(?>[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*(?:(?:and|or)\b\s*)?|\b(?:and|or)\b\s*))*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListGapRegex();
}
