using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The regular expressions of marker values, each anchored at the start of a short window of text.
/// Examples: "95%", "&lt;1%", "1-49%", "18 mutations/megabase", "10 mut/Mb", "3+", "5.2 ng/mL" (number);
/// "G12C", "V600E", "Gly12Cys" (protein change); "exon 19 deletion", "exon 20 ins", "ex19del", "del19" (exon).
/// </summary>
internal static partial class MarkerPatterns
{
    [GeneratedRegex(@"^(?<lt>[<≤>≥]\s?)?(?<n>\d+(?:[.,]\d+)?)(?:\s?[-–]\s?(?<n2>\d+(?:[.,]\d+)?))?\s?(?<u>%|\+{1,3}|muts?\s?/\s?(?:mb|megabase)|mutations?\s?/\s?(?:mb|megabase)|mutations?\s+per\s+megabase|ng/ml|[µu]g/l|m?iu/ml|u/ml|k?u/l|iu/l|ng/dl)?", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    public static partial Regex Number();

    [GeneratedRegex(@"^(?:[ACDEFGHIKLMNPQRSTVWY]\d{1,4}(?:[ACDEFGHIKLMNPQRSTVWYX]|fs|del|dup|ins)|(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val)\d{1,4}(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Xaa|fs|del|dup))$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    public static partial Regex ProteinChange();

    [GeneratedRegex(@"^(?:ex(?:on)?\s?(?<n>\d{1,2})\s?(?<k>deletions?|del|insertions?|ins|skipping|skip|duplications?|dup)?\b|(?:ex(?:on)?)?(?<n>\d{1,2})(?<k>del|ins)\b|del\s?(?<n>\d{1,2})\b)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    public static partial Regex Exon();

    /// <summary>What may stand between the items of a list of markers: "CK7, CK20 and TTF-1", "MSH2/MSH6", "the ROS1 gene, the RET gene", "estrogen (ER), progesterone (PR)".</summary>
    [GeneratedRegex(@"^(?:[\s,/&()\[\]]|\b(?:and|or|nor|as|well|the|both|either|gene|genes|protein|proteins|estrogen|oestrogen|progesterone|androgen|receptor|receptors)\b)*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    public static partial Regex ListGap();
}
