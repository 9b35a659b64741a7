using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A recurrence that ends a disease-free span told just before it ("remained disease-free for two years until a relapse
/// in the axilla", "was in complete remission for 18 months before a local recurrence") came after that span: its time is
/// the span's. A span that does not run up to the recurrence ("free of disease for 2 years; a later scan showed a
/// relapse") dates none.
/// </summary>
internal static partial class RecurrenceAfterFreeSpan
{
    /// <summary>The span's time between the sentence's start and the recurrence's words at <paramref name="start"/>, or no match.</summary>
    public static Match Before(string text, int sentenceStart, int start) =>
        start > sentenceStart ? FreeSpanRegex().Match(text, sentenceStart, start - sentenceStart) : Match.Empty;

    // "disease-free for two years until a ", "free of tumour for 3 years before a local ", "in remission for 18 months, when ",
    // "without any relapse for four and a half years until ", "free of disease for 4 years until she presented with a "; the span's
    // word, its time, then "until", "till", "before" or "when" and at most four words up to the recurrence
    [GeneratedRegex(
        @"(?:\b(?:disease|tumou?r|cancer|recurrence|relapse)[- ]free|\bfree\s+(?:of|from)\s+(?:any\s+)?(?:disease|tumou?r|cancer|recurrence|relapse)|\bin\s+(?:(?:complete|continuous|clinical)\s+)?remission|\bwithout\s+(?:any\s+)?(?:evidence\s+of\s+)?(?:disease|recurrence|relapse))"
        + @"\s+for\s+(?:(?:the\s+)?(?:next|following)\s+)?(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|~|∼|≈|>)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @"|an?(?=\s+(?:month|year)\b))(?<h>\s+and\s+a\s+half|½)?[\s-]*(?<u>months?|years?)\b"
        + @"\s*,?\s+(?:until|till|before|when)\s+(?:(?:a|an|the|his|her|its)\s+)?(?:[\w-]+\s+){0,4}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FreeSpanRegex();
}
