using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Words around a disease name that make it name something else: a gene or its product ("breast cancer gene 2",
/// "breast cancer 2 (BRCA2)", "Wilms tumor 1 (WT1)", "breast cancer susceptibility genes", "B-cell lymphoma-2", "B-cell
/// lymphoma (Bcl)-2", "multiple myeloma oncogene 1") or the absence of the disease ("remained prostate cancer-free",
/// "melanoma free since"), or a likeness of it ("a psoriasis-like rash", "an ulcerative colitis-mimicking colitis"), or a
/// test or vaccine for it ("a hepatitis screen", "hepatitis B vaccination", "tuberculosis testing"), or the carrier state
/// of its virus ("a hepatitis B virus carrier", "a carrier of hepatitis B"), which is a condition the patient brings, not
/// the disease, or a trial, protocol or guideline named after its initialism ("the AML-BFM trial", "HCC guidelines").
/// </summary>
internal static partial class MentionSuffix
{
    /// <summary>
    /// Whether the words from <paramref name="end"/> on turn the disease name before them into a gene, an absence, a
    /// likeness, a test, a vaccine or a carrier state, or the words before <paramref name="start"/> make it a carrier state.
    /// </summary>
    public static bool NotTheDisease(string text, int start, int end) =>
        (end < text.Length && SuffixRegex().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end))))
        || CarrierOf(text.AsSpan(0, start).TrimEnd())
        || NamesAProgramme(text, start, end);

    // "the ALL study group protocol", "the AML-BFM trial", "HCC guidelines": an initialism that names a trial, a protocol or
    // a guideline of the disease says how the case was treated or weighed, not that the case has it; the initialism is
    // checked first, so the pattern runs only after a capitalised short name
    private static bool NamesAProgramme(string text, int start, int end) =>
        end < text.Length && Initialism.IsWritten(text.AsSpan(start, end - start))
        && ProgrammeRegex().IsMatch(text.AsSpan(end, Math.Min(32, text.Length - end)));

    // "a carrier of hepatitis B", "carriers of HBV"
    private static bool CarrierOf(ReadOnlySpan<char> before) =>
        before.EndsWith(" of", StringComparison.Ordinal)
        && (before[..^3].EndsWith("carrier", StringComparison.OrdinalIgnoreCase) || before[..^3].EndsWith("carriers", StringComparison.OrdinalIgnoreCase));

    // " study group", "-BFM 95 protocol", " IC-BFM 2002", " 2003 trial", " guidelines", " working party"
    [GeneratedRegex(@"^[\s-](?:(?:IC-)?BFM\b|(?:\d{2,4}\s)?(?:stud(?:y|ies)|trials?|protocols?|guidelines?|consortium|working\s+(?:group|party))\b)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex ProgrammeRegex();

    // a gene number is followed by its symbol or "gene", or joined by a hyphen, after the symbol in brackets too ("lymphoma
    // (Bcl)-2"); "breast cancer 2 years ago" is a disease and a time; a test, a vaccine or a carrier may name the virus and
    // its initialism first ("hepatitis B virus (HBV) vaccinations", "hepatitis C virus carrier")
    [GeneratedRegex(@"^(?:\s(?:\d{1,2}(?:\s?\(|\s(?:genes?|proteins?)\b|,\s(?:early|DNA)\b)|(?:susceptibility\s)?(?:genes?|proteins?|antigens?|oncogenes?)\b)|(?:\s\([A-Za-z]{2,8}\))?-\d{1,2}\b|[\s-]free\b|-(?:like|mimicking|mimic|mimics)\b|\s(?:virus\s)?(?:\([A-Za-z0-9-]{1,10}\)\s)?(?:screen|screening|serology|serologies|tests?|testing|panel|vaccines?|vaccinations?|carriers?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SuffixRegex();
}
