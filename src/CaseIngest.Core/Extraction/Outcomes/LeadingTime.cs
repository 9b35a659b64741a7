using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A time that opens the sentence of an outcome and dates it from an event or the follow-up: "At 18 months of
/// follow-up, she remains free of disease", "Four months later, he died", "Two years after surgery, a recurrence was
/// found". An age ("At 46 years of age") or a bare time with no point it counts from is none.
/// </summary>
internal static partial class LeadingTime
{
    public static Match Of(string text, int sentenceStart, int start) =>
        start > sentenceStart ? LeadingTimeRegex().Match(text, sentenceStart, start - sentenceStart) : Match.Empty;

    // "At 18 months of follow-up,", "At the 3-year follow-up", "Four months later,", "At 40 months after the hepatectomy,",
    // "Until 5 months after the fourth ablation,", "Over the 8 months of follow-up,", "During 3 years of follow-up,"
    [GeneratedRegex(@"\G\s*(?:(?:at|after|by|until|some|over|during|throughout|within)\s+)?(?:(?:the|her|his|a)\s+)?(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|~|∼|≈|>)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")[\s-]*(?<u>days?|weeks?|months?|years?)\b(?:[\s-]+(?:of\s+)?follow[\s-]*up\b,?|\s+(?:later|thereafter|afterwards)\b,?|\s+(?:after|post|following|from|since|into)\s+[^,;.]{1,60}?,)\s", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTimeRegex();
}
