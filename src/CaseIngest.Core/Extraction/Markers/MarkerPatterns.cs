using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The regular expressions of marker values, each anchored at the start of a short window of text.
/// Examples: "95%", "40 percent", "&lt;1%", "less than 2%", "over 80%", "1-49%", "20%–30%", "3% to 5%", "5 to 10%", "18 mutations/megabase", "10 mut/Mb", "3+", "5.2 ng/mL", "81 pg/mL", "412 pmol/L", "3.2 μg/L" (number);
/// "G12C", "V600E", "Gly12Cys", "Tyr2658*" (protein change); "NM_000059.3:" (reference sequence); "exon 19 deletion", "exon 20 ins", "ex19del", "del19" (exon).
/// </summary>
internal static partial class MarkerPatterns
{
    [GeneratedRegex(@"^(?<lt>[<≤>≥]\s?|(?:less|lower|fewer|greater|more|higher)\s+than\s+|(?:below|under|above|over)\s+)?(?<n>\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:[.,]\d+)?)(?:(?:\s?%?\s?[-–]\s?|\s?%\s+to\s+|\s+to\s+(?=\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b)))(?<n2>\d+(?:[.,]\d+)?))?\s?(?<u>%|per\s?cent\b|\+{1,3}|muts?\s?/\s?(?:mb|megabase)|mutations?\s?/\s?(?:mb|megabase)|mutations?\s+per\s+megabase|ng/ml|pg/ml|pmol/l|mau/ml|[µμu]g/l|m?iu/ml|u/ml|k?u/l|iu/l|ng/dl)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Number();

    /// <summary>"percent" or "per cent" at the start of the span.</summary>
    [GeneratedRegex(@"^per\s?cent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PercentWord();

    /// <summary>"codon 12", "codons 12 and 13": the codon a test looked at, not a variant.</summary>
    [GeneratedRegex(@"^codons?\s+\d{1,4}(?:\s*(?:,|/|and|or)\s*\d{1,4})*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CodonWord();

    /// <summary>"no other hormones (", "No neuroendocrine markers (": "no", then at most three words ending in a plural noun, opening a bracket.</summary>
    [GeneratedRegex(@"\bno\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s*\(\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NegatedClassBracket();

    [GeneratedRegex(@"^(?:[ACDEFGHIKLMNPQRSTVWY]\d{1,4}_[ACDEFGHIKLMNPQRSTVWY]\d{1,4}(?:del|dup|ins[ACDEFGHIKLMNPQRSTVWY]*|delins[ACDEFGHIKLMNPQRSTVWY]+)|[ACDEFGHIKLMNPQRSTVWY]\d{1,4}[ACDEFGHIKLMNPQRSTVWY]?fs(?:\*\d*)?|[ACDEFGHIKLMNPQRSTVWY]\d{1,4}(?:[ACDEFGHIKLMNPQRSTVWYX*]|del|dup|ins)|(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val)\d{1,4}(?:(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val)(?:fs(?:\*\d*)?)?|Ter|Xaa|X|\*|fs(?:\*\d*)?|del|dup))$", RegexOptions.CultureInvariant)]
    public static partial Regex ProteinChange();

    // also "E746_A750del" (a range), "R213*" (nonsense), "T1556Nfs*3" (frameshift), "Tyr2658*", "Glu39X" and "Thr367Metfs"

    /// <summary>A bound written in words before a number: "less than 2%", "below 5%", "more than 90%".</summary>
    [GeneratedRegex(@"^(?:(?:less|lower|fewer|greater|more|higher)\s+than|below|under|above|over)\s+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ComparatorWord();

    /// <summary>A reference sequence before a change: "NM_000059.3:", "NM_004333.6 ", "ENST00000288602:".</summary>
    [GeneratedRegex(@"^(?:N[CGMPR]_\d{4,9}(?:\.\d{1,2})?|ENS[TP]\d{6,15}(?:\.\d{1,2})?)\s?:?", RegexOptions.CultureInvariant)]
    public static partial Regex ReferenceSequence();

    /// <summary>A codon without its change: "V600", "G12", "Q61".</summary>
    [GeneratedRegex(@"^[ACDEFGHIKLMNPQRSTVWY]\d{1,4}$", RegexOptions.CultureInvariant)]
    public static partial Regex Codon();

    [GeneratedRegex(@"^(?:ex(?:on)?\s?(?<n>\d{1,2})\s?(?<k>deletions?|del|insertions?|ins|skipping|skip|duplications?|dup)?\b|(?:ex(?:on)?)?(?<n>\d{1,2})(?<k>del|ins)\b|del\s?(?<n>\d{1,2})\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Exon();

    /// <summary>A marker written out before its abbreviation, between two items of a list: ", thyroid transcription factor 1 (" before "TTF1)".</summary>
    [GeneratedRegex(@"^[\s)\]]*(?:[,;]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)[\w/'’.-]+(?:[\s,]+[\w/'’.-]+){0,13}\s?\($", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ExpandedName();

    /// <summary>Words that end a list: a verb, a result or a new clause ("was", "negative", "but", "with").</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|be|been|showed|shows|revealed|demonstrated|positive|negative|positivity|negativity|for|with|without|but|while|whereas|which|that|than|not|no|expression|staining|stained|expressed|cells?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClauseWord();

    /// <summary>An abbreviation in brackets with the marker's number after it, after its written name: " (CK) 20", " (CD)20", " (CK)-7", " (Bcl)-2".</summary>
    [GeneratedRegex(@"\((?<a>[A-Z][A-Za-z]{0,3})\)\s?-?(?<n>\d{1,3}[A-Za-z]?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex SplitName();

    /// <summary>What may stand between the items of a list of markers: "CK7, CK20 and TTF-1", "MSH2/MSH6", "the ROS1 gene, the RET gene", "the TERT promoter, H3F3A", "estrogen (ER), progesterone (PR)", "anti CEA and anti CK20", "anti-desmin and anti-SMA", "CD31 and, in places, CD34", "CD3 and, to a lesser degree, CD5".</summary>
    [GeneratedRegex(@"^(?:[\s,/&()\[\]]|\banti-|\b(?:and|or|nor|as|well|the|both|either|anti|gene|genes|promoter|promoters|protein|proteins|estrogen|oestrogen|progesterone|androgen|receptor|receptors|partial|partially|focal|focally|weak|weakly|strong|strongly|diffuse|diffusely|patchy|variably|heterogeneously|multifocally)\b|\bin\s+(?:places|part|areas|foci)\b|\bto\s+a\s+lesser\s+(?:degree|extent)\b)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ListGap();

    /// <summary>
    /// A sentence that opens with one verdict for the whole list named before it: "All were negative.", "Both stains came
    /// back positive.", "All of these markers were negative in the tumour cells.", "These were all negative.", "Both were diffusely
    /// positive.", "The results showed proficient mismatch repair."
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:(?:all|both|each)(?:\s+of)?(?:\s+(?:these|them|the\s+above|which|the))?|these|they)(?:\s+(?:markers?|stains?|immunostains?|antibodies|tests?|examinations?|results?|studies))?\s+(?:all\s+)?(?:were|was|returned|came\s+back|proved|turned\s+out)(?:\s+(?:all|to\s+be|completely|entirely|uniformly|diffusely|strongly|focally|weakly|also))?(?:\s+(?:and\s+)?(?:diffusely|strongly|focally|weakly))?|(?:and\s+)?(?:the\s+)?results?\s+(?:showed|revealed|indicated|demonstrated))\s+(?<r>negative|positive|intact|retained|proficient|deficient)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ListVerdict();
}
