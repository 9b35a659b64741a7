namespace CaseIngest.Core.Text;

public sealed partial class PhraseMatcher<T>
{
    /// <summary>
    /// The matches of <see cref="Match(string, ReadOnlySpan{Token})"/>, written into <paramref name="matches"/> (cleared
    /// first) rather than a new list: for a caller that reads them at once into a result of its own.
    /// </summary>
    internal void MatchInto(string text, ReadOnlySpan<Token> tokens, List<PhraseMatch<T>> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        matches.Clear();
        Collect(text, tokens, [], matches);
    }
}
