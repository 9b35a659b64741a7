using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Diagnoses a report writes only as initialisms it never expands ("confirmed SFT", "consistent with LCH", "AKI was
/// diagnosed"). An OncoTree code is the node it codes when its letters are the initials of the node's name (SFT,
/// Solitary Fibrous Tumor); other capitals are the one diagnosis of the hand lexicon (diagnoses.tsv) or the condition
/// vocabularies (<see cref="DiagnosedConditions"/>) whose initials they spell, and nothing where two diagnoses share
/// those initials. An initialism may also take the letter that opens a second stem of a compound word (MDS, myelodysplastic
/// syndrome; HLH, hemophagocytic lymphohistiocytosis) where no diagnosis spells it by first letters alone. Codes that
/// spell no name of their node (ATM, Atypical Meningioma) stay gene symbols and abbreviations.
/// </summary>
internal sealed class InitialismDiagnoses
{
    private const string HandSource = "diagnoses.tsv";

    private static readonly Lazy<InitialismDiagnoses> Shipped = new(() =>
        new InitialismDiagnoses(LexiconResource.ReadLines(HandSource), DiagnosedConditions.Default.Phrases));

    // initialism → the diagnosis it spells; null where two diagnoses spell it
    private readonly Dictionary<string, DiagnosedCondition?> _byInitials = new(StringComparer.Ordinal);

    // initialism that also takes a letter after a combining vowel ("mds", "hlh") → the diagnosis; null where two spell it
    private readonly Dictionary<string, DiagnosedCondition?> _byInnerStems = new(StringComparer.Ordinal);

    internal InitialismDiagnoses(IReadOnlyList<(int Line, string Text)> handLines, IEnumerable<(string Phrase, DiagnosedCondition Condition)> conditions)
    {
        foreach (var (_, text) in handLines)
        {
            var cells = text.Split('\t');
            if (cells.Length >= 2 && cells[1].Trim() is { Length: > 0 } name && name != DiagnosisLexicon.Blocked)
            {
                Add(cells[0].Trim(), new DiagnosedCondition(name, true));
            }
        }

        foreach (var (phrase, condition) in conditions)
        {
            Add(phrase, condition);
        }
    }

    /// <summary>The shipped initialisms.</summary>
    public static InitialismDiagnoses Default => Shipped.Value;

    /// <summary>
    /// The initialisms in the text that spell a known diagnosis, with the diagnosis; <paramref name="nameOf"/> gives the
    /// lexicon's name of an OncoTree node's name.
    /// </summary>
    public IEnumerable<(int Start, int End, DiagnosedCondition Condition)> Find(string text, TokenList tokens, OncoTreeVocabulary? oncoTree, Func<string, string?> nameOf)
    {
        var found = new List<(int, int, DiagnosedCondition)>();
        foreach (var token in tokens)
        {
            var word = text.AsSpan(token.Start, token.Length);
            if (Initialism.IsWritten(word) && Spelled(word, oncoTree, nameOf) is { } condition)
            {
                found.Add((token.Start, token.End, condition));
            }
        }

        return found;
    }

    // the word (three to six capitals) is looked up as a span, lower-cased on the stack: most capitals spell nothing
    private DiagnosedCondition? Spelled(ReadOnlySpan<char> word, OncoTreeVocabulary? oncoTree, Func<string, string?> nameOf)
    {
        Span<char> initials = stackalloc char[word.Length];
        word.ToLowerInvariant(initials);
        if (oncoTree?.Node(word) is { } node)
        {
            foreach (var alternative in node.Name.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Initialism.Of(alternative) is { } spelling && initials.SequenceEqual(spelling))
                {
                    var lower = alternative.ToLowerInvariant();
                    return new DiagnosedCondition(nameOf(lower) ?? lower, true);
                }
            }
        }

        return _byInitials.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(initials, out var spelled)
            ? spelled
            : _byInnerStems.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(initials, out var inner) ? inner : null;
    }

    private void Add(string phrase, DiagnosedCondition condition)
    {
        if (Initialism.Of(phrase) is { } initials)
        {
            Add(_byInitials, initials, condition);
        }

        foreach (var spelling in Initialism.WithInnerStems(phrase))
        {
            Add(_byInnerStems, spelling, condition);
        }
    }

    private static void Add(Dictionary<string, DiagnosedCondition?> table, string initials, DiagnosedCondition condition)
    {
        if (table.TryGetValue(initials, out var existing) && existing?.Name != condition.Name)
        {
            table[initials] = null;
        }
        else
        {
            table[initials] = condition;
        }
    }
}
