using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Words right after a disease name that make it name something else: a gene or its product ("breast cancer
/// gene 2", "breast cancer 2 (BRCA2)", "Wilms tumor 1 (WT1)", "breast cancer susceptibility genes") or the absence
/// of the disease ("remained prostate cancer-free", "melanoma free since"), or a likeness of it ("a psoriasis-like
/// rash", "an ulcerative colitis-mimicking colitis"), or a test or vaccine for it ("a hepatitis screen", "hepatitis B
/// vaccination", "tuberculosis testing").
/// </summary>
internal static partial class MentionSuffix
{
    /// <summary>Whether the words from <paramref name="end"/> on turn the disease name before them into a gene, an absence, a likeness, a test or a vaccine.</summary>
    public static bool NotTheDisease(string text, int end) =>
        end < text.Length && SuffixRegex().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)));

    // a gene number is followed by its symbol or "gene"; "breast cancer 2 years ago" is a disease and a time; a test or
    // vaccine may name the virus and its initialism first ("hepatitis B virus (HBV) vaccinations")
    [GeneratedRegex(@"^(?:\s(?:\d{1,2}(?:\s?\(|\s(?:genes?|proteins?)\b|,\s(?:early|DNA)\b)|(?:susceptibility\s)?(?:genes?|proteins?|antigens?)\b)|[\s-]free\b|-(?:like|mimicking|mimic|mimics)\b|\s(?:virus\s)?(?:\([A-Za-z0-9-]{1,10}\)\s)?(?:screen|screening|serology|serologies|tests?|testing|panel|vaccines?|vaccinations?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SuffixRegex();
}
