namespace CaseIngest.Core.Text;

/// <summary>
/// The text lower-cased (invariant culture), computed once per document and thread and shared by every lexicon
/// matched over it. Lower-casing is per character, so a word of the result is the word of the text lower-cased.
/// </summary>
internal static class LowerCasedText
{
    [ThreadStatic]
    private static string? _source;

    [ThreadStatic]
    private static string? _lowered;

    public static string Of(string text)
    {
        if (ReferenceEquals(text, _source) && _lowered is not null)
        {
            return _lowered;
        }

        var lowered = text.ToLowerInvariant();
        _source = text;
        _lowered = lowered;
        return lowered;
    }
}
