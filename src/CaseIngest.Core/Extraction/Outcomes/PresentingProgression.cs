using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A progression named by its pace alone ("rapid progression", "further progression") or by a lesion noun alone ("lesion
/// progression", "nodule progression"), told before any treatment the
/// patient received and with no time after an event in its sentence, is the course of the presentation: symptoms or a
/// mass that grew before the patient sought care ("the rapid progression and severity of his complaints prompted a
/// work-up", "a lump whose rapid progression over four months led her to seek care"). One followed by "of" names what
/// progressed and is judged by that; one after a treatment ("after four cycles, rapid progression") is the disease's.
/// </summary>
internal static partial class PresentingProgression
{
    public static bool Is(ExtractionContext context, string value, int start, int end)
    {
        if (!PaceOnlyRegex().IsMatch(value) || OutcomeFilters.FollowedBy(context.Text, end, "of ") || OutcomeFilters.TreatedBefore(context, start))
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        return !TimeAfterEventRegex().IsMatch(context.Text.AsSpan(sentence.Start, sentence.Length));
    }

    [GeneratedRegex(@"^(?:rapid|further|lesion|nodule|mass)\s+progression$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaceOnlyRegex();

    // "after four cycles", "despite nivolumab", "following the resection", "three months later", "post-operatively", "on treatment"
    [GeneratedRegex(@"\b(?:after|despite|following|since|later|post|postoperative(?:ly)?|post-operative(?:ly)?|recurren\w*|relaps\w*|on\s+(?:treatment|therapy)|while\s+on|under)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeAfterEventRegex();
}
