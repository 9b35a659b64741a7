namespace CaseIngest.Core.Text;

public sealed partial class PhraseMatcher<T>
{
    /// <summary>
    /// The value of a one-word phrase, looked up as a span: no string is made, so a caller may try every word of a text.
    /// For a case-insensitive matcher, <paramref name="word"/> must already be in lower case.
    /// </summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out T value)
    {
        if (word.Length <= MaxWordLength
            && _root.Children is { } root
            && root.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var node)
            && node.HasValue)
        {
            value = node.Value!;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The one-word phrases (lower-cased for a case-insensitive matcher).</summary>
    public IEnumerable<string> OneWordPhrases()
    {
        foreach (var (word, node) in _root.Children ?? [])
        {
            if (node.HasValue)
            {
                yield return word;
            }
        }
    }
}
