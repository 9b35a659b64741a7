using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

internal static partial class CuedConditions
{
    // the words PhraseRegex needs: a head somewhere in its words, or a Latin name's opening as its first word (keep both in
    // step with the pattern)
    private static readonly CueSet Heads = new(
        "disease", "syndrome", "anomaly", "disorder", "malformation", "deficiency", "infection", "pneumonia", "ectasia",
        "emphysema", "embolism", "aneurysm", "association", "block", "defect", "insufficiency", "regurgitation", "itis",
        "osis", "pathy", "plasia", "trophy", "malacia", "iasis");

    private static readonly string[] LatinOpenings =
        ["erythema", "lichen", "lupus", "pemphigus", "tinea", "purpura", "livedo", "cor", "itis", "osis", "oma", "iasis"];

    private const int PhraseWords = 6;

    /// <summary>
    /// Whether the words at [<paramref name="at"/>, <paramref name="end"/>) may hold a phrase <see cref="PhraseRegex"/>
    /// names: its words are letters, apostrophes and hyphens, at most six of them, so it lies in the run of such words at
    /// <paramref name="at"/>, and one of them holds a head word, or the first ends in a Latin name's opening. A letter
    /// outside ASCII (which the pattern may read in another case) leaves the answer to the pattern.
    /// </summary>
    internal static bool MayName(string text, int at, int end)
    {
        var words = 0;
        var firstEnd = -1;
        var i = at;
        for (; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (i > at && !char.IsWhiteSpace(text[i - 1]))
                {
                    firstEnd = firstEnd < 0 ? i : firstEnd;
                    if (++words == PhraseWords)
                    {
                        break;
                    }
                }

                continue;
            }

            if (c > '\u007f' && c != '\u2019')
            {
                return true;
            }

            if (!char.IsAsciiLetter(c) && c is not '\'' and not '\u2019' and not '-')
            {
                break;
            }
        }

        var run = text.AsSpan(at, i - at);
        if (Heads.ContainsAny(run))
        {
            return true;
        }

        var first = firstEnd < 0 ? run : text.AsSpan(at, firstEnd - at);
        foreach (var opening in LatinOpenings)
        {
            if (first.EndsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
