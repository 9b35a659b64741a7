using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A method named between a verdict and the "for" before its markers ("positive by immunohistochemistry for PAX8",
/// "negative, on IHC, for CD20 and CD3", "found positive with immunostains for CD138"): the verdict before the method is
/// the list's cue.
/// </summary>
internal sealed partial class MarkerListCues
{
    /// <summary>The most characters a method phrase between a verdict and "for" may take.</summary>
    private const int MaxMethodPhrase = 64;

    /// <summary>
    /// Where the verdict ends before a method phrase ending at <paramref name="end"/> with "for", when a positive or
    /// negative cue ends there; null otherwise.
    /// </summary>
    private int? SkipMethodBeforeFor(int end, int sentenceStart)
    {
        if (PhraseEndingInFor(end, sentenceStart, MaxMethodPhrase, MethodBeforeFor()) is not { } match)
        {
            return null;
        }

        // "negative, by IHC, for": the comma before the method; "positive with immunostains for": the verdict's own preposition
        var p = Trim(match.Index, sentenceStart);
        p = p > sentenceStart && _text[p - 1] == ',' ? Trim(p - 1, sentenceStart) : p;
        var preposition = match.Groups["prep"];
        return VerdictEndsAt(p, sentenceStart) ? p
            : VerdictEndsAt(preposition.Index + preposition.Length, sentenceStart) ? preposition.Index + preposition.Length : null;
    }

    private bool VerdictEndsAt(int end, int sentenceStart) =>
        MarkerDocument.CueEndingAt(_leftCues, end, out var cue) && cue.Start >= sentenceStart && cue.Value.Explicit
        && cue.Value.Result is MarkerResult.Positive or MarkerResult.Negative;

    /// <summary>
    /// A method phrase ending with "for": " by immunohistochemistry for", ", by immunohistochemistry, for", " at IHC for",
    /// " with immunostains for", " on immunohistochemical staining for", " using immunohistochemistry for"; anchored at the
    /// end of a window of at most <see cref="MaxMethodPhrase"/> characters.
    /// </summary>
    [GeneratedRegex(@"(?<=[\s,])(?<prep>by|on|at|with|using)\s+(?:the\s+|an?\s+)?(?:immunohistochemi[a-z]*|IHC|immuno-?stain[a-z]*|immunocytochemi[a-z]*|immunolabel+ing)(?:\s+(?:stain|stains|staining|study|studies|analysis|examination))?\s*,?\s*for$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MethodBeforeFor();
}
