namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Variant words after a marker mention: a "p." prefix, a codon number ("codon 12"), a DNA change ("c.1799T>A"), a codon that names the test
/// ("V600"), a protein change ("G12C", "p.Gly12Cys") and an exon variant ("exon 19 deletion").
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
}
