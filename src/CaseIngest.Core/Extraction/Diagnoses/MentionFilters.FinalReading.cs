using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is an earlier reading of a sample that the final examination replaced with another tumour.</summary>
internal static partial class MentionFilters
{
    /// <summary>How far after the mention's sentence the final reading is looked for.</summary>
    private const int FinalReadingReach = 1500;

    private static readonly CueSet EarlierReadingCues = new("biopsy", "cytology", "aspiration", "FNA", "smear", "histolog", "diagnosis of");

    /// <summary>
    /// Whether the mention is what a biopsy, an aspirate or a first diagnosis read ("biopsy revealed a neuroendocrine
    /// tumour", "a diagnosis of pleomorphic adenoma was made on cytology") and one of the next sentences gives the final
    /// examination, which names another tumour ("The final histological examination showed a parathyroid adenoma"). A
    /// final reading that names the mention again, or no tumour of its own ("… described a 2 cm tumour"), keeps it, and a
    /// metastasis is never replaced by the primary's histology.
    /// </summary>
    public static bool ReplacedByFinalReading(string text, Sentence sentence, int start, int end)
    {
        // the words right before the mention first: most mentions are no earlier reading, and the search ahead is long
        var from = Math.Max(sentence.Start, start - 120);
        var before = text.AsSpan(from, start - from);
        if (!EarlierReadingCues.ContainsAny(before) || !EarlierReadingRegex().IsMatch(before)
            || text.AsSpan(sentence.Start, sentence.Length).Contains("final", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(start, end - start).Contains("metasta", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var later = Math.Min(text.Length, sentence.End + FinalReadingReach);
        if (later <= sentence.End || !text.AsSpan(sentence.End, later - sentence.End).Contains("final", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var final = FinalReadingRegex().Match(text, sentence.End, later - sentence.End);
        if (!final.Success)
        {
            return false;
        }

        var stop = text.IndexOf('.', final.Index + final.Length);
        var finalReading = text.AsSpan(final.Index, (stop < 0 ? text.Length : stop) - final.Index);
        return !finalReading.Contains(text.AsSpan(start, end - start), StringComparison.OrdinalIgnoreCase) && NamedTumourRegex().IsMatch(finalReading);
    }

    // "biopsy revealed a ", "aspiration cytology suggested an ", "histological examination showed a well-differentiated ",
    // "a diagnosis of ": the earlier reading, then at most three words up to the mention
    [GeneratedRegex(@"\b(?:(?:biopsy|cytology|aspiration|FNAC?|smear|histology|(?:histological|histopathological|pathological|cytological)\s+examination)\b[^.;]{0,60}?\b(?:revealed|showed|suggested|indicated)|diagnosis\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex EarlierReadingRegex();

    // "The final histological examination", "the final pathological diagnosis", "The final pathology report"
    [GeneratedRegex(@"\bthe\s+final\s+(?:(?:histolog|histopatholog|patholog|cytolog)\w*\s+)?(?:diagnosis|examination|report|evaluation)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex FinalReadingRegex();

    // a tumour named in the final reading: "a parathyroid adenoma", "a mucoepidermoid carcinoma", "a phyllodes tumour";
    // not "the tumour" or "a 2 cm tumour"
    [GeneratedRegex(@"\b[a-z-]+oma(?:s|ta)?\b|\bcancers?\b|\b(?!(?:the|a|an|this|that|its|his|her|their|whole|entire|resected|excised|cm|mm)\b)[a-z-]+\s+tumou?rs?\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NamedTumourRegex();
}
