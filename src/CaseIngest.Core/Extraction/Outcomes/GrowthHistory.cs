using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A growth told as the history the patient brought ("the mass had grown slowly over the past two years", "the lump had
/// enlarged over several years before she sought care") is how the tumour came to notice, not its course after a
/// treatment, even where a treatment is named earlier in the text; a growth told beside a treatment or after an event
/// ("grew despite imatinib", "enlarged after the third cycle") stays the disease's course.
/// </summary>
internal static partial class GrowthHistory
{
    public static bool Is(string text, Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        return HistoryRegex().IsMatch(span) && !TreatedRegex().IsMatch(span);
    }

    // "over the past two years", "for the previous few months", "over the years", "before she sought care", "prior to
    // presentation", "slowly … over several years"
    [GeneratedRegex(
        @"\b(?:over|for|during|in)\s+(?:the\s+)?(?:past|previous|preceding|last)\s+(?:(?:\d{1,2}|few|several|many|" + NumberWords.WordPattern + @")\s+)?(?:years?|months?|decades?)\b"
        + @"|\bover\s+the\s+years\b"
        + @"|\bbefore\s+(?:he|she|they|the\s+patient)\s+(?:sought|presented|came|was\s+referred|consulted)\b"
        + @"|\bprior\s+to\s+(?:(?:his|her|the)\s+)?(?:presentation|admission|referral|consultation)\b"
        + @"|\b(?:slowly|gradually)\s+(?:\w+\s+){0,4}over\s+(?:(?:\d{1,2}|a\s+few|several|many|" + NumberWords.WordPattern + @")\s+)?(?:years|decades)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HistoryRegex();

    // "despite imatinib", "on treatment", "after the third cycle", "following resection", "under sunitinib", "while on"
    [GeneratedRegex(@"\b(?:despite|after|following|under|while\s+on|on\s+(?:treatment|therapy)|cycles?|courses?|chemotherapy|radiotherapy|recurren\w*|relaps\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TreatedRegex();
}
