using System.Collections.Frozen;
using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The approved HGNC protein-coding gene symbols (hgnc-genes.tsv, compiled by eng/lexicons/hgnc.py) with the
/// aliases, previous symbols and CD designations that are safe to match in text, each naming one gene
/// ("TTF-1" and "TITF1" name NKX2-1, "CD20" names MS4A1).
/// </summary>
public sealed class HgncGenes
{
    private static readonly Lazy<HgncGenes> Default = new(() => Load(LexiconResource.ReadLines("hgnc-genes.tsv"), "hgnc-genes.tsv"));

    private readonly FrozenSet<string> _approved;
    private readonly FrozenDictionary<string, string> _terms;
    private readonly List<(string Term, string Symbol, bool IsCd)> _matchable;

    private HgncGenes(FrozenSet<string> approved, FrozenDictionary<string, string> terms, List<(string, string, bool)> matchable)
    {
        _approved = approved;
        _terms = terms;
        _matchable = matchable;
    }

    /// <summary>The terms to match in exact case, each with its approved symbol and whether it is a CD designation.</summary>
    public IReadOnlyList<(string Term, string Symbol, bool IsCd)> Matchable => _matchable;

    /// <summary>The table the engine ships; loaded once per process.</summary>
    public static HgncGenes LoadDefault() => Default.Value;

    public bool IsApproved(string symbol) => _approved.Contains(symbol);

    /// <summary>The approved symbol a symbol, safe alias, previous symbol or CD designation names; null when none.</summary>
    public string? Resolve(string term) =>
        _approved.Contains(term) ? term : _terms.GetValueOrDefault(term);

    internal static HgncGenes Load(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var approved = new HashSet<string>(StringComparer.Ordinal);
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var matchable = new List<(string, string, bool)>();
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 4 || cells[0].Length == 0 || cells[1] is not ("0" or "1"))
            {
                throw new LexiconException($"{source}:{line}: expected symbol, matched (0 or 1), aliases and CD designations.");
            }

            var symbol = cells[0];
            approved.Add(symbol);
            if (cells[1] == "1")
            {
                matchable.Add((symbol, symbol, IsCdName(symbol)));
            }

            Add(cells[2], isCd: false);
            Add(cells[3], isCd: true);

            void Add(string cell, bool isCd)
            {
                if (cell == "-")
                {
                    return;
                }

                foreach (var term in cell.Split('|'))
                {
                    if (terms.TryAdd(term, symbol))
                    {
                        matchable.Add((term, symbol, isCd || IsCdName(term)));
                    }
                }
            }
        }

        return new HgncGenes(approved.ToFrozenSet(StringComparer.Ordinal), terms.ToFrozenDictionary(StringComparer.Ordinal), matchable);
    }

    private static bool IsCdName(string term) => term.Length > 2 && term[0] == 'C' && term[1] == 'D' && char.IsDigit(term[2]);
}
