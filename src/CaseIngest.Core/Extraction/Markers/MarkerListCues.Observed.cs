using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A verdict and its staining noun told in the passive before the "for" of its markers ("negative immunostainings were
/// observed for CK7 and TTF-1", "positive staining was also seen for desmin"): the verdict before the noun is the list's
/// cue, whichever of the staining nouns, in the singular or the plural, and whichever verb of finding follow it.
/// </summary>
internal sealed partial class MarkerListCues
{
    /// <summary>The most characters a staining noun and its passive verb between a verdict and "for" may take.</summary>
    private const int MaxObservedPhrase = 64;

    /// <summary>
    /// Where the verdict ends before a staining noun and a passive verb of finding ending at <paramref name="end"/> with
    /// "for", when a positive or negative cue ends there; null otherwise.
    /// </summary>
    private int? SkipObservedFor(int end, int sentenceStart)
    {
        if (PhraseEndingInFor(end, sentenceStart, MaxObservedPhrase, ObservedBeforeFor()) is not { } match)
        {
            return null;
        }

        // "positive immunostaining was noted for": the verdict and its noun make one cue; "negative immunostainings were
        // observed for": the verdict alone is the cue before the plural noun
        var noun = match.Groups["noun"];
        if (VerdictEndsAt(noun.Index + noun.Length, sentenceStart))
        {
            return noun.Index + noun.Length;
        }

        var p = Trim(match.Index, sentenceStart);
        return VerdictEndsAt(p, sentenceStart) ? p : null;
    }

    /// <summary>
    /// A staining noun and a passive verb of finding ending with "for": " immunostainings were observed for", " staining was
    /// also seen for", " reactivity was noted for", " expression was found for"; anchored at the end of a window of at most
    /// <see cref="MaxObservedPhrase"/> characters.
    /// </summary>
    [GeneratedRegex(@"(?<=\s)(?<noun>(?:immuno-?)?(?:stainings?|staining\s+reactions?|reactions?|reactivity|positivity|negativity|expression|labell?ing))\s+(?:was|were)\s+(?:also\s+)?(?:observed|seen|noted|detected|found|identified|demonstrated|evident|present)\s+for$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObservedBeforeFor();
}
