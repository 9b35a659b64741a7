using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Results of opposite sense in one sentence. A positive cue after a negative one ("negative for GATA3 and positive for
/// CK7") lies in the negative cue's scope but is not denied by it; a stain noun that opens the sentence ("Staining for
/// CD34, desmin and EMA was negative", "The stains for SOX10 and HMB-45 were negative") names the stains done, and the
/// verdict after the list is each one's.
/// </summary>
internal sealed partial class MarkerResolver
{
    /// <summary>The most words before a stain noun that opens a sentence ("Further immunohistochemical staining for").</summary>
    private const int MaxWordsBeforeStainNoun = 3;

    private static readonly string[] StainNouns =
    [
        "staining for", "stains for", "stain for", "immunostaining for", "immunostains for", "immunoreactivity for", "immunoreactivity to",
        "reactivity for", "reactivity to", "immunopositivity for", "positivity for", "immunoexpression of",
    ];

    /// <summary>Words that make a stain noun after them an object, not the sentence's subject ("showed staining for").</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "showed", "shows", "show", "revealed", "demonstrated", "displayed", "exhibited", "had", "has",
        "have", "with", "by", "and", "or", "but", "no", "not", "without", "positive", "negative", "strong", "weak", "focal", "diffuse",
        "nuclear", "cytoplasmic", "membranous",
    };

    /// <summary>Whether an explicit negative result cue stands in the sentence before the cue starting at <paramref name="cueStart"/>.</summary>
    private bool NegativeResultBefore(int cueStart, int sentenceStart)
    {
        foreach (var cue in _doc.LeftCues)
        {
            if (cue.End > cueStart)
            {
                break;
            }

            if (cue.Start >= sentenceStart && cue.Value is { Explicit: true, Result: MarkerResult.Negative })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the cue is a stain noun that opens its sentence, with at most a few words and no verb before it.</summary>
    private bool StainNounOpensSentence(PhraseMatch<MarkerCue> cue, int sentenceStart)
    {
        var words = _text.AsSpan(cue.Start, cue.End - cue.Start);
        var isStainNoun = false;
        foreach (var noun in StainNouns)
        {
            isStainNoun |= words.Equals(noun, StringComparison.OrdinalIgnoreCase);
        }

        if (!isStainNoun)
        {
            return false;
        }

        var before = _text.AsSpan(sentenceStart, cue.Start - sentenceStart);
        var count = 0;
        var lookup = ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in before.SplitAny(' ', '\u00A0'))
        {
            var word = before[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++count > MaxWordsBeforeStainNoun || lookup.Contains(word) || word.IndexOfAny([',', ';', ':', '(']) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
