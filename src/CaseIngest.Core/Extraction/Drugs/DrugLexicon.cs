using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// The drug vocabulary of one engine: curated names, brands and abbreviations (drugs.tsv), regimen acronyms
/// (regimens.tsv), INN stems for unlisted agents (inn-stems.tsv), and optionally the DrugBank open vocabulary,
/// whose names never override the curated ones. Built and validated once; thread-safe after construction.
/// </summary>
public sealed class DrugLexicon
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

    public int DrugBankNames { get; private set; }

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

    private void LoadStopWords(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        foreach (var (line, text) in lines)
        {
            var word = text.Trim();
            if (word.Contains('\t') || word != word.ToLowerInvariant())
            {
                throw new LexiconException($"{source}:{line}: a stop word is one lower-case word or phrase per line.");
            }

            _stopWords.Add(word);
        }
    }

    private void LoadEndogenous(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        foreach (var (line, text) in lines)
        {
            var generic = text.Trim();
            if (!_byName.ContainsKey(generic))
            {
                throw new LexiconException($"{source}:{line}: '{generic}' is not a generic name of drugs.tsv.");
            }

            _endogenous.Add(generic);
        }
    }

    private void LoadDrugs(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 3)
            {
                throw new LexiconException($"{source}:{line}: expected 3 tab-separated columns (generic, class, synonyms), found {cells.Length}.");
            }

            var generic = cells[0].Trim();
            if (generic.Length < 3 || generic != generic.ToLowerInvariant() || Tokenizer.Tokenize(generic).Length == 0)
            {
                throw new LexiconException($"{source}:{line}: the generic name '{generic}' must be a lower-case name of at least 3 characters.");
            }

            if (_byName.ContainsKey(generic))
            {
                throw new LexiconException($"{source}:{line}: the generic name '{generic}' is listed twice.");
            }

            var entry = new DrugEntry(generic, ParseClass(cells[1], source, line));
            _byName.Add(generic, entry);
            AddName(generic, entry, source, line);
            if (cells[2].Trim().Length == 0)
            {
                continue;
            }

            foreach (var raw in cells[2].Split('|'))
            {
                var synonym = raw.Trim();
                if (synonym.Length == 0)
                {
                    throw new LexiconException($"{source}:{line}: empty synonym in '{cells[2]}'.");
                }

                if (synonym[0] == '=')
                {
                    var abbreviation = synonym[1..];
                    if (Tokenizer.Tokenize(abbreviation).Length == 0 || !abbreviation.Any(char.IsLetter))
                    {
                        throw new LexiconException($"{source}:{line}: the abbreviation '{synonym}' has no letters.");
                    }

                    if (!Abbreviations.Add(abbreviation, entry) && Abbreviations.TryGet(abbreviation, out var same) && same != entry)
                    {
                        throw new LexiconException($"{source}:{line}: the abbreviation '{abbreviation}' already names another drug.");
                    }
                }
                else
                {
                    AddName(synonym, entry, source, line);
                }
            }
        }
    }

    private void AddName(string phrase, DrugEntry entry, string source, int line)
    {
        if (Tokenizer.Tokenize(phrase).Length == 0)
        {
            throw new LexiconException($"{source}:{line}: '{phrase}' has no letters or digits.");
        }

        if (!Names.Add(phrase, entry) && Names.TryGet(phrase, out var existing) && existing != entry)
        {
            throw new LexiconException($"{source}:{line}: '{phrase}' already names '{existing.Name}'.");
        }
    }

    private void LoadStems(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var stems = new List<InnStem>();
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 3)
            {
                throw new LexiconException($"{source}:{line}: expected 3 tab-separated columns (suffix, class, minimum length), found {cells.Length}.");
            }

            var suffix = cells[0].Trim();
            if (suffix.Length < 3 || !suffix.All(char.IsAsciiLetterLower))
            {
                throw new LexiconException($"{source}:{line}: the stem '{suffix}' must be at least 3 lower-case letters.");
            }

            if (!int.TryParse(cells[2], out var minimum) || minimum < suffix.Length + 2)
            {
                throw new LexiconException($"{source}:{line}: the minimum length must be a whole number at least 2 more than the stem's length.");
            }

            stems.Add(new InnStem(suffix, ParseClass(cells[1], source, line), minimum));
        }

        // the longest suffix decides ("-rafenib" before "-nib", "-ximab" before "-mab")
        stems.Sort((a, b) => b.Suffix.Length != a.Suffix.Length ? b.Suffix.Length.CompareTo(a.Suffix.Length) : string.CompareOrdinal(a.Suffix, b.Suffix));
        _stems = [.. stems];
        var byEnding = new List<InnStem>?[26 * 26];
        foreach (var stem in _stems)
        {
            (byEnding[EndingIndex(stem.Suffix)] ??= []).Add(stem);
        }

        _stemsByEnding = new InnStem[byEnding.Length][];
        for (var ending = 0; ending < byEnding.Length; ending++)
        {
            _stemsByEnding[ending] = byEnding[ending]?.ToArray() ?? [];
        }
    }

    /// <summary>The bucket of a lower-case word by its last two letters, or -1 when they are not both a–z.</summary>
    private static int EndingIndex(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsAsciiLetterLower(word[^1]) || !char.IsAsciiLetterLower(word[^2]))
        {
            return -1;
        }

        return ((word[^2] - 'a') * 26) + (word[^1] - 'a');
    }

    private void LoadRegimens(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 3)
            {
                throw new LexiconException($"{source}:{line}: expected 3 tab-separated columns (acronym, components, context flag), found {cells.Length}.");
            }

            var acronym = cells[0].Trim();
            if (Tokenizer.Tokenize(acronym).Length == 0)
            {
                throw new LexiconException($"{source}:{line}: empty acronym.");
            }

            var components = new List<DrugEntry>();
            foreach (var raw in cells[1].Split(','))
            {
                var name = raw.Trim();
                components.Add(Find(name) ?? throw new LexiconException($"{source}:{line}: the component '{name}' is not a generic name of drugs.tsv."));
            }

            var needsContext = cells[2].Trim() switch
            {
                "context" => true,
                "-" => false,
                var flag => throw new LexiconException($"{source}:{line}: the flag must be 'context' or '-', not '{flag}'."),
            };
            var regimen = new DrugRegimen(acronym, components, needsContext);
            var added = needsContext ? ContextRegimens.Add(acronym, regimen) : Regimens.Add(acronym, regimen);
            if (!added)
            {
                throw new LexiconException($"{source}:{line}: the acronym '{acronym}' is listed twice.");
            }
        }
    }

    private void AddDrugBank(List<string[]> drugs)
    {
        foreach (var names in drugs)
        {
            DrugEntry? entry = null;
            foreach (var name in names)
            {
                if (Names.TryGet(name, out var curated) && _byName.ContainsKey(curated.Name))
                {
                    entry = curated;
                    break;
                }
            }

            var common = names[0].ToLowerInvariant();
            if (entry is null)
            {
                if (!DrugBankNameFilter.Usable(names[0], _stopWords))
                {
                    continue;
                }

                entry = new DrugEntry(common, StemMatch(common.AsSpan())?.DrugClass);
            }

            foreach (var name in names)
            {
                if (DrugBankNameFilter.Usable(name, _stopWords) && Names.Add(name, entry))
                {
                    DrugBankNames++;
                }
            }
        }
    }

    private static string? ParseClass(string cell, string source, int line)
    {
        var value = cell.Trim();
        if (value == "-")
        {
            return null;
        }

        return Classes.Contains(value) ? value : throw new LexiconException($"{source}:{line}: unknown drug class '{value}'.");
    }
}
