using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The drugs of a combination stopped, held or reduced for an event, told after it: in its own sentence when the event
/// opens it as the cause ("Because of grade 3 neuropathy, oxaliplatin was stopped and she continued on …"), or by the
/// next sentence opening with the drugs stopped ("… grade 2 proteinuria. Bevacizumab was withheld, and atezolizumab
/// was continued."). Those drugs are the event's; the drugs continued beside them are not.
/// </summary>
internal static partial class StoppedForEvent
{
    /// <summary>Whether the words from the start of the sentence to the event make it the cause the sentence opens with: "Because of grade 2 ".</summary>
    public static bool OpensAsCause(ReadOnlySpan<char> before) =>
        before.Length <= 48 && CauseOpeningRegex().IsMatch(before);

    /// <summary>
    /// The drugs a clause from <paramref name="from"/> opens with, coordinated, when it tells them stopped, held or
    /// reduced ("Bevacizumab was withheld", ", paclitaxel and carboplatin were discontinued"); empty otherwise.
    /// </summary>
    public static List<string> OpeningStopped(string text, int from, int to, IReadOnlyList<TreatmentMention> mentions, string patient)
    {
        var stopped = new List<string>();
        var at = from;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Patient != patient || mention.Start < at)
            {
                continue;
            }

            var gap = text.AsSpan(at, mention.Start - at);
            if (!(stopped.Count == 0 ? OpeningRegex().IsMatch(gap) : gap.Trim() is "," or "and" or ", and" or "/" or "+"))
            {
                return [];
            }

            if (!stopped.Contains(mention.Name))
            {
                stopped.Add(mention.Name);
            }

            at = mention.End;
            if (StoppedAfter(text, mention.End, to))
            {
                return stopped;
            }
        }

        return [];
    }

    /// <summary>Whether the words right after a drug tell it stopped, held or reduced: " was withheld", " were permanently discontinued".</summary>
    public static bool StoppedAfter(string text, int drugEnd, int limit) =>
        limit > drugEnd && StoppedAfterRegex().IsMatch(text.AsSpan(drugEnd, Math.Min(limit, drugEnd + 48) - drugEnd));

    // the start of a sentence up to the event it opens with as a cause:
    //   "Because of grade 2 "            -> cause
    //   "Due to severe "                 -> cause
    //   "Owing to the "                  -> cause
    //   "Because of the progression of " -> not this (more than a grade or severity before the event)
    //   "After two cycles, grade 2 "     -> not this
    [GeneratedRegex(@"^\s*(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of|in\s+view\s+of)\s+(?:(?:the|an?|her|his|this|grade\s+\d|severe|symptomatic|recurrent|persistent|worsening|intolerable)\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex CauseOpeningRegex();

    // the words from the start of a sentence to the first drug it names:
    //   ""                  -> opening
    //   ", "                -> opening (the clause after the cause)
    //   "Therefore, "       -> opening
    //   "The dose of "      -> opening
    //   "She then stopped " -> not this
    [GeneratedRegex(@"^[\s,]*(?:(?:therefore|then|subsequently|consequently|accordingly),?\s+)?(?:the\s+(?:dose\s+of\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningRegex();

    // right after a drug, its clause telling it stopped, held or reduced:
    //   " was withheld"                   -> stopped
    //   " were permanently discontinued"  -> stopped
    //   " dose was reduced"               -> stopped
    //   " was held for a week"            -> stopped
    //   " was continued"                  -> not stopped
    //   " was started"                    -> not stopped
    [GeneratedRegex(@"^\s*(?:dose\s+)?(?:was|were|had\s+to\s+be)\s+(?:(?:then|therefore|subsequently|temporarily|permanently|promptly|immediately)\s+)?(?:held|withheld|stopped|discontinued|interrupted|suspended|paused|ceased|withdrawn|reduced|omitted)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex StoppedAfterRegex();
}
