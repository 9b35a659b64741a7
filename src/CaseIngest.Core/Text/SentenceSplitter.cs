namespace CaseIngest.Core.Text;

/// <summary>
/// Splits text into sentences at line breaks and at '.', '!', '?' or ';'-free sentence ends followed by a space
/// and an upper-case letter or digit, without splitting inside common abbreviations ("e.g.", "Dr.", "vs.", "Fig.")
/// or decimal numbers ("2.5 mg"). A run longer than <see cref="MaxSentenceLength"/> characters with no sentence end
/// (a table flattened to one line, a hostile input) is cut at white space, so later steps never see unbounded
/// sentences. Linear in the text length.
/// </summary>
public static class SentenceSplitter
{
    public const int MaxSentenceLength = 2000;

    private static readonly string[] Abbreviations =
    [
        "e.g", "i.e", "dr", "mr", "mrs", "ms", "vs", "fig", "figs", "no", "approx", "et al", "al", "ref", "refs",
        "st", "mt", "pt", "pts", "inc", "ltd", "jr", "sr", "vol", "ca", "cf", "resp", "min", "max", "mg", "dl",
        "tab", "sup", "prof", "dept", "univ", "co", "u.s", "p", "pp",
    ];

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var length = text.Length;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var next = i + 1;
            // keep closing quotes and brackets with the sentence
            while (next < length && text[next] is '"' or '\'' or ')' or ']' or '”' or '’')
            {
                next++;
            }

            if (next >= length || text[next] is not (' ' or '\t'))
            {
                continue;
            }

            var after = next;
            while (after < length && text[after] is ' ' or '\t')
            {
                after++;
            }

            if (after < length && !(char.IsUpper(text[after]) || char.IsDigit(text[after]) || text[after] is '(' or '['))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            Add(sentences, text, start, next);
            start = after;
            i = after - 1;
        }

        Add(sentences, text, start, length);
        return sentences;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // initials: "J. Smith"
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return word.EndsWith("et al", StringComparison.OrdinalIgnoreCase);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (end - start > MaxSentenceLength)
        {
            var cut = text.AsSpan(start, MaxSentenceLength).LastIndexOfAny(' ', '\t');
            var stop = cut > MaxSentenceLength / 2 ? start + cut : start + MaxSentenceLength;
            AddTrimmed(sentences, text, start, stop);
            start = stop;
        }

        AddTrimmed(sentences, text, start, end);
    }

    private static void AddTrimmed(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end));
        }
    }
}
