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
    public static string? Of(string phrase) =>
        ContentWords(phrase) is { Count: >= 3 } words ? new string([.. words.Select(word => word[0])]) : null;

    /// <summary>The lower-case words of <paramref name="phrase"/> without its function words, or null when one does not start with a letter.</summary>
    private static List<string>? ContentWords(string phrase)
    {
        var words = new List<string>();
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

            words.Add(word);
        }

        return words;
    }

    /// <summary>
    /// The initialisms of <paramref name="phrase"/> that also take the first letter after a combining vowel inside a
    /// word ("myelo|dysplastic syndrome" → "mds", "hemophagocytic lympho|histiocytosis" → "hlh"): every word gives its
    /// first letter, and one word or more may give a second one where it joins two stems with "o". The plain
    /// initialism is not among them.
    /// </summary>
    public static IEnumerable<string> WithInnerStems(string phrase)
    {
        var words = ContentWords(phrase);

        // a phrase of many words has too many readings to tell one initialism from another
        if (words is null || words.Count is 0 or > 4)
        {
            yield break;
        }

        var spellings = new List<string> { string.Empty };
        var inner = false;
        foreach (var word in words)
        {
            var next = new List<string>();
            var stems = InnerStems(word);
            inner |= stems.Count > 0;
            foreach (var spelling in spellings)
            {
                next.Add(spelling + word[0]);
                foreach (var stem in stems)
                {
                    next.Add(spelling + word[0] + stem);
                }
            }

            spellings = next;
        }

        if (!inner)
        {
            yield break;
        }

        foreach (var spelling in spellings)
        {
            if (spelling.Length >= 3 && spelling.Length > words.Count)
            {
                yield return spelling;
            }
        }
    }

    // the letters that open a second stem after a combining "o": "myelo|dysplastic" → 'd', "lympho|histiocytosis" → 'h';
    // the first stem is five letters or more and the second six ("thro|mboembolism" is no split), so a plain word ("pulmonary", "chronic") is not split
    private static List<char> InnerStems(string word)
    {
        var stems = new List<char>();
        for (var i = 5; i + 6 <= word.Length; i++)
        {
            if (word[i - 1] == 'o' && char.IsAsciiLetter(word[i]) && "aeiouy".IndexOf(word[i]) < 0 && "aeiou".IndexOf(word[i - 2]) < 0)
            {
                stems.Add(word[i]);
            }
        }

        return stems;
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
