using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>HGNC symbols of letters and a number as reports also spell them: in mouse-style case or with a hyphen.</summary>
public sealed partial class MarkerLexicon
{
    /// <summary>
    /// Adds, for each approved symbol of three to five letters and a number ("OLIG2", "SOX11", "SATB2", "FLI1") that
    /// is safe to match, its spellings in mouse-style case ("Olig2"), with a hyphen before the number ("SATB-2") and
    /// both ("Fli-1"), in exact case. A spelling is read as a stain of the gene, and like a protein named by a word it
    /// is a marker only with a staining result ("Fig4", "Page1" and "Tab2" are other words); a spelling the lexicon
    /// already holds (a curated alias such as "SOX-10") is left out.
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
            MarkerEntry? entry = null;
            foreach (var spelling in (ReadOnlySpan<string>)[mouse + number, letters + "-" + number, mouse + "-" + number])
            {
                var (anyCase, exactCase) = Keys(spelling);
                if (_aliases.ContainsKey(anyCase) || _aliases.ContainsKey(exactCase))
                {
                    continue;
                }

                entry ??= new MarkerEntry(symbol, symbol, MarkerKind.Stain, null, null);
                _stainWords.Add(entry);
                _aliases[exactCase] = entry;
                Markers.Add("=" + spelling, entry);
            }
        }
    }

    /// <summary>An approved symbol of three to five capital letters and a number of one or two digits: "OLIG2", "SOX11", "SATB2".</summary>
    /// <remarks>Matches "OLIG2", "FLI1", "SATB2", "SOX11"; not "CD20" (two letters), "HNF1B" (a letter after the number) nor "NKX2-1".</remarks>
    [GeneratedRegex(@"^[A-Z]{3,5}[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LettersAndNumber();
}
