namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A second result of the same marker on another specimen, told after the first result and the specimen it was read on:
/// "HER2 scored 1+ on the biopsy and 3+ on the resection specimen", "PD-L1 TPS 1% on the primary and 60% on the
/// metastasis". Each specimen keeps its own result, so the words after the conjunction are read as a second reading.
/// </summary>
internal sealed partial class MarkerScanner
{
    private static readonly HashSet<string> SecondResultJoiners = new(StringComparer.Ordinal) { "and", "but", "while", "whereas" };

    private static readonly HashSet<string> SecondResultVerbs = new(StringComparer.Ordinal) { "was", "were", "is", "it", "only" };

    /// <summary>
    /// Reads the second result after a reading that ended at <paramref name="end"/>: a specimen phrase ("on the core
    /// biopsy"), a joiner ("and", "but") and a figure or result word; returns the reading and where it ends, or null.
    /// </summary>
    private (MarkerReading Reading, int Start, int End)? ReadSecondResult(MarkerEntry entry, MarkerReading first, int end, int limit)
    {
        if (!first.HasContent || first.Variant is not null || first.Bounded)
        {
            return null;
        }

        var p = SkipSpaces(end, limit);
        var wordEnd = WordEnd(p, limit);
        if (wordEnd == p || !SpecimenPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(p, wordEnd - p)))
        {
            return null;
        }

        // the specimen phrase: at most MaxSpecimenWords lower-case words holding a specimen noun, then a joiner
        var q = wordEnd;
        var specimen = false;
        var joinerEnd = -1;
        for (var words = 0; words <= MaxSpecimenWords && joinerEnd < 0; words++)
        {
            q = SkipSpaces(q, limit);
            if (specimen && q < limit && _text[q] == ',')
            {
                q = SkipSpaces(q + 1, limit);
            }

            if (q >= limit || !char.IsLower(_text[q]) || _mentionAt.ContainsKey(q))
            {
                return null;
            }

            var next = WordEnd(q, limit);
            var word = _text.AsSpan(q, next - q);
            if (specimen && SecondResultJoiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                joinerEnd = next;
            }

            specimen |= SpecimenNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            q = next;
        }

        if (joinerEnd < 0)
        {
            return null;
        }

        var start = SkipSpaces(joinerEnd, limit);
        for (var words = 0; words < 2; words++)
        {
            var verbEnd = WordEnd(start, limit);
            if (!SecondResultVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(start, verbEnd - start)))
            {
                break;
            }

            start = SkipSpaces(verbEnd, limit);
        }

        // the second reading opens on a figure ("3+", "60%") or a result word, never on another marker
        if (start >= limit || _mentionAt.ContainsKey(start)
            || !(char.IsDigit(_text[start]) || (MarkerDocument.CueStartingAt(_rightCues, start, out var cue) && cue.Value.Result is not null)))
        {
            return null;
        }

        // the second figure stands as the first did: "CPS was 5 in the biopsy and 20 in the resection"
        var second = new MarkerReading { AllowBareNumber = first.Value is not null };
        var secondEnd = ReadRight(entry, start, limit, second, 0);
        second.Method ??= first.Method;
        return second.Result is null && second.Value is null ? null : (second, start, secondEnd);
    }

    private int SkipSpaces(int p, int limit)
    {
        while (p < limit && MarkerValues.IsSpace(_text[p]))
        {
            p++;
        }

        return p;
    }
}
