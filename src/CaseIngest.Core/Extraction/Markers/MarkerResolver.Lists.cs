using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>What a list of markers says beyond its own words: a panel reported negative, "neither … nor", a result stated after a later item.</summary>
internal sealed partial class MarkerResolver
{
    /// <summary>Where the words before the mention at <paramref name="index"/> begin: after the mention before it and its reading, within its sentence.</summary>
    private int ReadFrom(int index, int[] ends, Sentence sentence) =>
        index > 0 ? Math.Max(sentence.Start, Math.Max(_mentions[index - 1].End, ends[index - 1])) : sentence.Start;

    /// <summary>Whether the mention <paramref name="next"/> goes on the list that <paramref name="previous"/>, read up to <paramref name="previousEnd"/>, is part of.</summary>
    private bool Continues(int previous, int previousEnd, int next)
    {
        var start = _mentions[next].Start;
        if (previousEnd > start || _context.SentenceAt(_mentions[previous].Start) != _context.SentenceAt(start))
        {
            return false;
        }

        var gap = _text.AsSpan(previousEnd, start - previousEnd);
        return MarkerPatterns.ListGap().IsMatch(gap)
            || (MarkerPatterns.ExpandedName().IsMatch(gap) && !MarkerPatterns.ClauseWord().IsMatch(gap));
    }

    /// <summary>
    /// A list of three or more genes in a sentence that reports its panel negative (with "no other variants", not a gene
    /// named again), or a list of any length the negative verdict introduces ("no variants in other genes, including …").
    /// </summary>
    private bool InNegativePanel(List<int> group, int index, Sentence sentence)
    {
        if (_panels.NegativeBeforeList(sentence, _mentions[group[0]].Start))
        {
            return true;
        }

        var genes = 0;
        foreach (var g in group)
        {
            genes += _mentions[g].Value.Kind is MarkerKind.Gene or MarkerKind.Mmr ? 1 : 0;
        }

        var verdict = genes >= 3 ? _panels.VerdictFor(sentence) : PanelVerdict.None;
        if (verdict != PanelVerdict.NegativeForOthers)
        {
            return verdict == PanelVerdict.Negative;
        }

        var name = _mentions[index].Value.Name;
        var end = _panels.RangeEnd(sentence);
        for (var i = group[0] - 1; i >= 0 && _mentions[i].Start >= sentence.Start; i--)
        {
            if (_mentions[i].Value.Name == name)
            {
                return false;
            }
        }

        for (var i = group[^1] + 1; i < _mentions.Count && _mentions[i].Start < end; i++)
        {
            if (_mentions[i].Value.Name == name)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the rest of the sentence after a tested list, from <paramref name="listEnd"/>, says in a clause of its own
    /// that nothing was found: ", but no alterations were found", "; no mutation was detected", ", with no pathogenic
    /// variants detected", ", and none was identified".
    /// Returns where that clause ends, else null.
    /// </summary>
    private int? NoneFoundAfter(int listEnd, Sentence sentence) =>
        listEnd < sentence.End && NoneFoundClause().Match(_text, listEnd, sentence.End - listEnd) is { Success: true } clause
            ? clause.Index + clause.Length
            : null;

    /// <summary>Whether a mention of the group is read as tested ("… mutations was performed", "mutation analysis").</summary>
    private static bool AnyTested(List<int> group, MarkerReading?[] readings)
    {
        foreach (var g in group)
        {
            if (readings[g] is { } reading && (reading.Tested || reading.MutationTest))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"^[^;.]*?(?:;|,\s*(?:but|and|with)\b|\s(?:but|with)\b)\s*(?:(?:but|and|with)\s+)?"
        + @"(?:no\s+(?:[a-z-]+\s+){0,2}?(?:mutations?|alterations?|abnormalit(?:y|ies)|variants?|variations?|changes?)|none(?:\s+of\s+(?:them|these))?)"
        + @"\s+(?:(?:was|were|is|are)\s+)?(?:found|detected|identified|seen|observed|present|demonstrated)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoneFoundClause();

    /// <summary>Where the word "neither" starts when it stands right before <paramref name="start"/>; null otherwise.</summary>
    private int? NeitherAt(int start, int sentenceStart)
    {
        var end = start;
        while (end > sentenceStart && _text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > sentenceStart && char.IsLetter(_text[from - 1]))
        {
            from--;
        }

        return _text.AsSpan(from, end - from).Equals("neither", StringComparison.OrdinalIgnoreCase) ? from : null;
    }

    /// <summary>Whether a class noun that "no" heads opens the bracket right before <paramref name="start"/>: "no other hormones (", "No neuroendocrine markers (".</summary>
    private bool NegatedClassBefore(int start, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, start - 48);
        return MarkerPatterns.NegatedClassBracket().IsMatch(_text.AsSpan(from, start - from));
    }

    /// <summary>
    /// The mention whose reading says a change was or was not found, for the mention at <paramref name="k"/>: its own
    /// ("… was detected", "… was not detected"), or, for a gene that carries nothing of its own, the next in the list that does.
    /// </summary>
    private static int? FoundVerdict(List<int> group, MarkerReading?[] readings, int k)
    {
        var reading = readings[group[k]]!;
        var at = reading.Result is null && reading.Value is null && reading.Variant is null && !reading.Bounded && !reading.Equivocal
            ? NextResult(group, readings, k)
            : group[k];
        return at is { } i && readings[i] is { Result: MarkerResult.Positive } or { Result: MarkerResult.Negative, Explicit: true } ? i : null;
    }

    /// <summary>
    /// The last item of the list when its reading ends in a stain noun that the items before it share ("strong CK7, CK20
    /// and CDX2 staining", "no CK7 or CK20 expression"): every item from <paramref name="k"/> on carries nothing of its
    /// own, and the noun is neither tested nor equivocal; null otherwise.
    /// </summary>
    private static int? SharedStainNoun(List<int> group, MarkerReading?[] readings, int k)
    {
        if (k >= group.Count - 1 || readings[group[^1]] is not { Negatable: true, Tested: false, Equivocal: false } last || last.HasContent)
        {
            return null;
        }

        for (var j = k; j < group.Count - 1; j++)
        {
            if (readings[group[j]] is not { Negatable: false, Tested: false, Equivocal: false } item || item.HasContent)
            {
                return null;
            }
        }

        return group[^1];
    }

    private static int? NextResult(List<int> group, MarkerReading?[] readings, int k)
    {
        for (var j = k + 1; j < group.Count; j++)
        {
            if (readings[group[j]]?.Result is not null)
            {
                return group[j];
            }
        }

        return null;
    }

    /// <summary>
    /// The verdict the sentence after <paramref name="sentence"/> gives a whole list named in it ("… was performed. All
    /// were negative."), or the clause after a semicolon or "and" that ends the list ("tested for EGFR, ALK and ROS1; all
    /// were negative", "… was performed and all were negative"), with where it ends; null when it opens otherwise.
    /// </summary>
    private (MarkerResult Result, int End)? NextSentenceVerdict(Sentence sentence, int listEnd)
    {
        var reach = listEnd < sentence.End ? Math.Min(40, sentence.End - listEnd) : 0;
        var p = reach > 0 ? _text.IndexOf(';', listEnd, reach) : -1;
        if (p >= 0)
        {
            return ListVerdict(p + 1, sentence.End - p - 1);
        }

        p = reach > 0 ? _text.IndexOf(" and ", listEnd, reach, StringComparison.Ordinal) : -1;
        if (p >= 0 && ListVerdict(p + 4, sentence.End - p - 4) is { } clause)
        {
            return clause;
        }

        var index = _context.SentenceIndexAt(sentence.Start);
        return index < 0 || index + 1 >= _context.Sentences.Count
            ? null
            : ListVerdict(_context.Sentences[index + 1].Start, _context.Sentences[index + 1].Length);
    }

    /// <summary>The verdict for a whole list that the text from <paramref name="start"/> opens with, and where it ends.</summary>
    private (MarkerResult Result, int End)? ListVerdict(int start, int length)
    {
        var match = MarkerPatterns.ListVerdict().Match(_text, start, length);
        var word = match.Groups["r"].Value.ToLowerInvariant() switch
        {
            "retained" or "proficient" => "intact",
            "deficient" => "lost",
            var other => other,
        };
        return match.Success && match.Index == start && MarkerResults.TryParse(word, out var result)
            ? (result, match.Index + match.Length)
            : null;
    }
}
