using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A marker that fills the first cell of a table row is read on into the cells after it, as the words after it in
/// prose are: "| TP53 | R273H | 41% |" (a protein change), "| Ki-67 | 80% |", "| Alpha-fetoprotein | 2,340 ng/mL |
/// &lt; 10 ng/mL |" (a value, then a reference interval in its own cell: above it reads high, within it normal). Once the
/// row has said something of the marker, the next cell is another column (an allele fraction, a clone) and ends the
/// reading. A row flattened by a PDF conversion ("CD10 56C6 Positive", "Ki-67 MIB-1 90%") names the antibody's clone
/// between the marker that opens the line and its result: the clone is stepped over.
/// </summary>
internal sealed partial class MarkerScanner
{
    /// <summary>How long a flattened row of a stain table is at most: a marker, a clone and a result.</summary>
    private const int MaxFlatRow = 60;

    /// <summary>How far a table row's end is looked for from a cell border: a row is short, and a long unbroken text costs no more per border.</summary>
    private const int MaxRowLength = 2_000;

    /// <summary>
    /// Reads the cell border at <paramref name="p"/>; returns where the reading goes on, or null when the border ends it
    /// (after a reference interval read from the next cell, when the reading held a serum value).
    /// </summary>
    private int? ReadCellBorder(MarkerEntry entry, int p, int limit, MarkerReading reading)
    {
        var lineEnd = LineBounds.Around(_text, p, MaxRowLength).End;
        if (!reading.HasContent)
        {
            if (!FillsFirstCell(_mentions[_reading].Start, p) || MentionOpensCell(p + 1, limit))
            {
                return null;
            }

            reading.AllowBareNumber = true;
            return p + 1;
        }

        if (entry.Kind == MarkerKind.Serum && reading.Value is not null && reading.Result is null
            && MarkerReference.UpperBound(_text, p + 1, LastCellEnd(p + 1, lineEnd)) is { } upper)
        {
            reading.ReferenceUpper = upper;
            reading.ApplyReference();
        }

        return null;
    }

    /// <summary>
    /// Whether the marker is written again at the start of the cell after the border ("| FGFR2 | FGFR2-BICC1 fusion |"):
    /// that mention reads its own cell. Another name of it there ("| EGFR | exon 19 deletion |") is read on as prose.
    /// </summary>
    private bool MentionOpensCell(int from, int limit)
    {
        while (from < limit && _text[from] is ' ' or '\t')
        {
            from++;
        }

        var first = _mentions[_reading];
        return _mentionAt.TryGetValue(from, out var other)
            && _text.AsSpan(_mentions[other].Start, _mentions[other].End - _mentions[other].Start).Equals(_text.AsSpan(first.Start, first.End - first.Start), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A DNA or protein change set after a comma once a variant is named without one ("a pathogenic BRCA1 variant,
    /// c.5266dupC"): the change belongs to the marker.
    /// </summary>
    private bool ChangeInApposition(int p, int limit, MarkerReading reading)
    {
        if (_text[p] != ',' || reading.Variant is not null || reading.Result != MarkerResult.Mutated)
        {
            return false;
        }

        var q = p + 1;
        while (q < limit && _text[q] == ' ')
        {
            q++;
        }

        return q + 2 < limit && _text[q] is 'c' or 'p' && _text[q + 1] == '.' && (char.IsAsciiDigit(_text[q + 2]) || char.IsAsciiLetterUpper(_text[q + 2]));
    }

    /// <summary>Where the cell that starts at <paramref name="from"/> ends: at the next border or the line's end.</summary>
    private int LastCellEnd(int from, int lineEnd)
    {
        var border = _text.IndexOf('|', from, lineEnd - from);
        return border < 0 ? lineEnd : border;
    }

    /// <summary>Whether the mention at <paramref name="start"/> is the whole first cell of a row, its border at <paramref name="border"/>.</summary>
    private bool FillsFirstCell(int start, int border)
    {
        var q = start - 1;
        while (q >= 0 && _text[q] is ' ' or '\t')
        {
            q--;
        }

        if (q >= 0 && _text[q] == '|')
        {
            q--;
            while (q >= 0 && _text[q] is ' ' or '\t')
            {
                q--;
            }
        }

        return (q < 0 || _text[q] == '\n') && _text.AsSpan(_mentions[_reading].End, border - _mentions[_reading].End).IndexOf('|') < 0;
    }

    /// <summary>
    /// Where a clone written right after a marker that opens a short line ends, when a result follows it ("CD10 56C6
    /// Positive", "Ki-67 MIB-1 90%"); null when the words are no such row.
    /// </summary>
    private int? SkipFlatRowClone(int p, int limit)
    {
        var start = _mentions[_reading].Start;
        if (start > 0 && _text[start - 1] != '\n')
        {
            return null;
        }

        var lineEnd = LineBounds.Around(_text, p, MaxFlatRow + 1).End;
        if (lineEnd - start > MaxFlatRow || lineEnd > limit)
        {
            return null;
        }

        var clone = FlatRowClone().Match(_text, p, lineEnd - p);
        if (!clone.Success || MarkerValues.NormaliseProteinChange(clone.Groups["clone"].Value) is not null
            || MarkerPatterns.Codon().IsMatch(clone.Groups["clone"].ValueSpan))
        {
            return null;
        }

        var cloneEnd = clone.Groups["clone"].Index + clone.Groups["clone"].Length;
        if (_mentionAt.TryGetValue(clone.Groups["clone"].Index, out var other))
        {
            // "Cyclin D1 SP4 Negative": a clone that spells a gene symbol is no marker of its own
            _consumed[other] = true;
        }

        return cloneEnd;
    }

    /// <summary>
    /// A clone, then the result that ends the line: "56C6 Positive", "LN22 Positive", "MUM1p Negative", "MIB-1 90%",
    /// "SP4 Negative"; a clone holds a digit and no space.
    /// </summary>
    [GeneratedRegex(@"\G(?<clone>(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9][A-Za-z0-9./-]{1,11})\s+(?:(?:focally|diffusely|weakly|strongly)\s+)?(?:positive|negative|\+{1,3}|[-−]|\d{1,3}(?:\.\d)?\s?%)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FlatRowClone();
}
