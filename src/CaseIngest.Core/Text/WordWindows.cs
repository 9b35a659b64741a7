using System.Buffers;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Text;

/// <summary>
/// The matches of a pattern over a whole text, searched only near the words every match of the pattern holds ("cycle"
/// for a count of cycles): the text is cut into windows reaching <see cref="Reach"/> characters either side of each such
/// word, windows that meet are joined, and the pattern runs in each window on its own. For a pattern whose matches are
/// shorter than <see cref="MaxMatch"/> the result is the same as a scan of the whole text, and where the words are rare
/// the cost is a vectorized search instead of a match attempt at every character.
/// </summary>
internal static class WordWindows
{
    /// <summary>The longest match a pattern searched this way may have.</summary>
    public const int MaxMatch = 240;

    /// <summary>How far a window reaches either side of a word: past the longest match, so no match is cut.</summary>
    public const int Reach = MaxMatch + 60;

    /// <summary>
    /// A searcher for <paramref name="words"/> compared ignoring case, for <see cref="Matches"/>; build it once per
    /// pattern (a static field), since building it costs more than a search.
    /// </summary>
    public static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The matches of <paramref name="regex"/> in <paramref name="text"/>, in text order, where every match of the
    /// pattern holds one of <paramref name="words"/> and is at most <see cref="MaxMatch"/> characters long.
    /// </summary>
    public static List<Match> Matches(Regex regex, string text, SearchValues<string> words)
    {
        var matches = new List<Match>();
        foreach (var (start, end) in Windows(text, words))
        {
            for (var match = regex.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                matches.Add(match);
            }
        }

        return matches;
    }

    /// <summary>The windows around the words, in text order, joined where they meet or overlap.</summary>
    internal static List<(int Start, int End)> Windows(string text, SearchValues<string> words)
    {
        var windows = new List<(int Start, int End)>();
        var at = 0;
        while (at < text.Length)
        {
            var found = text.AsSpan(at).IndexOfAny(words);
            if (found < 0)
            {
                break;
            }

            var word = at + found;
            var (start, end) = (Math.Max(0, word - Reach), Math.Min(text.Length, word + Reach));
            if (windows.Count > 0 && start <= windows[^1].End)
            {
                windows[^1] = (windows[^1].Start, end);
            }
            else
            {
                windows.Add((start, end));
            }

            at = word + 1;
        }

        return windows;
    }
}
