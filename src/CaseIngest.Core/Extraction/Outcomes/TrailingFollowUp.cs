using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// The follow-up told after a disease-free state, which dates how long it lasted: "no recurrence at the 2-year
/// follow-up", "no recurrence was found during the 5-year follow-up", "no recurrence at the last follow-up, 14 months postoperatively", "no sign of recurrence to date, 5 years
/// after the operation"; a follow-up told as observation or surveillance, or counted "after" its time ("free of disease after
/// 30 months of observation", "no recurrence over a follow-up period of 4 years"), dates it as well. An age ("at 3 years
/// of age") or a time with no follow-up or point it counts from is none.
/// </summary>
internal static partial class TrailingFollowUp
{
    /// <summary>How far after the state's words the follow-up may start.</summary>
    private const int Reach = 140;

    public static Match Of(string text, int end, int sentenceEnd) =>
        sentenceEnd > end ? TrailingFollowUpRegex().Match(text, end, Math.Min(Reach, sentenceEnd - end)) : Match.Empty;

    // " or distant metastasis at the 2-year follow-up", " at 18-month follow-up", " at the last follow-up, 14 months
    // postoperatively", " to date, 5 years after the operation", " at the latest visit, 30 months after surgery", " at last follow-up, 26 months after diagnosis",
    // " was found during the 5-year follow-up", " throughout the 18-month follow-up" (not "over the follow-up period",
    // often the span of a whole course told in a summary); " during a follow-up period of 26 months", " at a follow-up of 14 months",
    // " over an observation period of 3 years" (a period with its count); " after 30 months of observation", " during the 2-year surveillance"
    [GeneratedRegex(@"\G[^.;]{0,60}?\b(?:(?:at|during|throughout|within|after)\s+(?:the\s+|a\s+|her\s+|his\s+)?(?:(?<q>approximately|about|around|nearly|almost|over|more than|~|>)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")(?<h>\s+and\s+a\s+half|½)?[\s-]*(?<u>days?|weeks?|months?|years?)[\s-]+(?:of\s+)?(?:follow[\s-]*up|observation|surveillance)\b|(?:at|during|throughout|after|over|in)\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+)?(?:follow[\s-]*up|observation|surveillance)(?:\s+period)?\s+of\s+(?:(?<q>approximately|about|around|nearly|almost|over|more than|~|>)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")(?<h>\s+and\s+a\s+half|½)?\s*(?<u>days?|weeks?|months?|years?)\b|(?:at\s+(?:(?:the|her|his)\s+)?(?:last|latest|most\s+recent|final)\s+(?:follow[\s-]*up|visit|review|examination|contact|appointment)|to\s+date|so\s+far|until\s+now)\s*,\s*(?:(?<q>approximately|about|around|nearly|almost|over|more than)\s+)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?<u>days?|weeks?|months?|years?)\s+(?:postoperatively|post-operatively|after|post|following|from|since)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFollowUpRegex();
}
