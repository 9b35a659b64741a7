using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The diagnosis phrases the engine recognises: the hand lexicon (Lexicons/Data/diagnoses.tsv) with the British and
/// split spellings and plurals of its phrases, then the OncoTree vocabulary's phrases it lacks, each with the name it
/// gives; and the OncoTree vocabulary itself. Built from the tables, or read from the lexicon snapshot
/// (<see cref="LexiconSnapshot"/>) of this build, which holds the same matcher and vocabulary.
/// </summary>
internal sealed partial class DiagnosisLexicon
{
    /// <summary>The name of phrases that look like diagnoses but name something else ("neuroblastoma RAS").</summary>
    public const string Blocked = "-";

    private const string Source = "diagnoses.tsv";

    private readonly TermMatcher<DiagnosisEntry> _matcher;

    private DiagnosisLexicon(TermMatcher<DiagnosisEntry> matcher, OncoTreeVocabulary? oncoTree)
    {
        _matcher = matcher;
        OncoTree = oncoTree;
    }

    /// <summary>The phrases and the diagnosis each names.</summary>
    public TermMatcher<DiagnosisEntry> Matcher => _matcher;

    /// <summary>The OncoTree vocabulary whose phrases the matcher holds; null for a lexicon of the hand phrases alone.</summary>
    public OncoTreeVocabulary? OncoTree { get; }

    /// <summary>The shipped lexicon: from the snapshot beside the engine when it is of this build, else built from the tables.</summary>
    public static DiagnosisLexicon LoadDefault() => LexiconSnapshot.TryReadDiagnoses() ?? Build();

    /// <summary>Builds the shipped lexicon from its tables (diagnoses.tsv, oncotree.tsv, diagnosis-oncotree.tsv).</summary>
    public static DiagnosisLexicon Build() => Build(LexiconResource.ReadLines(Source), Source, new OncoTreeVocabulary());

    /// <summary>Builds a lexicon of the hand phrases in <paramref name="lines"/> and, when given, the phrases of <paramref name="oncoTree"/>.</summary>
    public static DiagnosisLexicon Build(IReadOnlyList<(int Line, string Text)> lines, string source, OncoTreeVocabulary? oncoTree)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var lexicon = new DiagnosisLexicon(new TermMatcher<DiagnosisEntry>(), oncoTree);
        lexicon.Add(lines, source);
        return lexicon;
    }

    private void Add(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var handPhrases = new List<(string Phrase, DiagnosisEntry Entry)>();
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length is < 2 or > 3 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new LexiconException($"{source}:{line}: expected phrase<TAB>name[<TAB>broader names].");
            }

            var name = cells[1].Trim();
            if (!string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw new LexiconException($"{source}:{line}: the name '{name}' must be lower case.");
            }

            var broader = cells.Length == 3
                ? cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            // spelling variants that differ only in hyphens or spaces are one phrase: fine when they agree
            var entry = new DiagnosisEntry(name, broader);
            if (!_matcher.Add(cells[0].Trim(), entry)
                && (!_matcher.TryGet(cells[0].Trim(), out var existing) || existing.Name != name))
            {
                throw new LexiconException($"{source}:{line}: duplicate phrase '{cells[0].Trim()}'.");
            }

            AddPlural(cells[0].Trim(), entry);
            handPhrases.Add((cells[0].Trim(), entry));
        }

        // British and split spellings of the hand phrases, once all are read, so a phrase written in the file wins
        foreach (var (phrase, entry) in handPhrases)
        {
            AddVariants(phrase, entry);
        }

        // the vocabulary names the cancers the hand lexicon lacks ("endometrial stromal sarcoma"); the hand lexicon wins,
        // also over the vocabulary's name when it spells that name as a phrase ("cancer of lung" → "lung cancer")
        foreach (var (phrase, name) in OncoTree?.Phrases ?? [])
        {
            var entry = new DiagnosisEntry(_matcher.TryGet(name, out var own) && own.Name != Blocked ? own.Name : name, []);
            _matcher.Add(phrase, entry);
            AddPlural(phrase, entry);
            AddVariants(phrase, entry);
        }
    }

    /// <summary>"oesophageal adenocarcinoma", "neuro-endocrine tumour": the other spellings of a phrase, and their plurals.</summary>
    private void AddVariants(string phrase, DiagnosisEntry entry)
    {
        foreach (var variant in SpellingVariants.Of(phrase))
        {
            _matcher.Add(variant, entry);
            AddPlural(variant, entry);
        }
    }

    /// <summary>"basal cell carcinomas", "skin cancers", "tumours": the plural of a phrase whose last word is a neoplasm noun names the same diagnosis.</summary>
    private void AddPlural(string phrase, DiagnosisEntry entry)
    {
        if (entry.Name != Blocked && PluralHeads.Any(head => phrase.EndsWith(head, StringComparison.Ordinal)))
        {
            _matcher.Add(phrase + "s", entry);
        }
    }

    private static readonly string[] PluralHeads = ["oma", "cancer", "tumor", "tumour", "neoplasm"];
}
