using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// The drug vocabulary of one engine: curated names, brands and abbreviations (drugs.tsv), regimen acronyms
/// (regimens.tsv), INN stems for unlisted agents (inn-stems.tsv), and optionally the DrugBank open vocabulary,
/// whose names never override the curated ones. Built and validated once; thread-safe after construction.
/// </summary>
public sealed partial class DrugLexicon
{
    /// <summary>The drugClass vocabulary of the case record.</summary>
    public static readonly IReadOnlySet<string> Classes = new HashSet<string>(StringComparer.Ordinal)
    {
        "anti-PD-1 antibody", "anti-PD-L1 antibody", "anti-CTLA-4 antibody", "tyrosine kinase inhibitor", "platinum agent",
        "taxane", "antimetabolite", "anthracycline", "alkylating agent", "topoisomerase inhibitor", "vinca alkaloid",
        "anti-VEGF antibody", "anti-HER2 antibody", "anti-EGFR antibody", "anti-CD20 antibody", "CDK4/6 inhibitor",
        "PARP inhibitor", "mTOR inhibitor", "hormonal therapy", "corticosteroid", "immunosuppressant", "monoclonal antibody",
        "antibiotic", "antiviral", "antifungal", "anticoagulant", "thyroid hormone", "antiemetic", "analgesic", "other",
    };


    private readonly Dictionary<string, DrugEntry> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stopWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _endogenous = new(StringComparer.Ordinal);
    private InnStem[] _stems = [];

    /// <summary>The stems by their last two letters (26 × 26), each bucket in the order of <see cref="_stems"/>.</summary>
    private InnStem[][] _stemsByEnding = [];

    private DrugLexicon()
    {
    }

    /// <summary>Names, brands and multi-word synonyms, matched without regard to case.</summary>
    public PhraseMatcher<DrugEntry> Names { get; } = new();

    /// <summary>Abbreviations (MTX, 5-FU, INH …), matched with their exact case.</summary>
    public PhraseMatcher<DrugEntry> Abbreviations { get; } = new(caseSensitive: true);

    /// <summary>Regimen acronyms that are unambiguous, matched without regard to case.</summary>
    public PhraseMatcher<DrugRegimen> Regimens { get; } = new();

    /// <summary>Short regimen acronyms (AC, EP, ICE …), matched with their exact case and only near regimen words.</summary>
    public PhraseMatcher<DrugRegimen> ContextRegimens { get; } = new(caseSensitive: true);

    /// <summary>Regimens whose acronym joins numbers with "+" ("7+3"), found by <see cref="DrugPlusRegimens"/>.</summary>
    public IReadOnlyList<DrugRegimen> PlusRegimens => _plusRegimens;

    private readonly List<DrugRegimen> _plusRegimens = [];

    public int DrugBankNames { get; private set; }

    /// <summary>Which pairs of words may spell a one-word name (<see cref="DrugSplitWords"/>), built on first use.</summary>
    internal JoinedNameFilter JoinedNames => _joinedNames ??= new JoinedNameFilter(Names.OneWordPhrases());

    private JoinedNameFilter? _joinedNames;

    /// <summary>The lexicon of an engine: the embedded files, widened by the DrugBank vocabulary when the options name it.</summary>
    public static DrugLexicon Load(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Load(
            LexiconResource.ReadLines("drugs.tsv"),
            LexiconResource.ReadLines("inn-stems.tsv"),
            LexiconResource.ReadLines("regimens.tsv"),
            LexiconResource.ReadLines("drug-stopwords.tsv"),
            LexiconResource.ReadLines("endogenous-drugs.tsv"),
            options.DrugBankVocabularyPath is { Length: > 0 } path ? DrugBankVocabulary.Read(path) : null);
    }

    internal static DrugLexicon Load(
        IReadOnlyList<(int Line, string Text)> drugs,
        IReadOnlyList<(int Line, string Text)> stems,
        IReadOnlyList<(int Line, string Text)> regimens,
        IReadOnlyList<(int Line, string Text)> stopWords,
        IReadOnlyList<(int Line, string Text)> endogenous,
        List<string[]>? drugBank)
    {
        var lexicon = new DrugLexicon();
        lexicon.LoadStopWords(stopWords, "drug-stopwords.tsv");
        lexicon.LoadDrugs(drugs, "drugs.tsv");
        lexicon.LoadEndogenous(endogenous, "endogenous-drugs.tsv");
        lexicon.LoadStems(stems, "inn-stems.tsv");
        lexicon.LoadRegimens(regimens, "regimens.tsv");
        if (drugBank is not null)
        {
            lexicon.AddDrugBank(drugBank);
        }

        return lexicon;
    }

    /// <summary>The curated entry of a generic name, if the lexicon lists it.</summary>
    public DrugEntry? Find(string generic) => _byName.GetValueOrDefault(generic);

    public bool IsStopWord(string lowerWord) => _stopWords.Contains(lowerWord);

    /// <summary>
    /// Whether the body makes the substance too (hormones, catecholamines): then a mention names the drug only in a
    /// sentence that speaks of treatment, since otherwise it is usually a laboratory value or a stain.
    /// </summary>
    public bool IsEndogenous(string generic) => _endogenous.Contains(generic);

    /// <summary>
    /// The agent a single word names by its INN stem ("-tinib", "-mab" …): letters only, lower case or capitalised,
    /// at least the stem's minimum length, and not a common word. Null otherwise.
    /// </summary>
    public DrugEntry? StemMatch(ReadOnlySpan<char> word)
    {
        if (word.Length < 7 || word.Length > 40)
        {
            return null;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsLetter(c) || (i > 0 && !char.IsLower(c)))
            {
                return null;
            }
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var ending = EndingIndex(lower);
        if (ending < 0 || _stemsByEnding.Length == 0)
        {
            return null;
        }

        // a suffix is at least three lower-case letters, so only the stems of the word's last two letters can match
        foreach (var stem in _stemsByEnding[ending])
        {
            if (lower.Length >= stem.MinLength && lower.EndsWith(stem.Suffix, StringComparison.Ordinal))
            {
                return _stopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower) ? null : new DrugEntry(lower.ToString(), stem.DrugClass);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="phrase"/> names at least one agent: it holds a lexicon name, brand, abbreviation or regimen
    /// acronym, or a word with an INN stem. Classes and procedures ("chemotherapy", "antibiotics", "sedation") do not.
    /// </summary>
    public bool ContainsNamedAgent(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (Names.Match(phrase, tokens).Count > 0 || Abbreviations.Match(phrase, tokens).Count > 0
            || Regimens.Match(phrase, tokens).Count > 0 || ContextRegimens.Match(phrase, tokens).Count > 0)
        {
            return true;
        }

        foreach (var token in tokens)
        {
            if (StemMatch(phrase.AsSpan(token.Start, token.Length)) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
