using CaseIngest.Core.Extraction.Context;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is affirmed in text about the case, and where mentions already lie.</summary>
public sealed partial class DiagnosisStep
{
    // a suspicion the rest of the sentence confirms is affirmed ("suspicion of pulmonary embolism, which was confirmed by CT")
    private static bool Accept(ExtractionContext context, int start, int end) =>
        CaseScope.InCase(context, start)
        && (context.AssertionOf(start, end) is var assertion && (assertion == Assertion.Affirmed
            || (assertion == Assertion.Uncertain && DiagnosingWording.ConfirmedAfter(context.Text, context.SentenceAt(start), end))))
        && !CaseScope.AboutRelative(context, start)
        && !MentionFilters.GeneralSentence(context, start, testStudies: true)
        && (!MentionFilters.NegatedOrListed(context.Text, context.SentenceAt(start), start, enumerations: true)
            || DiagnosingWording.ConfirmedAfter(context.Text, context.SentenceAt(start), end))
        && !MentionFilters.DeniedAfter(context.Text, context.SentenceAt(start), end)
        && !MentionFilters.SuspectedAfter(context.Text, context.SentenceAt(start), end)
        && !MentionFilters.WeighedAfterList(context.Text, context.SentenceAt(start), start, end)
        && !MentionFilters.OnlySuggested(context.Text, context.SentenceAt(start), start, end)
        && !MentionFilters.SetAside(context.Text, context.SentenceAt(start), start, end)
        && !MentionFilters.ReplacedByFinalReading(context.Text, context.SentenceAt(start), start, end)
        && !MentionFilters.StatedInGeneral(context.Text, context.SentenceAt(start), start, end)
        && !DifferentialWording.Weighed(context.Text, context.SentenceAt(start), start)
        && !DiagnosingWording.WeighedReading(context.Text, context.SentenceAt(start), start, end)
        && !AlternativeWording.Offered(context.Text, context.SentenceAt(start), start, end)
        && !MentionFilters.InAbbreviationList(context.Text, start)
        && !MentionSuffix.NotTheDisease(context.Text, start, end);

    private static int EndOfName(string text, int start, string? name)
    {
        if (name is null)
        {
            return start;
        }

        // the name is the match's own words joined by single spaces, so its length in the text is the same
        return Math.Min(text.Length, start + name.Length);
    }

    /// <summary>
    /// Removes the mentions found within [start, end). A method of its own so that the loop calling it holds no
    /// variable a lambda captures (which would cost an object for every match).
    /// </summary>
    private static void RemoveInside(List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found, int start, int end) =>
        found.RemoveAll(f => f.Start >= start && f.End <= end);

    /// <summary>Whether [start, end) overlaps a lexicon match; the matches are in text order and do not overlap.</summary>
    private static bool Overlaps(List<(int Start, int End)> covered, int start, int end) => LastStartingBefore(covered, end) is var last
        && last >= 0 && covered[last].End > start;

    /// <summary>
    /// Whether [start, end) holds every lexicon match it overlaps, and holds at least one shorter than itself: a condition
    /// whose name holds another's ("lupus nephritis" over "nephritis").
    /// </summary>
    private static bool HoldsMentions(List<(int Start, int End)> covered, int start, int end)
    {
        var held = false;
        for (var k = LastStartingBefore(covered, end); k >= 0 && covered[k].End > start; k--)
        {
            if (covered[k].Start < start || covered[k].End > end || covered[k].End - covered[k].Start >= end - start)
            {
                return false;
            }

            held = true;
        }

        return held;
    }

    /// <summary>The index of the last lexicon match that starts before <paramref name="end"/>, or -1.</summary>
    private static int LastStartingBefore(List<(int Start, int End)> covered, int end)
    {
        // the last match that starts before end is the only one that can reach past start
        int low = 0, high = covered.Count - 1, last = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (covered[middle].Start < end)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return last;
    }
}
