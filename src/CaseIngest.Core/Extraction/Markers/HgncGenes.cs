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
        // about 19,000 genes: the cells are read as spans of the line, so only the symbols and terms become strings
        var approved = new HashSet<string>(lines.Count, StringComparer.Ordinal);
        var terms = new Dictionary<string, string>(lines.Count, StringComparer.Ordinal);
        var matchable = new List<(string, string, bool)>(lines.Count * 2);
        Span<Range> cells = stackalloc Range[5];
        foreach (var (line, text) in lines)
        {
            var row = text.AsSpan();
            var count = row.Split(cells, '\t');
            if (count != 4 || row[cells[0]].IsEmpty || row[cells[1]] is not ("0" or "1"))
            {
                throw new LexiconException($"{source}:{line}: expected symbol, matched (0 or 1), aliases and CD designations.");
            }

            var symbol = row[cells[0]].ToString();
            approved.Add(symbol);
            if (row[cells[1]] is "1")
            {
                matchable.Add((symbol, symbol, IsCdName(symbol)));
            }

            Add(row[cells[2]], symbol, isCd: false, terms, matchable);
            Add(row[cells[3]], symbol, isCd: true, terms, matchable);
        }

        return new HgncGenes(approved.ToFrozenSet(StringComparer.Ordinal), terms.ToFrozenDictionary(StringComparer.Ordinal), matchable);
    }

    private static void Add(ReadOnlySpan<char> cell, string symbol, bool isCd, Dictionary<string, string> terms, List<(string, string, bool)> matchable)
    {
        if (cell is "-")
        {
            return;
        }

        foreach (var range in cell.Split('|'))
        {
            var term = cell[range].ToString();
            if (terms.TryAdd(term, symbol))
            {
                matchable.Add((term, symbol, isCd || IsCdName(term)));
            }
        }
    }

    private static bool IsCdName(string term) => term.Length > 2 && term[0] == 'C' && term[1] == 'D' && char.IsDigit(term[2]);
}
