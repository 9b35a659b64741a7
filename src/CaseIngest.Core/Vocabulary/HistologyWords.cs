using System.Collections.Concurrent;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Vocabulary;

/// <summary>
/// Generic histology words read over the OncoTree table, across tissues: <c>sarcoma</c> reaches every node whose name
/// or main type holds the word, alone or as the end of a compound (Ewing Sarcoma and Osteosarcoma under Bone,
/// Endometrial Stromal Sarcoma under Uterus, Leiomyosarcoma, Soft Tissue Sarcoma), but not when negated
/// (<c>Skin Cancer, Non-Melanoma</c> is no melanoma). A node all of whose subtypes are reached stands for them, and a
/// node under a reached one is left out (the index files each record under its node's ancestors too). The diagnosis
/// names records carry (diagnoses.tsv, and the names the OncoTree table gives) that hold the word but fall outside the
/// reached nodes are listed besides: kaposi sarcoma has no node, papillary thyroid carcinoma's node is
/// "Papillary Thyroid Cancer".
/// </summary>
internal sealed class HistologyWords
{
    private const string Root = "TISSUE";

    private readonly OncoTreeVocabulary _tree;
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly List<string> _names;
    private readonly ConcurrentDictionary<string, HistologyReach?> _reached = new(StringComparer.Ordinal);

    public HistologyWords(OncoTreeVocabulary tree, IEnumerable<string> diagnosisNames)
    {
        _tree = tree;
        foreach (var node in tree.Nodes)
        {
            if (tree.Parent(node.Code) is { } parent)
            {
                (_children.TryGetValue(parent, out var list) ? list : _children[parent] = []).Add(node.Code);
            }

            foreach (var (word, _) in Words(node.Name).Concat(Words(node.MainType ?? "")))
            {
                _words.Add(word);
            }
        }

        _names = [.. diagnosisNames.Concat(tree.Phrases.Select(p => p.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The vocabulary over the shipped OncoTree table and diagnosis lexicon.</summary>
    public static HistologyWords Load(OncoTreeVocabulary tree) =>
        new(tree, LexiconResource.ReadLines("diagnoses.tsv").Select(l => l.Text.Split('\t')).Where(c => c.Length >= 2).Select(c => c[1].Trim()).Where(n => n is not ("" or "-")));

    /// <summary>
    /// What a one-word value reaches when it is a word of the table's names or main types (<c>sarcoma</c>,
    /// <c>carcinoma</c>, <c>lymphoma</c>, <c>melanoma</c>, <c>osteosarcoma</c>), else null.
    /// </summary>
    public HistologyReach? Reach(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        return lower.Length < 4 || !lower.All(char.IsAsciiLetterLower) || !_words.Contains(lower) ? null : _reached.GetOrAdd(lower, Compute);
    }

    /// <summary>Whether a text holds the word, alone or ending a compound, and not negated by "non-".</summary>
    internal static bool Holds(string text, string word) =>
        Words(text).Any(w => w.Word.EndsWith(word, StringComparison.Ordinal) && !(w.Start >= 4 && text.AsSpan(w.Start - 4, 4).Equals("non-", StringComparison.OrdinalIgnoreCase)));

    private HistologyReach? Compute(string word)
    {
        var reached = _tree.Nodes.Where(n => Holds(n.Name, word) || (n.MainType is { } main && Holds(main, word))).Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        if (reached.Count == 0)
        {
            return null;
        }

        var tissues = reached.Select(c => _tree.Node(c)?.Tissue).ToList();
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var (parent, children) in _children)
            {
                if (parent != Root && !reached.Contains(parent) && children.TrueForAll(reached.Contains))
                {
                    grown = reached.Add(parent);
                }
            }
        }

        var codes = reached.Where(c => !Ancestors(c).Any(reached.Contains)).Order(StringComparer.Ordinal).ToList();
        var names = _names.Where(n => Holds(n, word) && !(_tree.Find(n) is { } node && Ancestors(node.Code).Prepend(node.Code).Any(reached.Contains))).ToList();
        tissues.AddRange(names.Select(n => _tree.Find(n)?.Tissue));
        return new HistologyReach(codes, [.. tissues.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], names);
    }

    private IEnumerable<string> Ancestors(string code)
    {
        var depth = 0;
        for (var parent = _tree.Parent(code); parent is not null && parent != Root && depth++ < 16; parent = _tree.Parent(parent))
        {
            yield return parent;
        }
    }

    /// <summary>The words of a text (the tokenizer's runs of letters and digits), lower case, with where each starts.</summary>
    private static IEnumerable<(string Word, int Start)> Words(string text) =>
        Text.Tokenizer.Tokenize(text).Select(t => (text[t.Start..t.End].ToLowerInvariant(), t.Start));
}
