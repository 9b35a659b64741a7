using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A sentence that tells how often or how typically an outcome happens with a disease or a treatment ("a complete
/// response is rarely seen with this regimen", "such tumours usually recur within two years"), without naming the
/// patient of the report: knowledge about the disease, not an outcome of the case. A sentence that also speaks of the
/// patient ("although a complete response is rare, our patient achieved one") or tells what happened in the past tense
/// is left to the case.
/// </summary>
internal static partial class GeneralStatement
{
    public static bool Is(ReadOnlySpan<char> sentence) =>
        HowOftenRegex().IsMatch(sentence) && PresentRegex().IsMatch(sentence) && !PatientRegex().IsMatch(sentence);

    // "rarely", "usually", "is uncommon", "in a third of cases"
    [GeneratedRegex(@"\b(?:rarely|seldom|usually|typically|generally|commonly|often|frequently|occasionally|infrequently|uncommon|rare|unusual|infrequent)\b|\bin\s+(?:about\s+|approximately\s+|up\s+to\s+|nearly\s+)?(?:a\s+(?:third|quarter|half|minority|majority)|\d{1,3}\s*%|most|many|some)\s+of\s+(?:the\s+)?(?:cases|patients)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowOftenRegex();

    // the present tense or a modal that a general statement speaks in
    [GeneratedRegex(@"\b(?:is|are|can|may|might|tends?|occurs?|remains?|has\s+been\s+(?:reported|described|observed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentRegex();

    // "our patient", "the patient", "this case", "he", "her"; or a verb in the past tense that tells what happened ("a complete
    // response was achieved, which is rarely seen")
    [GeneratedRegex(@"\b(?:our|the|this|present|index)\s+(?:patient|case|child|man|woman|boy|girl)\b|\b(?:he|she|his|her|him|was|were|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PatientRegex();
}
