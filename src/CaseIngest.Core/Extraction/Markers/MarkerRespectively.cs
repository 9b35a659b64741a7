using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A list of markers and a parallel list of results or values with "respectively": "CEA and CA 19-9 were 12 and
/// 80 U/mL, respectively", "CK7 and CK20 were positive and negative, respectively", "positive and negative for CK7 and
/// CK20, respectively". The n-th result or value belongs to the n-th marker; a value without a unit takes the unit of
/// the next one ("12 and 80 U/mL").
/// </summary>
internal sealed class MarkerRespectively(MarkerDocument document)
{
    private const string Word = "respectively";

    /// <summary>Values are read as a serum marker's are: a number with or without its unit.</summary>
    private static readonly MarkerEntry Serum = new("value", null, MarkerKind.Serum, null, null);

    private readonly string _text = document.Text;
    private readonly ExtractionContext _context = document.Context;
    private readonly List<PhraseMatch<MarkerEntry>> _mentions = document.Mentions;
    private readonly List<PhraseMatch<MarkerCue>> _cues = document.RightCues;
    private readonly bool _any = OrdinalIgnoreCase.Contains(document.Text, Word);

    /// <summary>
    /// When the list <paramref name="group"/> is followed in its sentence by "respectively", replaces the reading of
    /// each item by the result or value stated for it; returns the span each item's evidence covers, or null.
    /// </summary>
    public (int Start, int End)[]? Assign(List<int> group, MarkerReading?[] readings)
    {
        if (!_any || group.Count < 2)
        {
            return null;
        }

        var first = _mentions[group[0]];
        var last = _mentions[group[^1]];
        var sentence = _context.SentenceAt(first.Start);
        var at = OrdinalIgnoreCase.IndexOf(_text.AsSpan(last.End, sentence.End - last.End), Word) is var found and >= 0 ? last.End + found : -1;
        if (at < 0 || (group[^1] + 1 < _mentions.Count && _mentions[group[^1] + 1].Start < at))
        {
            return null;
        }

        var items = After(last.End, at, group.Count) ?? Before(sentence.Start, first.Start, group.Count);
        if (items is null)
        {
            return null;
        }

        var spans = new (int Start, int End)[group.Count];
        for (var k = 0; k < group.Count; k++)
        {
            var mention = _mentions[group[k]];
            readings[group[k]] = items[k].Reading;
            spans[k] = (Math.Min(mention.Start, items[k].Start), Math.Max(mention.End, items[k].End));
        }

        return spans;
    }

    /// <summary>The results or the values between the list and "respectively", when there are as many as markers.</summary>
    private List<(MarkerReading Reading, int Start, int End)>? After(int from, int to, int count)
    {
        var results = new List<(MarkerReading, int, int)>();
        var values = new List<(MarkerReading Reading, int Start, int End)>();
        var p = from;
        while (p < to)
        {
            if (MarkerDocument.CueStartingAt(_cues, p, out var cue) && cue.Value.Result is { } result && cue.End <= to)
            {
                results.Add((Stated(result), cue.Start, cue.End));
                p = cue.End;
            }
            else if (char.IsDigit(_text[p]) && (p == 0 || !char.IsLetterOrDigit(_text[p - 1])))
            {
                var reading = new MarkerReading { AllowBareNumber = true };
                var end = MarkerValues.ReadNumber(_text, Serum, p, to, reading);
                if (end < 0 || reading.Value is null)
                {
                    return null;
                }

                values.Add((reading, p, end));
                p = end;
            }
            else
            {
                p++;
            }
        }

        if (values.Count == count)
        {
            for (var k = values.Count - 2; k >= 0; k--)
            {
                values[k].Reading.Unit ??= values[k + 1].Reading.Unit;
            }

            // "negative in 2 of 3 samples, respectively": counts without a unit are no values of the markers
            return values.TrueForAll(v => v.Reading.Unit is not null) ? values : null;
        }

        return results.Count == count ? results : null;
    }

    /// <summary>The results right before the list, joined by "and" or commas: "positive and negative for".</summary>
    private List<(MarkerReading Reading, int Start, int End)>? Before(int sentenceStart, int listStart, int count)
    {
        var found = new List<(MarkerReading, int, int)>();
        var p = listStart;
        var gapWords = 1;
        while (found.Count < count)
        {
            // the cues are in text order: walk back from the last one that ends before the list
            var index = LastEndingBefore(p);
            if (index < 0 || _cues[index].Start < sentenceStart || _cues[index].Value.Result is not { } result
                || !ShortGap(_cues[index].End, p, gapWords))
            {
                return null;
            }

            found.Insert(0, (Stated(result), _cues[index].Start, _cues[index].End));
            p = _cues[index].Start;
            gapWords = 0;
        }

        return found.Count == count ? found : null;
    }

    /// <summary>Between two cues only "and", "or" and commas; between the last cue and the list at most one word ("for").</summary>
    private bool ShortGap(int from, int to, int words)
    {
        var gap = _text.AsSpan(from, to - from).Trim().Trim(',').Trim();
        if (gap.Length == 0 || gap is "and" or "or")
        {
            return true;
        }

        return words > 0 && gap.IndexOf(' ') < 0 && gap.Length <= 4;
    }

    private int LastEndingBefore(int p)
    {
        int lo = 0, hi = _cues.Count - 1, best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cues[mid].End <= p)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best;
    }

    private static MarkerReading Stated(MarkerResult result)
    {
        var reading = new MarkerReading();
        reading.Apply(result, isExplicit: true);
        return reading;
    }
}
