using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// An alteration a test looked for: the test's cue before the alteration noun ("tested for somatic hotspot mutations in
/// NRAS Q61R") says what was tested for, not what was found, variants written out or not.
/// </summary>
internal sealed partial class MarkerResolver
{
    /// <summary>Words between a test's cue and the alteration noun it looked for: "tested for somatic hotspot mutations in".</summary>
    private static readonly CueSet AlterationAdjectives = new(
        "somatic", "germline", "hotspot", "activating", "sensitizing", "sensitising", "common", "known", "recurrent",
        "driver", "actionable", "targetable", "oncogenic", "pathogenic", "point", "the", "any");

    /// <summary>
    /// Whether a test's cue ("tested for", "screened for", "analysed for") ends right before the alteration noun at
    /// <paramref name="start"/>, the adjectives of <see cref="AlterationAdjectives"/> between them.
    /// </summary>
    private bool TestCueBefore(int start, int sentenceStart)
    {
        var p = start;
        for (var words = 0; words < 4; words++)
        {
            while (p > sentenceStart && _text[p - 1] == ' ')
            {
                p--;
            }

            if (MarkerDocument.CueEndingAt(_doc.LeftCues, p, out var cue) && cue.Start >= sentenceStart)
            {
                return cue.Value.Kind is MarkerCue.Tested or MarkerCue.MutationTest;
            }

            var wordStart = p;
            while (wordStart > sentenceStart && char.IsLetter(_text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == p || !AlterationAdjectives.ContainsWord(_text.AsSpan(wordStart, p - wordStart)))
            {
                return false;
            }

            p = wordStart;
        }

        return false;
    }
}
