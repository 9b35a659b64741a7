using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Variant words after a marker mention: a "p." prefix, a codon number ("codon 12"), a DNA change ("c.1799T>A"), a codon that names the test
/// ("V600"), a protein change ("G12C", "p.Gly12Cys"), an exon variant ("exon 19 deletion") and a deletion placed in an exon
/// ("a deletion in exon 19").
/// </summary>
internal sealed partial class MarkerScanner
{
    /// <summary>A "p." prefix, a codon number or a DNA change at <paramref name="p"/>; returns where the reading goes on and ends, or null.</summary>
    private (int Pos, int End)? ReadChangePrefix(int p, int wordEnd, int limit, MarkerReading reading, int end)
    {
        if (wordEnd == p + 1 && _text[p] == 'p' && wordEnd < limit && _text[wordEnd] == '.')
        {
            return (wordEnd + 1, end);
        }

        if (MarkerPatterns.CodonWord().Match(_text, p, Math.Min(24, limit - p)) is { Success: true } codon)
        {
            // "KRAS exon 2 codon 12 mutation": the codon says where the test looked, the words after it say what it found
            return (p + codon.Length, end);
        }

        if (wordEnd == p + 1 && _text[p] == 'c' && MarkerValues.ReadDnaChange(_text, wordEnd, limit, out var dna) is { } changeEnd)
        {
            if (reading.Variant is null)
            {
                reading.Variant = dna;
                reading.WeakVariant = true;
            }

            reading.Apply(MarkerResult.Mutated, isExplicit: false);
            return (changeEnd, changeEnd);
        }

        return null;
    }

    /// <summary>A codon, protein change or exon variant at <paramref name="p"/>; returns where the reading goes on and ends, or null.</summary>
    private (int Pos, int End)? ReadVariantWord(int p, int wordEnd, int limit, MarkerReading reading, int end)
    {
        var variantEnd = wordEnd;
        while (variantEnd < limit && (char.IsLetterOrDigit(_text[variantEnd]) || _text[variantEnd] is '_' or '*'))
        {
            variantEnd++;
        }

        if (MarkerPatterns.Codon().IsMatch(_text.AsSpan(p, variantEnd - p)))
        {
            // "the BRAF V600 mutation was not detected": a codon says which test, not a variant
            return (wordEnd, end);
        }

        if (MarkerValues.NormaliseProteinChange(_text[p..variantEnd]) is { } change)
        {
            if (reading.Variant is null || reading.WeakVariant)
            {
                reading.Variant = change;
                reading.WeakVariant = false;
            }

            reading.Apply(MarkerResult.Mutated, isExplicit: false);
            return (variantEnd, variantEnd);
        }

        return MarkerValues.ReadExon(_text, p, limit, reading) is { } exon ? (exon, exon) : null;
    }

    /// <summary>
    /// The exon a deletion cue is placed in ("deletion in exon 19", "deletions within exon 19", "deletion of exon 19", or
    /// named before the gene: "exon 19 of EGFR carried a deletion"), as the exon variant and where it ends; null when the
    /// cue is no deletion or names no exon.
    /// </summary>
    private (string Variant, int End)? ExonAfterDeletion(PhraseMatch<MarkerCue> cue, int limit)
    {
        if (!_text.AsSpan(cue.Start, cue.End - cue.Start).StartsWith("deletion", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = ExonAfterChange().Match(_text, cue.End, Math.Min(28, limit - cue.End));
        if (match.Success)
        {
            return (MarkerValues.NormaliseExon(match.Groups["n"].Value, "deletion"), cue.End + match.Length);
        }

        // "exon 19 of EGFR carried a deletion": the exon named before the gene
        var start = _mentions[_reading].Start;
        var from = Math.Max(0, start - 24);
        var before = ExonBeforeGene().Match(_text, from, start - from);
        return before.Success ? (MarkerValues.NormaliseExon(before.Groups["n"].Value, "deletion"), cue.End) : null;
    }

    /// <summary>The exon named before the gene, ending the span: "exon 19 of ", "Exon 11 of the ".</summary>
    [GeneratedRegex(@"\bexon\s?(?<n>\d{1,2})\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExonBeforeGene();

    /// <summary>The exon after a change word: " in exon 19", " within exon 19", " of exon 19", " affecting the exon 19".</summary>
    [GeneratedRegex(@"\G\s+(?:in|within|of|involving|affecting)\s+(?:the\s+)?exon\s?(?<n>\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExonAfterChange();
}
