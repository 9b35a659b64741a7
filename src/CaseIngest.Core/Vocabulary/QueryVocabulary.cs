using CaseIngest.Core.Extraction.AdverseEvents;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Extraction.Markers;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Vocabulary;

/// <summary>
/// Query values read through the vocabularies extraction uses, so a value means what it means in a record: brand
/// names give their generic drug, outcome abbreviations and spellings their outcome kind, marker aliases and HGNC
/// symbols their marker, diagnosis phrases and abbreviations their diagnosis and OncoTree node (a histology word such as
/// sarcoma every node of its kind, in every tissue: <see cref="HistologyWords"/>), and event wordings
/// their adverse-event term. A value no vocabulary knows is taken literally (lower case).
/// </summary>
public sealed class QueryVocabulary
{
    private static readonly Lazy<QueryVocabulary> Shared = new(() => new QueryVocabulary());

    private readonly DrugLexicon _drugs;
    private readonly MarkerLexicon _markers;
    private readonly HgncGenes _genes;
    private readonly DiagnosisStep _diagnoses;
    private readonly OncoTreeVocabulary _oncoTree;
    private readonly HistologyWords _histology;
    private readonly AdverseEventLexicon _events;

    private QueryVocabulary()
    {
        _drugs = DrugLexicon.Load(new EngineOptions());
        _genes = HgncGenes.LoadDefault();
        _markers = MarkerLexicon.LoadDefault();
        var diagnoses = DiagnosisLexicon.LoadDefault();
        _oncoTree = diagnoses.OncoTree!;
        _histology = HistologyWords.Load(_oncoTree);
        _diagnoses = new DiagnosisStep(diagnoses);
        _events = AdverseEventLexicon.LoadDefault();
    }

    /// <summary>The vocabularies of the shipped lexicons, loaded once per process.</summary>
    public static QueryVocabulary Default => Shared.Value;

    public Interpretation Drug(string value)
    {
        var text = Clean(value);
        var lower = text.ToLowerInvariant();
        if (_drugs.Find(lower) is { } generic)
        {
            return new(value, generic.Name, "name");
        }

        return Whole(text, _drugs.Abbreviations.Match(text, Tokenizer.Tokenize(text))) is { } abbreviation
            ? new(value, abbreviation.Name, "abbreviation")
            : Whole(text, _drugs.Names.Match(text, Tokenizer.Tokenize(text))) is { } named
                ? new(value, named.Name, "brand")
                : new(value, lower, Interpretation.Literal);
    }

    public Interpretation Outcome(string value) => OutcomeNames.Interpret(value, Clean(value));

    public Interpretation Marker(string value)
    {
        var text = Clean(value);
        var matches = _markers.Markers.Match(text, Tokenizer.Tokenize(text));
        // An entry the HGNC table added is named by its symbol: the lexicon's own marker of that gene names it instead.
        var names = matches.Select(m => m.Value.Gene is { } gene && m.Value.Name == gene ? _markers.NameOfGene(gene) ?? gene : m.Value.Name)
            .Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 1 && Covers(text, matches.Select(m => (m.Start, m.End))))
        {
            var via = string.Equals(text, names[0], StringComparison.OrdinalIgnoreCase) ? "name"
                : matches.All(m => m.Value.Name == m.Value.Gene) ? "hgnc" : "synonym";
            return new(value, names[0], via);
        }

        return (_genes.Resolve(text) ?? _genes.Resolve(text.ToUpperInvariant())) is { } symbol
            ? new(value, _markers.NameOfGene(symbol) ?? symbol, "hgnc")
            : new(value, text, Interpretation.Literal);
    }

    public Interpretation Diagnosis(string value)
    {
        var text = Clean(value);
        var name = _diagnoses.NameOf(text) ?? _diagnoses.NameOf(text.ToLowerInvariant());
        var via = name is null ? Interpretation.Literal : string.Equals(name, text, StringComparison.OrdinalIgnoreCase) ? "name" : "synonym";
        name ??= text.ToLowerInvariant();
        var node = _oncoTree.Find(name);
        // "sarcoma", "melanoma": a one-word diagnosis or head noun of the extraction reaches its kind in every tissue
        var known = via != Interpretation.Literal || node is not null || DiagnosisPatterns.Heads.Contains(name);
        if (known && string.Equals(name, text, StringComparison.OrdinalIgnoreCase) && _histology.Reach(text) is { } reach)
        {
            return new(value, name, "histology", reach.Codes) { Tissues = reach.Tissues, Names = reach.Names };
        }

        if (node is null)
        {
            return new(value, name, via);
        }

        // "Sarcoma, NOS" stands for its branch of the tree: the query reaches every node under its parent.
        var code = node.Name.EndsWith(", NOS", StringComparison.Ordinal) && _oncoTree.Parent(node.Code) is { } parent && parent != "TISSUE"
            ? parent
            : node.Code;
        return new(value, name, via == Interpretation.Literal ? "oncotree" : via, [code]);
    }

    public Interpretation AdverseEvent(string value)
    {
        var text = Clean(value);
        return _events.Find(text) is { } term
            ? new(value, term.Term, string.Equals(term.Term, text, StringComparison.OrdinalIgnoreCase) ? "name" : "synonym")
            : new(value, text.ToLowerInvariant(), Interpretation.Literal);
    }

    /// <summary>The code and every ancestor code of an OncoTree node, nearest first (the root <c>TISSUE</c> left out).</summary>
    public IReadOnlyList<string> OncoTreeLineage(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var lineage = new List<string>();
        for (var current = code; current is not null && current != "TISSUE" && lineage.Count < 16; current = _oncoTree.Parent(current))
        {
            lineage.Add(current);
        }

        return lineage;
    }

    /// <summary>The name of an OncoTree node, or null for an unknown code.</summary>
    public string? OncoTreeName(string code) => _oncoTree.Node(code)?.Name;

    private static string Clean(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static T? Whole<T>(string text, List<PhraseMatch<T>> matches)
        where T : class =>
        matches.Count == 1 && Covers(text, [(matches[0].Start, matches[0].End)]) ? matches[0].Value : null;

    /// <summary>Whether the matches leave no letter or digit of the text unmatched.</summary>
    private static bool Covers(string text, IEnumerable<(int Start, int End)> spans)
    {
        var covered = new bool[text.Length];
        var any = false;
        foreach (var (start, end) in spans)
        {
            any = true;
            Array.Fill(covered, true, start, end - start);
        }

        return any && !text.Where((c, i) => char.IsLetterOrDigit(c) && !covered[i]).Any();
    }
}
