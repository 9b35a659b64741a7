using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction;

/// <summary>
/// The abbreviations a document defines itself, "percutaneous coronary intervention (PCI)": each short form in
/// parentheses with the long form before it whose letters spell it (the Schwartz–Hearst reading: the short form's
/// characters found right to left in the preceding words, its first at the start of a word). A lexicon that reads
/// an abbreviation with one meaning asks here whether the text gave it another, since the text's own definition wins.
/// </summary>
public sealed partial class DefinedAbbreviations
{
    private readonly Dictionary<string, List<string>> _longForms = new(StringComparer.Ordinal);

    private DefinedAbbreviations()
    {
    }

    /// <summary>The definitions in <paramref name="text"/>.</summary>
    public static DefinedAbbreviations Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new DefinedAbbreviations();
        if (text.IndexOf('(', StringComparison.Ordinal) < 0)
        {
            return result;
        }

        foreach (var match in ShortFormRegex().EnumerateMatches(text))
        {
            // the match is the parenthesis and the short form after it
            var written = text.AsSpan(match.Index + 1, match.Length - 1);
            if (Count(written, upperOnly: true) < 2)
            {
                continue;
            }

            var letters = Count(written, upperOnly: false);
            var candidate = Candidate(text, match.Index, Math.Min(letters + 5, letters * 2));
            if (LongFormStart(written, candidate) is var at && at >= 0)
            {
                var shortForm = written.ToString();
                var longForm = candidate[at..].ToString();
                if (!result._longForms.TryGetValue(shortForm, out var list))
                {
                    list = [];
                    result._longForms.Add(shortForm, list);
                }

                list.Add(longForm);
            }
        }

        return result;
    }

    /// <summary>The short forms the text defines, each once.</summary>
    public IEnumerable<string> ShortForms => _longForms.Keys;

    /// <summary>The long forms the text gives <paramref name="shortForm"/> (exact case), in text order; empty when it defines none.</summary>
    public IReadOnlyList<string> LongFormsOf(string shortForm) =>
        _longForms.TryGetValue(shortForm, out var list) ? list : [];

    /// <summary>
    /// Whether the text defines <paramref name="shortForm"/> and none of its long forms has the meaning
    /// <paramref name="hasLexiconMeaning"/> accepts: then the short form does not mean what the lexicon says.
    /// </summary>
    public bool DefinesOtherwise(string shortForm, Func<string, bool> hasLexiconMeaning)
    {
        ArgumentNullException.ThrowIfNull(hasLexiconMeaning);
        return _longForms.TryGetValue(shortForm, out var list) && !list.Exists(l => hasLexiconMeaning(l));
    }

    /// <summary>Up to <paramref name="maxWords"/> words before the parenthesis at <paramref name="open"/>, within its clause.</summary>
    private static ReadOnlySpan<char> Candidate(string text, int open, int maxWords)
    {
        var end = open;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        var words = 0;
        while (start > 0 && words < maxWords)
        {
            var c = text[start - 1];
            if (c is '.' or ';' or ':' or '(' or ')' or '[' or ']' or '\n' or ',')
            {
                break;
            }

            start--;
            if (c == ' ' && start > 0 && text[start - 1] != ' ')
            {
                words++;
            }
        }

        return text.AsSpan(start, end - start).Trim();
    }

    /// <summary>Where the shortest ending of <paramref name="candidate"/> whose letters spell <paramref name="shortForm"/> starts, or -1.</summary>
    private static int LongFormStart(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> candidate)
    {
        var s = shortForm.Length - 1;
        var l = candidate.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }

            while (l >= 0 && (char.ToLowerInvariant(candidate[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(candidate[l - 1]))))
            {
                l--;
            }

            if (l < 0)
            {
                return -1;
            }

            l--;
            s--;
        }

        var first = l + 1;
        return first == 0 ? 0 : candidate[..(first + 1)].LastIndexOf(' ') + 1;
    }

    /// <summary>How many characters of <paramref name="written"/> are upper-case letters, or letters and digits.</summary>
    private static int Count(ReadOnlySpan<char> written, bool upperOnly)
    {
        var count = 0;
        foreach (var c in written)
        {
            count += (upperOnly ? char.IsUpper(c) : char.IsLetterOrDigit(c)) ? 1 : 0;
        }

        return count;
    }

    // a short form in parentheses straight after its long form: "(PCI)", "(SBRT;", "(IMRT,"
    [GeneratedRegex(@"(?<=\w\s*)\(([A-Za-z][A-Za-z0-9-]{1,9})(?=[),;])")]
    private static partial Regex ShortFormRegex();
}
