namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>
/// The target of a course: the words after a mention or dose ("to the left upper lobe", "; the target was the pelvis")
/// up to a stop word, or a site word right before the mention ("thoracic radiotherapy").
/// </summary>
internal sealed class RadiotherapySiteReader(RadiotherapyLexicon lexicon)
{
    public bool TargetsAnotherSite(string text, RadiotherapyItem item, List<RadiotherapyItem> cluster, int limit)
    {
        if (SiteAfter(text, item.End, limit) is not { } site)
        {
            return false;
        }

        foreach (var other in cluster)
        {
            if (other.Dose is null && SiteAfter(text, other.End, limit) is { } known
                && !text.AsSpan(site.Start, site.End - site.Start).Equals(text.AsSpan(known.Start, known.End - known.Start), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public (int Start, int End)? SiteAfter(string text, int end, int limit)
    {
        if (end >= limit)
        {
            return null;
        }

        var window = text.Substring(end, Math.Min(90, limit - end));
        var match = DosePatterns.SiteAfter().Match(window);
        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["site"];
        var start = end + group.Index;
        var stop = start;
        var p = start;
        var words = 0;
        var stops = lexicon.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        while (p < end + group.Index + group.Length && words < 6)
        {
            while (p < text.Length && text[p] == ' ')
            {
                p++;
            }

            var wordEnd = p;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }

            var word = text.AsSpan(p, wordEnd - p);
            if (word.Length == 0 || stops.Contains(word) || !char.IsLetter(word[0]))
            {
                break;
            }

            if (words == 0 && (lexicon.NonSiteWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word is "a" or "an"))
            {
                return null;
            }

            stop = wordEnd;
            p = wordEnd;
            words++;
        }

        return stop > start ? (start, stop) : null;
    }

    public int? SiteBefore(string text, int start, int limit)
    {
        var p = start;
        while (p > limit && text[p - 1] is ' ' or '-')
        {
            p--;
        }

        var wordStart = p;
        while (wordStart > limit && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < p && lexicon.SiteWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(wordStart, p - wordStart))
            ? wordStart
            : null;
    }

    public static int WordEnd(string text, int p)
    {
        while (p < text.Length && char.IsLetterOrDigit(text[p]))
        {
            p++;
        }

        return p;
    }
}
