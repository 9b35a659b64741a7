using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The OncoTree nodes and the diagnosis phrases that map onto them (Lexicons/Data/oncotree.tsv, written by
/// eng/lexicons/oncotree.py from OncoTree, the Disease Ontology and the NCIt neoplasm hierarchy), plus the project's
/// own name-to-code table (diagnosis-oncotree.tsv) for the names the engine gives that those sources spell otherwise.
/// </summary>
internal sealed partial class OncoTreeVocabulary
{
    private const string NodesSource = "oncotree.tsv";
    private const string NamesSource = "diagnosis-oncotree.tsv";

    private readonly Dictionary<string, OncoTreeNode> _nodes;
    private readonly Dictionary<string, OncoTreeNode> _byName;
    private readonly Dictionary<string, string> _parents;
    private readonly List<(string Phrase, string Name)> _phrases;

    public OncoTreeVocabulary()
        : this(LexiconResource.ReadLines(NodesSource), LexiconResource.ReadLines(NamesSource))
    {
    }

    internal OncoTreeVocabulary(IReadOnlyList<(int Line, string Text)> vocabulary, IReadOnlyList<(int Line, string Text)> names)
        : this(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), [])
    {
        var codes = new List<(int Line, string Phrase, string Name, string Code)>();
        foreach (var (line, text) in vocabulary)
        {
            var cells = text.Split('\t');
            if (text[0] == '@')
            {
                if (cells.Length != 5)
                {
                    throw new LexiconException($"{NodesSource}:{line}: expected @code<TAB>name<TAB>main type<TAB>tissue<TAB>parent.");
                }

                var code = cells[0][1..];
                _nodes[code] = new OncoTreeNode { Code = code, Name = cells[1], MainType = Empty(cells[2]), Tissue = Empty(cells[3]) };
                if (cells[4].Length > 0)
                {
                    _parents[code] = cells[4];
                }
            }
            else if (cells.Length == 3)
            {
                codes.Add((line, cells[0], cells[1], cells[2]));
            }
            else
            {
                throw new LexiconException($"{NodesSource}:{line}: expected phrase<TAB>name<TAB>code.");
            }
        }

        foreach (var (line, phrase, name, code) in codes)
        {
            var node = Node(NodesSource, line, code);
            _byName.TryAdd(phrase, node);
            _byName.TryAdd(name, node);
            _phrases.Add((phrase, name));
        }

        // the project's names win over the vocabulary's: "lung cancer" is the Lung tissue node, not a DO synonym's choice
        foreach (var (line, text) in names)
        {
            var cells = text.Split('\t');
            if (cells.Length != 2 || cells[0].Trim().Length == 0)
            {
                throw new LexiconException($"{NamesSource}:{line}: expected name<TAB>OncoTree code.");
            }

            _byName[cells[0].Trim()] = Node(NamesSource, line, cells[1].Trim());
        }
    }

    private OncoTreeVocabulary(
        Dictionary<string, OncoTreeNode> nodes, Dictionary<string, OncoTreeNode> byName, Dictionary<string, string> parents, List<(string Phrase, string Name)> phrases)
    {
        _nodes = nodes;
        _byName = byName;
        _parents = parents;
        _phrases = phrases;
    }

    /// <summary>Phrases of the vocabulary with the name each gives, for recognising diagnoses the hand lexicon lacks.</summary>
    public IReadOnlyList<(string Phrase, string Name)> Phrases => _phrases;

    /// <summary>The OncoTree node of a diagnosis name (lower case), or null when none fits.</summary>
    public OncoTreeNode? Find(string name)
    {
        if (_byName.TryGetValue(name, out var node))
        {
            return node;
        }

        // "metastatic poorly differentiated carcinoma": leading modifiers that name no other disease are dropped
        var lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = name.AsSpan();
        for (var space = rest.IndexOf(' '); space > 0 && Modifiers.Contains(rest[..space].ToString()); space = rest.IndexOf(' '))
        {
            rest = rest[(space + 1)..];
            if (lookup.TryGetValue(rest, out node))
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>The parent code of an OncoTree code (the tissue nodes' parent is the root, <c>TISSUE</c>), or null.</summary>
    public string? Parent(string code) => _parents.GetValueOrDefault(code);

    /// <summary>The node of a code, or null.</summary>
    public OncoTreeNode? Node(string code) => _nodes.GetValueOrDefault(code);

    /// <summary>The node of a code written as a span of a text, with no string made for it.</summary>
    public OncoTreeNode? Node(ReadOnlySpan<char> code) =>
        _nodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var node) ? node : null;

    /// <summary>Every node of the table, in code order.</summary>
    public IEnumerable<OncoTreeNode> Nodes => _nodes.Values.OrderBy(n => n.Code, StringComparer.Ordinal);

    private static readonly HashSet<string> Modifiers = new(
        ["metastatic", "advanced", "recurrent", "primary", "invasive", "locally", "unresectable", "refractory", "relapsed",
         "high-grade", "low-grade", "malignant", "aggressive", "disseminated", "widespread", "conventional", "classic", "classical"],
        StringComparer.Ordinal);

    private OncoTreeNode Node(string source, int line, string code) =>
        _nodes.TryGetValue(code, out var node) ? node : throw new LexiconException($"{source}:{line}: unknown OncoTree code '{code}'.");

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
