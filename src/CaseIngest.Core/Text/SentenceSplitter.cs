using System.Buffers;

namespace CaseIngest.Core.Text;

/// <summary>
/// Splits text into sentences at line breaks that end a line of its own (not a line wrapped inside a sentence, see
/// <see cref="ContinuesOverLineBreak"/>), at full stops run into
/// the next sentence ("discomfort.The patient") and at '.', '!', '?' or ';'-free sentence ends followed by a space
/// and an upper-case letter or digit, without splitting inside common abbreviations ("e.g.", "Dr.", "vs.", "Fig.")
/// or decimal numbers ("2.5 mg"). A run longer than <see cref="MaxSentenceLength"/> characters with no sentence end
/// (a table flattened to one line, a hostile input) is cut at white space, so later steps never see unbounded
/// sentences. Linear in the text length.
/// </summary>
public static class SentenceSplitter
{
    public const int MaxSentenceLength = 2000;

    private const int MaxAbbreviationLength = 12;

    /// <summary>A thread's list is kept for its next text while it holds no more sentences than this.</summary>
    private const int MaxScratchCapacity = 64 * 1024;

    [ThreadStatic]
    private static List<Sentence>? _scratch;

    private static readonly SearchValues<char> BreakCharacters = SearchValues.Create("\n.!?");

    private static readonly string[] Abbreviations =
    [
        "e.g", "i.e", "dr", "mr", "mrs", "ms", "vs", "fig", "figs", "no", "approx", "et al", "al", "ref", "refs",
        "st", "mt", "pt", "pts", "inc", "ltd", "jr", "sr", "vol", "ca", "cf", "resp", "min", "max", "mg", "dl",
        "tab", "sup", "prof", "dept", "univ", "co", "u.s", "p", "pp", "c",
    ];

    /// <summary>The sentences of the text, in text order, in an array of their exact number.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        // collected in the thread's list, which grows once for the largest text rather than for every text
        var sentences = _scratch ?? [];
        _scratch = null;
        sentences.Clear();
        Collect(text, sentences);
        var result = sentences.ToArray();
        if (sentences.Capacity <= MaxScratchCapacity)
        {
            sentences.Clear();
            _scratch = sentences;
        }

        return result;
    }

    private static void Collect(string text, List<Sentence> sentences)
    {
        var start = 0;
        var length = text.Length;
        for (var i = 0; i < length; i++)
        {
            // only line breaks and sentence punctuation end a sentence: the characters between are skipped at once
            var skip = text.AsSpan(i).IndexOfAny(BreakCharacters);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c == '\n')
            {
                if (!ContinuesOverLineBreak(text, i))
                {
                    Add(sentences, text, start, i);
                    start = i + 1;
                }

                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var next = i + 1;
            if (c == '.' && IsRunOnSentenceEnd(text, i))
            {
                Add(sentences, text, start, next);
                start = next;
                continue;
            }

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
    }

    /// <summary>
    /// Whether the line break at <paramref name="newline"/> sits inside a sentence. Text wrapped at a fixed width or
    /// extracted from PDF breaks lines mid-sentence ("The CA-125 level was\n350 U/mL"), so a single line break joins
    /// the lines when the line before ends without terminal punctuation or a colon and the next line opens with a
    /// lower-case letter or a digit; a blank line, a Markdown heading, list item or table row, and a next line opening
    /// with a capital still end the sentence. The line before may also end with an opening bracket ("… CT scan ("
    /// above a figure reference on its own line) or the next line open with a closing bracket or a comma
    /// ("). The lesion …"). A line break joined here is white space for phrases too (<see cref="IsWrappedLineBreak"/>):
    /// "non small\ncell lung cancer" is one name.
    /// </summary>
    private static bool ContinuesOverLineBreak(string text, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r')
        {
            before--;
        }

        if (before >= 0 && text[before] is '(' or '[')
        {
            return true;
        }

        var after = newline + 1;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r')
        {
            after++;
        }

        if (after < text.Length && text[after] is ')' or ']' or ',')
        {
            return true;
        }

        return before >= 0 && after < text.Length && WrapsLine(text, before, after);
    }

    /// <summary>
    /// Whether the single line break between the visible characters at <paramref name="before"/> and
    /// <paramref name="after"/> wraps one sentence: no terminal punctuation, colon or table bar before it, a lower-case
    /// letter or a digit (not a list number) after it, and the line before is no Markdown heading, list item or table row.
    /// </summary>
    internal static bool WrapsLine(string text, int before, int after)
    {
        if (text[before] is '.' or '!' or '?' or ':' or ';' or '|' or '\n')
        {
            return false;
        }

        var next = text[after];
        if (!(char.IsLower(next) || (char.IsDigit(next) && !IsListNumber(text, after))))
        {
            return false;
        }

        var lineStart = before;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        while (lineStart < before && text[lineStart] is ' ' or '\t')
        {
            lineStart++;
        }

        return text[lineStart] is not ('#' or '|' or '-' or '*' or '•' or '>');
    }

    /// <summary>A line break inside a sentence, as the splitter joins it: phrases may run over it ("non small\ncell").</summary>
    public static bool IsWrappedLineBreak(string text, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r')
        {
            before--;
        }

        var after = newline + 1;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r')
        {
            after++;
        }

        return before >= 0 && after < text.Length && WrapsLine(text, before, after);
    }

    /// <summary>A numbered list item: "1. a mass", "2) ascites".</summary>
    private static bool IsListNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 3 && char.IsDigit(text[i]))
        {
            i++;
        }

        return i + 1 < text.Length && text[i] is '.' or ')' && text[i + 1] is ' ' or '\t';
    }

    /// <summary>
    /// A full stop with no space before the next sentence, as text pasted from PDF or web pages often has
    /// ("… with no discomfort.The patient …", "… (6, 7).After surgery …"): a word of at least two lower-case
    /// letters or a closing bracket, the stop, then a capital followed by a letter; abbreviations excepted.
    /// </summary>
    private static bool IsRunOnSentenceEnd(string text, int dot)
    {
        if (dot < 2 || dot + 2 >= text.Length || !char.IsUpper(text[dot + 1]) || !char.IsLetter(text[dot + 2]))
        {
            return false;
        }

        var previous = text[dot - 1];
        if (previous is ')' or ']')
        {
            return true;
        }

        return char.IsLower(previous) && char.IsLower(text[dot - 2]) && !IsAbbreviation(text, dot);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            if (dot - wordStart == MaxAbbreviationLength)
            {
                return false; // a long word is no abbreviation; stopping here keeps the split linear
            }

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
