namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A table flattened into pairs parted by a comma ("Immunohistochemistry: CK7, positive; CD45, negative"; "AFP,
/// 4.2 ng/mL; CEA, 1.9 ng/mL"): the name opens its cell, and the comma leads to its own result or level, which closes
/// the cell.
/// </summary>
internal sealed partial class MarkerScanner
{
    private const int MaxPairCellLength = 40;

    /// <summary>
    /// Where the reading goes on after the comma at <paramref name="comma"/> when the mention being read opens a cell
    /// (at the start of the sentence, or after a colon, semicolon, bar or line break) and the comma leads to a result
    /// word or a number that a semicolon, bar, line break or the sentence end closes; else null.
    /// </summary>
    private int? SkipPairComma(int comma, int limit)
    {
        var start = _mentions[_reading].Start;
        var sentenceStart = _doc.Context.SentenceAt(start).Start;
        var b = start;
        while (b > sentenceStart && _text[b - 1] is ' ' or '\t' or '\u00A0')
        {
            b--;
        }

        if (b > sentenceStart && _text[b - 1] is not (':' or ';' or '\n' or '|'))
        {
            return null;
        }

        var q = comma + 1;
        while (q < limit && _text[q] is ' ' or '\u00A0')
        {
            q++;
        }

        var e = q;
        while (e < limit && _text[e] is not (';' or '\n' or '|'))
        {
            if (e - q > MaxPairCellLength || _mentionAt.ContainsKey(e)
                || (_text[e] == ',' && !(e > q && char.IsDigit(_text[e - 1]) && e + 1 < limit && char.IsDigit(_text[e + 1]))))
            {
                return null;
            }

            e++;
        }

        if (q >= e)
        {
            return null;
        }

        if (char.IsDigit(_text[q]))
        {
            return q;
        }

        var r = q;
        var wordEnd = q;
        while (wordEnd < e && char.IsLetter(_text[wordEnd]))
        {
            wordEnd++;
        }

        if (IsIntensityWord(q, wordEnd))
        {
            // "SOX10, diffusely positive"
            r = wordEnd;
            while (r < e && _text[r] == ' ')
            {
                r++;
            }
        }

        return MarkerDocument.CueStartingAt(_rightCues, r, out var cue) && cue.Value is { IsResult: true, Explicit: true } ? q : null;
    }
}
