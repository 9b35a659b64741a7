namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The partner of a gene fusion named after the gene: the fusion written out in brackets ("ALK rearrangement (EML4-ALK)",
/// "NTRK1 fusion (TPM3::NTRK1)", "ALK (EML4/ALK)"), the partner alone in brackets before the fusion word ("RET (KIF5B)
/// fusion") or called the partner ("(EML4 partner)"), and the partner after "with" ("ROS1 fusion with CD74"). A partner is an approved HGNC symbol, so an antibody
/// clone ("ALK (D5F3)") or a drug class ("EGFR-TKI") never reads as one.
/// </summary>
internal static class MarkerFusionPartners
{
    private const int MaxBracket = 48;

    /// <summary>The partner a bracket from <paramref name="open"/> to <paramref name="close"/> names for the gene; null when it names none.</summary>
    public static string? InBracket(string text, int open, int close, MarkerEntry entry)
    {
        if (entry.Kind != MarkerKind.Gene || close - open > MaxBracket)
        {
            return null;
        }

        // "(KIF5B-RET, K15;R12)", "(CD74-ROS1 fusion)", "(EML4 exon 13::ALK exon 20)": the first item, without the fusion
        // word after it or the exons of each gene
        var inner = text.AsSpan(open + 1, close - open - 1);
        var item = inner.IndexOfAny(',', ';');
        inner = (item < 0 ? inner : inner[..item]).Trim();
        inner = WithoutSuffix(WithoutSuffix(inner, " fusion"), " rearrangement");
        var named = WithoutSuffix(WithoutSuffix(inner, " partner"), " fusion");
        var split = inner.IndexOfAny("-–:/");
        if (split < 0)
        {
            // "RET (KIF5B) fusion": the partner alone, with the fusion word right after the bracket;
            // "ALK was rearranged (EML4 partner)": or the bracket says it is the partner
            return named.Length < inner.Length ? (IsPartner(named, entry) ? named.ToString() : null)
                : IsPartner(inner, entry) && FusionWordAt(text, close + 1) ? inner.ToString() : null;
        }

        var left = WithoutExon(inner[..split].Trim());
        var rest = inner[(split + 1)..];
        if (rest.Length > 0 && rest[0] == ':')
        {
            rest = rest[1..];
        }

        var right = WithoutExon(rest.Trim());
        if (IsGene(right, entry) && IsPartner(left, entry))
        {
            return left.ToString();
        }

        return IsGene(left, entry) && IsPartner(right, entry) ? right.ToString() : null;
    }

    /// <summary>Whether the word from <paramref name="p"/> to <paramref name="wordEnd"/> is "with".</summary>
    public static bool IsWith(string text, int p, int wordEnd) =>
        wordEnd - p == 4 && text.AsSpan(p, 4).Equals("with", StringComparison.OrdinalIgnoreCase);

    /// <summary>"fusion with CD74": the partner symbol after "with" at <paramref name="p"/>; returns where it ends, or null.</summary>
    public static int? AfterWith(string text, int p, int wordEnd, int limit, MarkerEntry entry, out string? partner)
    {
        partner = null;
        if (entry.Kind != MarkerKind.Gene || !IsWith(text, p, wordEnd))
        {
            return null;
        }

        var start = wordEnd;
        while (start < limit && MarkerValues.IsSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < limit && end - start <= 10 && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        if (!IsPartner(word, entry) || (end < limit && text[end] is '-' or '/' or ':'))
        {
            return null;
        }

        partner = word.ToString();
        return end;
    }

    private static ReadOnlySpan<char> WithoutSuffix(ReadOnlySpan<char> words, string suffix) =>
        words.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? words[..^suffix.Length].TrimEnd() : words;

    /// <summary>"EML4 exon 13" is EML4: the exon says where the genes join, not which.</summary>
    private static ReadOnlySpan<char> WithoutExon(ReadOnlySpan<char> words)
    {
        var exon = words.IndexOf(" exon", StringComparison.OrdinalIgnoreCase);
        return exon > 0 ? words[..exon] : words;
    }

    private static bool IsGene(ReadOnlySpan<char> word, MarkerEntry entry) =>
        word.Equals(entry.Name, StringComparison.Ordinal) || (entry.Gene is { } gene && word.Equals(gene, StringComparison.Ordinal));

    /// <summary>An approved HGNC symbol in upper case other than the gene itself.</summary>
    private static bool IsPartner(ReadOnlySpan<char> word, MarkerEntry entry)
    {
        if (word.Length is < 2 or > 10 || !char.IsUpper(word[0]) || IsGene(word, entry))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) || char.IsLower(c))
            {
                return false;
            }
        }

        return HgncGenes.LoadDefault().IsApproved(word.ToString());
    }

    /// <summary>Whether "fusion", "rearrangement" or "translocation" (or "gene fusion") is the next word after <paramref name="p"/>.</summary>
    private static bool FusionWordAt(string text, int p)
    {
        while (p < text.Length && MarkerValues.IsSpace(text[p]))
        {
            p++;
        }

        var rest = text.AsSpan(p, Math.Min(20, text.Length - p));
        if (rest.StartsWith("gene ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[5..];
        }

        return rest.StartsWith("fusion", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("rearrange", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("translocation", StringComparison.OrdinalIgnoreCase);
    }
}
