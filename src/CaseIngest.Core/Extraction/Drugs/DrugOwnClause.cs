using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A negation in an earlier clause ("CT showed no evidence of disease, and maintenance olaparib was started") does not
/// reach a drug that opens a clause of its own after ", and" with its own verb of starting or giving; "…, and no
/// fluconazole was given" and "…, and vancomycin was not started" stay denied.
/// </summary>
internal static partial class DrugOwnClause
{
    /// <summary>How many characters may lie between ", and" and the drug ("maintenance", "oral").</summary>
    private const int LeadReach = 40;

    /// <summary>How far after the drug its verb may lie ("300 mg twice daily was started").</summary>
    private const int VerbReach = 60;

    public static bool Affirms(string text, Sentence sentence, int start, int end)
    {
        if (start <= sentence.Start)
        {
            return false;
        }

        var before = text.AsSpan(sentence.Start, start - sentence.Start);
        var comma = before.LastIndexOf(", and ", StringComparison.OrdinalIgnoreCase);
        if (comma < 0)
        {
            return false;
        }

        var lead = before[(comma + ", and ".Length)..];
        var to = Math.Min(sentence.End, end + VerbReach);
        return lead.Length <= LeadReach && !NegationRegex().IsMatch(lead) && to > end && StartedRegex().IsMatch(text.AsSpan(end, to - end));
    }

    /// <summary>
    /// A negation word between ", and" and the drug.
    /// | text | match |
    /// |---|---|
    /// | no | yes |
    /// | neither | yes |
    /// | maintenance | no |
    /// </summary>
    [GeneratedRegex(@"\b(?:no|not|without|never|nor|neither)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationRegex();

    /// <summary>
    /// The drug's own verb of starting or giving, not negated.
    /// | text after the drug | match |
    /// |---|---|
    /// | 300 mg twice daily was started. | yes |
    /// | 10 mg was then commenced. | yes |
    /// | was not started. | no |
    /// | levels, and fever was treated | no |
    /// </summary>
    [GeneratedRegex(@"^[^,;]{0,40}?\b(?:was|were)\s+(?:then\s+|subsequently\s+|also\s+)?(?:started|initiated|commenced|begun|given|administered|added|resumed|introduced)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartedRegex();
}
