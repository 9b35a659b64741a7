using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A time that opens the sentence of an outcome and dates it from an event or the follow-up (also told as observation
/// or surveillance): "At 18 months of follow-up, she remains free of disease", "Four months later, he died", "Two years after surgery, a recurrence was
/// found", also behind the visit it was told at ("At the last review, 14 months after starting olaparib, …"). An age ("At 46 years of age") or a bare time with no point it counts from is none.
/// </summary>
internal static partial class LeadingTime
{
    public static Match Of(string text, int sentenceStart, int start) =>
        start > sentenceStart ? LeadingTimeRegex().Match(text, sentenceStart, start - sentenceStart) : Match.Empty;

    /// <summary>
    /// "At 30 months, she remained in remission", "Two years later, the disease is still stable": the words before the
    /// outcome and its own words say the state was held, so a leading time is how long it lasted.
    /// </summary>
    public static bool StateHeld(string text, int sentenceStart, int end)
    {
        var before = text.AsSpan(sentenceStart, Math.Max(0, end - sentenceStart));
        return before.Contains("remain", StringComparison.OrdinalIgnoreCase) || before.Contains("still", StringComparison.OrdinalIgnoreCase)
            || before.Contains("continu", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "At 30 months, she remained in remission", "At 18 months there is no evidence of disease": a bare time in months
    /// or years that opens the sentence, with or without its comma (group c), or no match; never an age ("At 3 years old").
    /// </summary>
    public static Match Bare(string text, int sentenceStart, int start) =>
        start > sentenceStart ? BareTimeRegex().Match(text, sentenceStart, start - sentenceStart) : Match.Empty;

    // "At 30 months,", "At 2 years ", "At approximately 18 months,"; not "At 18 months of age", "At 3 years old"
    [GeneratedRegex(@"\G\s*at\s+(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|~|∼|≈|>)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")(?<h>\s+and\s+a\s+half|½)?[\s-]*(?<u>months?|years?)\b(?![\s-]+(?:of\s+(?:age|life)|old)\b)\s*(?<c>,)?\s", RegexOptions.IgnoreCase)]
    private static partial Regex BareTimeRegex();

    // "At 18 months of follow-up,", "At the 3-year follow-up", "After two years of surveillance,", "Following a two-year follow-up period,", "Four months later,", "At 40 months after the hepatectomy,",
    // "Until 5 months after the fourth ablation,", "Over the 8 months of follow-up,", "During 3 years of follow-up,",
    // "At the last visit, 26 months after diagnosis," (a visit that opens the sentence before its time); "Twenty months after
    // the diagnosis she died" (no comma, the patient named right after: group s); "At the latest follow-up at 1½ years after
    // surgery," (the visit, then its time); "At 2 years post-treatment,"
    [GeneratedRegex(@"\G\s*(?:at\s+(?:the|her|his|their)\s+(?:last|latest|most\s+recent|final)\s+(?:visit|review|follow[\s-]*up|contact|appointment|examination|evaluation|assessment|consultation)(?:,\s+|\s+(?:at|of)\s+(?=\S*\d|(?:" + NumberWords.WordPattern + @")\b)))?(?:(?:at|after|following|by|until|some|over|during|throughout|within)\s+)?(?:(?:the|her|his|a)\s+)?(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|~|∼|≈|>)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")(?<h>\s+and\s+a\s+half|½)?[\s-]*(?<u>days?|weeks?|months?|years?)\b(?:[\s-]+(?:of\s+)?(?:follow[\s-]*up|observation|surveillance)\b(?:\s+period\b)?,?|\s+(?:later|thereafter|afterwards)\b,?|\s+(?:after|post|following|from|since|into)[\s-]+[^,;.]{1,60}?(?:,|(?<s>)(?=\s+(?:she|he|the\s+patient|our\s+patient)\s)))\s", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTimeRegex();
}
