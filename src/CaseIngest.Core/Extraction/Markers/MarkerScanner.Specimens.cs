namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A short prepositional phrase naming the specimen between a named test and its verdict ("EGFR mutation testing of the
/// biopsy was negative", "KRAS sequencing on the resected specimen showed no mutation"): read past, as it says what was
/// tested, not the result.
/// </summary>
internal sealed partial class MarkerScanner
{
    /// <summary>The most words the phrase may hold after its preposition.</summary>
    private const int MaxSpecimenWords = 4;

    private static readonly HashSet<string> SpecimenPrepositions = new(StringComparer.Ordinal) { "of", "on", "in", "from", "at" };

    /// <summary>Nouns that name what a test was run on: a specimen, a tissue, or the tumour itself.</summary>
    private static readonly HashSet<string> SpecimenNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "biopsy", "biopsies", "specimen", "specimens", "sample", "samples", "tissue", "tissues", "block", "blocks",
        "resection", "material", "aspirate", "effusion", "fluid", "cytology", "smear", "core", "cores", "marrow",
        "tumour", "tumor", "tumours", "tumors", "lesion", "lesions", "mass", "primary", "metastasis", "metastases",
        "node", "nodes", "plasma", "blood",
    };

    /// <summary>
    /// Where the reading goes on after a specimen phrase starting at <paramref name="p"/>: a test was named, no result or
    /// value read yet, the phrase is a preposition and at most <see cref="MaxSpecimenWords"/> lower-case words ending in a
    /// specimen noun, names no marker, and a cue word follows it; else null.
    /// </summary>
    private int? SkipSpecimenPhrase(int p, int limit, MarkerReading reading)
    {
        if (reading.Result is not null || reading.Value is not null || reading.Bounded
            || !(reading.MutationTest || reading.Tested || reading.Method is not null))
        {
            return null;
        }

        var wordEnd = WordEnd(p, limit);
        if (!SpecimenPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(p, wordEnd - p)))
        {
            return null;
        }

        var q = wordEnd;
        for (var words = 0; words < MaxSpecimenWords; words++)
        {
            while (q < limit && MarkerValues.IsSpace(_text[q]))
            {
                q++;
            }

            if (q >= limit || !char.IsLower(_text[q]) || _mentionAt.ContainsKey(q))
            {
                return null;
            }

            var end = WordEnd(q, limit);
            if (SpecimenNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(q, end - q)))
            {
                var next = end;
                while (next < limit && MarkerValues.IsSpace(_text[next]))
                {
                    next++;
                }

                return next < limit && MarkerDocument.CueStartingAt(_rightCues, next, out _) ? next : null;
            }

            q = end;
        }

        return null;
    }

    /// <summary>The end of the word of letters and hyphens starting at <paramref name="p"/>.</summary>
    private int WordEnd(int p, int limit)
    {
        var end = p;
        while (end < limit && (char.IsLetter(_text[end]) || _text[end] == '-'))
        {
            end++;
        }

        return end;
    }
}
