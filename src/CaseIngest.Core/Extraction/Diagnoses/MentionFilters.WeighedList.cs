using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is an item of a list the words after the list weigh as a differential diagnosis.</summary>
internal static partial class MentionFilters
{
    private const int WeighedListReach = 260;

    /// <summary>
    /// Whether the mention begins or lies inside a list whose verb, told after the whole list, only weighs its items
    /// ("a schwannoma, a paraganglioma and tuberculosis were considered in the differential diagnosis", "thymoma,
    /// teratoma and lymphoma were included as differential diagnoses"), however long the list; a name a finding gives
    /// right before it stands ("biopsy revealed a schwannoma, and a meningioma … were considered in the differential").
    /// </summary>
    public static bool WeighedAfterList(string text, Sentence sentence, int start, int end)
    {
        var to = Math.Min(sentence.End, end + WeighedListReach);
        if (to <= end || !text.AsSpan(end, to - end).Contains("differential", StringComparison.OrdinalIgnoreCase)
            || !ListThenWeighedRegex().IsMatch(text.AsSpan(end, to - end)))
        {
            return false;
        }

        var from = Math.Max(sentence.Start, start - 60);
        return !FoundRightBeforeRegex().IsMatch(text.AsSpan(from, start - from));
    }

    // the rest of the mention's list, then its verb: " (EWS), a paraganglioma, and tuberculosis were considered in the
    // differential", " with nodal spread, teratoma or lymphoma were included as differential diagnoses"; an item holds
    // no verb, so a clause that states a finding ends the list, and no "and" or "or", so each list has one reading
    [GeneratedRegex(@"^(?:\s*\([^)]{1,30}\))?(?:\s+with\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:(?:,|,?\s+(?:and|or))\s+(?:(?!(?:and|or|was|were|is|are|has|have|had|showed|revealed|confirmed|demonstrated|diagnosed)\b)[\w'’/-]+\s+){0,5}?(?!(?:and|or|was|were|is|are)\b)[\w'’/-]+(?:\s*\([^)]{1,30}\))?){0,12},?\s+(?:was|were|is|are|had\s+been|have\s+been)\s+(?:(?:also|all|initially|first|then)\s+)?(?:considered|included|entertained|raised|discussed|listed)\s+(?:in|as|among|for|within|on)\s+(?:the\s+|a\s+|our\s+)?differential", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ListThenWeighedRegex();

    // "revealed a ", "showed an ", "confirmed ", "consistent with a ", "diagnosed with ": a finding names the mention
    [GeneratedRegex(@"\b(?:revealed|showed|confirmed|demonstrated|proved\s+to\s+be|consistent\s+with|compatible\s+with|diagnosed\s+(?:with|as))\s+(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex FoundRightBeforeRegex();
}
