using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>HGNC symbols of letters and a number as reports also spell them: in mouse-style case.</summary>
public sealed partial class MarkerLexicon
{
    /// <summary>
    /// Adds, for each approved symbol of three to five letters and a number ("OLIG2", "SOX11", "TLE1") that is safe to
    /// match, its spelling in mouse-style case ("Olig2", "Sox11"), in exact case. A spelling is read as a stain of the
    /// gene, and like a protein named by a word it is a marker only with a staining result ("Fig4", "Page1" and "Tab2"
    /// are other words); a spelling the lexicon already holds (a curated alias such as "Sox10") is left out. A hyphen
    /// before the number is not added: the phrase matcher reads "SATB-2" as "SATB 2", and a spaced symbol of the
    /// vocabulary is too often something else ("CPS 1-5" is a score, not CPS1).
    /// </summary>
    internal void AddSymbolSpellings(HgncGenes genes)
    {
        foreach (var (term, symbol, isCd) in genes.Matchable)
        {
            if (isCd || !string.Equals(term, symbol, StringComparison.Ordinal) || !LettersAndNumber().IsMatch(symbol))
            {
                continue;
            }

            var digits = symbol.AsSpan().IndexOfAnyInRange('0', '9');
            var (letters, number) = (symbol[..digits], symbol[digits..]);
            var mouse = string.Concat(letters.AsSpan(0, 1), letters[1..].ToLowerInvariant());
            var spelling = mouse + number;
            var (anyCase, exactCase) = Keys(spelling);
            if (_aliases.ContainsKey(anyCase) || _aliases.ContainsKey(exactCase))
            {
                continue;
            }

            var entry = new MarkerEntry(symbol, symbol, MarkerKind.Stain, null, null);
            _stainWords.Add(entry);
            _aliases[exactCase] = entry;
            Markers.Add("=" + spelling, entry);
        }
    }

    /// <summary>An approved symbol of three to five capital letters and a number of one or two digits: "OLIG2", "SOX11", "SATB2".</summary>
    /// <remarks>Matches "OLIG2", "FLI1", "SATB2", "SOX11"; not "CD20" (two letters), "HNF1B" (a letter after the number) nor "NKX2-1".</remarks>
    [GeneratedRegex(@"^[A-Z]{3,5}[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LettersAndNumber();
}
