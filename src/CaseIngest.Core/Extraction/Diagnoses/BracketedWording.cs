using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A diagnosis written with one word in brackets inside it, an older name or a subtype of the same neoplasm:
/// "neuroendocrine (carcinoid) tumor", "squamous cell (epidermoid) carcinoma". The phrase without the bracket names it.
/// </summary>
internal static class BracketedWording
{
    /// <summary>
    /// The spans and the phrases without the bracket of each "&lt;one or two words&gt; (&lt;word&gt;) &lt;one or two words&gt;"
    /// whose phrase <paramref name="names"/> knows, the longest first at each bracket.
    /// </summary>
    public static IEnumerable<(int Start, int End, string Phrase)> Find(string text, TokenList tokens, Func<string, bool> names)
    {
        for (var t = 1; t + 1 < tokens.Length; t++)
        {
            var (before, word, after) = (tokens.AsSpan()[t - 1], tokens.AsSpan()[t], tokens.AsSpan()[t + 1]);
            if (!Between(text, before.End, word.Start, " (") || !Between(text, word.End, after.Start, ") "))
            {
                continue;
            }

            foreach (var (wordsBefore, wordsAfter) in Reaches)
            {
                var (first, last) = (t - wordsBefore, t + wordsAfter);
                if (first < 0 || last >= tokens.Length || (first < t - 1 && !Between(text, tokens.AsSpan()[first].End, before.Start, " "))
                    || (last > t + 1 && !Between(text, after.End, tokens.AsSpan()[last].Start, " ")))
                {
                    continue;
                }

                var (start, end) = (tokens.AsSpan()[first].Start, tokens.AsSpan()[last].End);
                var phrase = string.Concat(text.AsSpan(start, word.Start - 2 - start), " ", text.AsSpan(after.Start, end - after.Start));
                if (names(phrase))
                {
                    yield return (start, end, phrase);
                    break;
                }
            }
        }
    }

    // two words on both sides first, so "squamous cell (epidermoid) carcinoma" is read whole
    private static readonly (int Before, int After)[] Reaches = [(2, 2), (2, 1), (1, 2), (1, 1)];

    private static bool Between(string text, int from, int to, string separator) =>
        to - from == separator.Length && text.AsSpan(from, to - from).SequenceEqual(separator);
}
