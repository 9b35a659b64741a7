using System.Buffers;

namespace CaseIngest.Core.Text;

/// <summary>
/// A fixed set of short cue phrases found in a span ignoring case (ordinal), built once: where any of them
/// occurs, which ones start at a position, and the end of the last one standing as a whole word.
/// </summary>
internal sealed class CueSet
{
    private readonly SearchValues<string> _search;
    private readonly string[][] _byAsciiFirst = new string[128][];
    private readonly string[] _all;

    public CueSet(params string[] cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        _all = cues;
        _search = SearchValues.Create(cues, StringComparison.OrdinalIgnoreCase);
        for (var c = 0; c < 128; c++)
        {
            var first = (char)c;
            _byAsciiFirst[c] = [.. cues.Where(cue => cue.Length > 0 && char.IsAscii(cue[0]) && char.ToLowerInvariant(cue[0]) == char.ToLowerInvariant(first)
                || cue.Length > 0 && !char.IsAscii(cue[0]))];
        }
    }

    /// <summary>Whether any cue occurs in <paramref name="span"/> (ignoring case).</summary>
    public bool ContainsAny(ReadOnlySpan<char> span) => span.IndexOfAny(_search) >= 0;

    /// <summary>Where the first cue occurs in <paramref name="span"/> (ignoring case), or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> span) => span.IndexOfAny(_search);

    /// <summary>Whether a cue occurs in <paramref name="span"/> as whole words: neither preceded nor followed by a letter or digit.</summary>
    public bool ContainsWord(ReadOnlySpan<char> span)
    {
        var from = 0;
        while (from < span.Length)
        {
            var at = span[from..].IndexOfAny(_search);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (at == 0 || !char.IsLetterOrDigit(span[at - 1]))
            {
                var c = span[at];
                foreach (var cue in c < 128 ? _byAsciiFirst[c] : _all)
                {
                    var end = at + cue.Length;
                    if (end <= span.Length && span.Slice(at, cue.Length).Equals(cue, StringComparison.OrdinalIgnoreCase)
                        && (end == span.Length || !char.IsLetterOrDigit(span[end])))
                    {
                        return true;
                    }
                }
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>
    /// The largest end of a cue occurring in <paramref name="span"/> as a word: not preceded by a letter or digit,
    /// and not followed by one unless the cue itself ends in a non-word character; -1 when there is none.
    /// </summary>
    public int LastWordEnd(ReadOnlySpan<char> span)
    {
        var best = -1;
        var from = 0;
        while (from < span.Length)
        {
            var at = span[from..].IndexOfAny(_search);
            if (at < 0)
            {
                break;
            }

            at += from;
            if (at == 0 || !char.IsLetterOrDigit(span[at - 1]))
            {
                var c = span[at];
                foreach (var cue in c < 128 ? _byAsciiFirst[c] : _all)
                {
                    var end = at + cue.Length;
                    if (end > best && end <= span.Length && span.Slice(at, cue.Length).Equals(cue, StringComparison.OrdinalIgnoreCase)
                        && (end >= span.Length || !char.IsLetterOrDigit(span[end]) || !char.IsLetterOrDigit(cue[^1])))
                    {
                        best = end;
                    }
                }
            }

            from = at + 1;
        }

        return best;
    }
}
