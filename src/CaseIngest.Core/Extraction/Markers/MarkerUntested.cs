using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// An alteration that only its noun names ("the NTRK3 fusion", "MDM2 amplification") in a clause that says its test was
/// not done or did not confirm it states no result of the case:
/// <list type="table">
/// <item><term>not done</term><description>"sequencing for the EWSR1 fusion was not performed", "FISH for MYC rearrangement was not carried out"</description></item>
/// <item><term>not confirmed</term><description>"RT-PCR did not confirm the SS18-SSX1 fusion", "FISH failed to confirm MDM2 amplification"</description></item>
/// </list>
/// A result the clause states in words of its own ("FISH was not performed, but sequencing found a KIT mutation") keeps its
/// reading, as does a finding named before the test that was not done ("the tumour harboured an ALK fusion; FISH was not
/// performed").
/// </summary>
internal static partial class MarkerUntested
{
    /// <summary>The most characters between the mention and the words of a test not done or not confirming it.</summary>
    private const int MaxReach = 80;

    /// <summary>Whether the clause of the mention from <paramref name="start"/> to <paramref name="end"/> says its test was not done or did not confirm it.</summary>
    public static bool Untested(string text, int sentenceStart, int sentenceEnd, int start, int end)
    {
        var (from, to) = MarkerGeneralClaim.ClauseBounds(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart), start - sentenceStart);
        var (clauseStart, clauseEnd) = (sentenceStart + from, sentenceStart + to);
        var afterEnd = Math.Min(clauseEnd, end + MaxReach);
        var beforeStart = Math.Max(clauseStart, start - MaxReach);
        return (afterEnd > end && NotDoneAfter().IsMatch(text.AsSpan(end, afterEnd - end)))
            || (start > beforeStart && NotConfirmedBefore().IsMatch(text.AsSpan(beforeStart, start - beforeStart)));
    }

    /// <summary>
    /// The test after the mention was not done, with no comma between: " fusion gene) was not performed", " amplification was not
    /// carried out", " rearrangement testing has not been done".
    /// </summary>
    [GeneratedRegex(@"^[^,;.]*?\b(?:(?:was|were)\s+not|(?:has|have|had)\s+not\s+been)\s+(?:performed|done|carried\s+out|undertaken|conducted|available)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotDoneAfter();

    /// <summary>
    /// The test before the mention did not confirm it, with no comma between: "RT-PCR did not confirm a ", "FISH failed to
    /// confirm ", "sequencing could not confirm an ".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:did|could|does)\s+not|failed\s+to)\s+confirm\b[^,;.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotConfirmedBefore();
}
