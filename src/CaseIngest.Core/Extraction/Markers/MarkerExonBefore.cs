using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// An alteration placed in an exon before the gene it belongs to: "a deletion in exon 11 of KIT" (mutated, exon 11
/// deletion), "an insertion within exon 20 of the ERBB2 gene", "a mutation in exon 18 of PDGFRA" (mutated), and the
/// same denied over one exon or a range: "no mutation was detected in exons 5-8 of TP53" (wild-type), or over a second
/// gene after the first: "no mutations in exons 9 and 11 of KIT or in exons 12 and 18 of PDGFRA" (both wild-type).
/// </summary>
internal static partial class MarkerExonBefore
{
    /// <summary>The furthest the alteration word may stand before its gene.</summary>
    private const int Window = 120;

    /// <summary>The alteration located in an exon right before the gene mentioned at <paramref name="start"/>; null when none.</summary>
    public static (MarkerResult Result, string? Variant, int Start)? Find(string text, int from, int start)
    {
        from = Math.Max(from, start - Window);
        if (from >= start || start - from < 12)
        {
            return null;
        }

        // cheap gate: "… exon(s) N of (the) " right before the gene
        var before = text.AsSpan(from, start - from);
        var exon = before.LastIndexOf("exon", StringComparison.OrdinalIgnoreCase);
        if (exon < 0 || before.Length - exon > 40 || before[exon..].IndexOf(" of ", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var tail = Located().Match(text, from, start - from);
        if (!tail.Success)
        {
            return null;
        }

        var kind = tail.Groups["k"].Value;
        var negation = Negation().Match(text, Math.Max(from, tail.Index - 40), tail.Index - Math.Max(from, tail.Index - 40));
        if (negation.Success || tail.Groups["not"].Success)
        {
            return (MarkerResult.WildType, null, negation.Success ? negation.Index : tail.Index);
        }

        // a deletion, insertion or duplication in one exon names the variant; a mutation there only says it was found
        var variant = !tail.Groups["more"].Success && !kind.StartsWith("mut", StringComparison.OrdinalIgnoreCase)
            && !kind.StartsWith("alt", StringComparison.OrdinalIgnoreCase) && !kind.StartsWith("var", StringComparison.OrdinalIgnoreCase)
            && !kind.StartsWith("sub", StringComparison.OrdinalIgnoreCase)
            ? MarkerValues.NormaliseExon(tail.Groups["n"].Value, kind.TrimEnd('s', 'S'))
            : null;
        return (MarkerResult.Mutated, variant, tail.Index);
    }

    /// <summary>
    /// "deletion in exon 11 of ", "mutations were found in exons 5-8 of the ", "insertion within exon 20 of ",
    /// "mutation was not detected in exon 2 of ", "variant located in exon 18 of the "; and for the second gene of a pair,
    /// "mutations in exons 9 and 11 of KIT or in exons 12 and 18 of ".
    /// </summary>
    [GeneratedRegex(@"\b(?<k>deletion|insertion|duplication|indel|mutation|alteration|variant|substitution)s?\s+(?:(?:was|were|is|are)\s+(?<not>not\s+)?(?:detected|found|identified|seen|observed|noted|present)\s+)?(?:located\s+)?(?:in|within|at)\s+exons?\s+(?<n>\d{1,2})(?<more>\s*(?:-|–|to|and|,|or)\s*\d{1,2}(?:\s*(?:,|and|or)\s*\d{1,2})*)?\s+of\s+(?:the\s+)?(?:[A-Za-z][\w-]{1,9}(?:\s+gene)?,?\s+(?:or|and|nor)\s+(?:in|within|at)\s+exons?\s+(?<n>\d{1,2})(?<more>\s*(?:-|–|to|and|,|or)\s*\d{1,2}(?:\s*(?:,|and|or)\s*\d{1,2})*)?\s+of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Located();

    /// <summary>A denial right before the alteration word: "no ", "without a ", "absence of ", "negative for pathogenic ".</summary>
    [GeneratedRegex(@"\b(?:no|without|absence\s+of|negative\s+for|free\s+of)\s+(?:(?:an?|any)\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
