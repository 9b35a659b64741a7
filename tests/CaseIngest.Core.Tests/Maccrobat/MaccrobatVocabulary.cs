using System.Text;
using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Text;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// The vocabularies the mapping rules decide with, all independent of the engine's own lexicons except the drug rule, which
/// is the one the DrugBank test also uses:
/// HGNC (protein-coding symbols, CD designations, aliases and names) for "this test names a marker", the NCIt Neoplasm Core
/// head nouns for "this disorder is a neoplasm", and the DrugBank-widened drug lexicon for "this Medication names an agent".
/// </summary>
internal sealed partial class MaccrobatVocabulary
{
    /// <summary>Serum tumour markers, which HGNC does not name as written ("CEA", "CA 19-9", "PSA", "β-hCG").</summary>
    private static readonly string[] SerumTumourMarkers =
    [
        "afp", "alpha fetoprotein", "alpha-fetoprotein", "α-fetoprotein", "cea", "carcinoembryonic antigen", "ca19-9", "ca 19-9",
        "ca-19-9", "ca125", "ca-125", "ca 125", "ca15-3", "ca 15-3", "psa", "prostate-specific antigen", "prostate specific antigen",
        "hcg", "β-hcg", "beta-hcg", "b-hcg",
    ];

    /// <summary>Gene products that MACCROBAT reports as general or microbiology tests, not as tumour markers.</summary>
    private static readonly string[] NotMarkers = ["c-reactive protein", "crp", "catalase", "coagulase", "oxidase", "albumin"];

    /// <summary>Head nouns outside the -oma words of NCIt Neoplasm Core that name a neoplasm.</summary>
    private static readonly string[] NeoplasmNouns = ["cancer", "tumor", "tumour", "neoplasm", "leukemia", "leukaemia", "carcinoid", "malignancy"];

    private static readonly Lazy<MaccrobatVocabulary> Shared = new(() => new MaccrobatVocabulary(
        Corpus.File("vocab", "hgnc", "hgnc_symbol_name_alias_prev.tsv"),
        Corpus.File("vocab", "hgnc", "hgnc_cd_designations.tsv"),
        Corpus.File("vocab", "ncit-neoplasm-core", "Neoplasm_Core_Hierarchy_Plus.txt"),
        Engines.WithDrugBank.Pipeline.Steps.OfType<DrugStep>().Single().Lexicon));

    private readonly HashSet<string> _symbols = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cdDesignations = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _neoplasmNouns = new(NeoplasmNouns, StringComparer.OrdinalIgnoreCase);
    private readonly DrugLexicon _drugs;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> _agentNames = new(StringComparer.Ordinal);

    public MaccrobatVocabulary(string hgncPath, string cdPath, string ncitPath, DrugLexicon drugs)
    {
        _drugs = drugs;
        foreach (var cells in Rows(hgncPath))
        {
            // hgnc_id, symbol, name, locus_group, alias_symbol, prev_symbol
            if (cells.Length < 6 || cells[3] != "protein-coding gene")
            {
                continue;
            }

            _symbols.Add(cells[1]);
            _names.Add(cells[2]);
            foreach (var alias in (cells[4] + "|" + cells[5]).Trim('"').Split('|', '"'))
            {
                // Aliases without a digit are too often ordinary abbreviations ("CT", "MRI", "BAL", "PAP").
                if (alias.Length > 1 && alias.Any(char.IsAsciiDigit))
                {
                    _symbols.Add(alias);
                }
            }
        }

        foreach (var cells in Rows(cdPath).Where(c => c.Length > 3))
        {
            _cdDesignations.Add(cells[3]);
        }

        foreach (var line in File.ReadLines(ncitPath, Encoding.ASCII))
        {
            if (NcitNameRegex().Match(line) is { Success: true } name)
            {
                var head = name.Groups["name"].Value.Split(' ')[^1].ToLowerInvariant();
                if (head.EndsWith("oma", StringComparison.Ordinal) && head != "granuloma")
                {
                    _neoplasmNouns.Add(head);
                }
            }
        }
    }

    public static MaccrobatVocabulary Default => Shared.Value;

    public bool NamesAgent(string text) => _drugs.ContainsNamedAgent(text);

    /// <summary>The generic names of the agents a mention names by a lexicon name, brand or abbreviation ("IVIG").</summary>
    public IReadOnlySet<string> AgentNames(string text) => _agentNames.GetOrAdd(text, t =>
    {
        var tokens = Tokenizer.Tokenize(t);
        return _drugs.Names.Match(t, tokens).Concat(_drugs.Abbreviations.Match(t, tokens)).Select(m => m.Value.Name).ToHashSet(StringComparer.Ordinal);
    });

    /// <summary>A Diagnostic_procedure names a marker when a word is an HGNC symbol or CD designation, or it holds an HGNC name.</summary>
    public bool NamesMarker(string text)
    {
        if (NotMarkers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        foreach (Match word in WordRegex().Matches(text))
        {
            if (_symbols.Contains(word.Value) || _cdDesignations.Contains(word.Value))
            {
                return true;
            }
        }

        if (IsSerumTumourMarker(text))
        {
            return true;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var start = 0; start < words.Length; start++)
        {
            for (var count = 1; count <= Math.Min(6, words.Length - start); count++)
            {
                if (_names.Contains(string.Join(' ', words, start, count).Trim(',', '.', ';', ':', '(', ')')))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsSerumTumourMarker(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        return SerumTumourMarkers.Any(m => lower == m || lower.StartsWith(m + " ", StringComparison.Ordinal) || lower.EndsWith(" " + m, StringComparison.Ordinal));
    }

    /// <summary>A Disease_disorder is a neoplasm when one of its words (or its singular) is a neoplasm head noun.</summary>
    public bool NamesNeoplasm(string text)
    {
        foreach (Match word in WordRegex().Matches(text))
        {
            var lower = word.Value.ToLowerInvariant();
            if (_neoplasmNouns.Contains(lower) || (lower.EndsWith('s') && _neoplasmNouns.Contains(lower[..^1])))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string[]> Rows(string path) => File.ReadLines(path, Encoding.UTF8).Skip(1).Select(l => l.Split('\t'));

    [GeneratedRegex(@"^\s*(?<name>.+?) \(C\d+\)")]
    private static partial Regex NcitNameRegex();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-]*")]
    private static partial Regex WordRegex();
}
