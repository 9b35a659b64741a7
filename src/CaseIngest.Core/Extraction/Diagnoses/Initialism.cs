namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The initialism a diagnosis phrase is abbreviated to: the first letters of its words, hyphenated and slashed parts
/// counted as words and function words skipped ("solitary fibrous tumor" → "sft", "non-small cell lung cancer" →
/// "nsclc", "diffuse large B-cell lymphoma" → "dlbcl"). Only initialisms of three letters or more are given, since
/// two capitals stand for too many things.
/// </summary>
internal static class Initialism
{
    private static readonly HashSet<string> FunctionWords = new(["of", "the", "and", "with", "in", "to", "or", "a", "an", "for", "by", "on"], StringComparer.Ordinal);

    private static readonly char[] Separators = [' ', '-', '/', '\u2010', '\u2013'];

    /// <summary>The lower-case initialism of <paramref name="phrase"/>, or null when a word does not start with a letter or it is shorter than three letters.</summary>
    public static string? Of(string phrase)
    {
        var letters = new List<char>();
        foreach (var word in phrase.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (FunctionWords.Contains(word))
            {
                continue;
            }

            if (!char.IsAsciiLetter(word[0]))
            {
                return null;
            }

            letters.Add(word[0]);
        }

        return letters.Count >= 3 ? new string([.. letters]) : null;
    }

    /// <summary>Whether <paramref name="word"/> is written as an initialism: three to six capital letters.</summary>
    public static bool IsWritten(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
