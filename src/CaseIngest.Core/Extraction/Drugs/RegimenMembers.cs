using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A regimen acronym gives its standard drugs unless the text says otherwise: a regimen spelled out right after it
/// ("modified FOLFIRINOX (irinotecan …; oxaliplatin …; S-1 …)") keeps only the standard drugs the list names, and a
/// drug the text says was replaced ("FOLFIRINOX in which S-1 replaced 5-FU") is neither a member nor a drug given.
/// An acronym spelled out with none of its standard drugs ("TC (paclitaxel and carboplatin)") stands for the drugs named.
/// Members so stated hold for every mention of that acronym in the document.
/// </summary>
internal static partial class RegimenMembers
{
    private const int ListReach = 400;

    public static List<DrugCandidate> Apply(string text, List<DrugCandidate> accepted)
    {
        // members as the document states them, by acronym: they hold for every mention of that acronym
        Dictionary<string, IReadOnlyList<DrugEntry>>? stated = null;
        HashSet<DrugCandidate>? replaced = null;
        for (var i = 0; i < accepted.Count - 1; i++)
        {
            var regimen = accepted[i];
            if (regimen.Kind is not (DrugCandidateKind.Regimen or DrugCandidateKind.ContextRegimen))
            {
                continue;
            }

            var members = SpelledOut(text, accepted, i) ?? regimen.Drugs;
            if (Replacement(text, accepted, i) is { } swap)
            {
                members = members.Where(d => d.Name != swap.Old.Drugs[0].Name).ToList();
                (replaced ??= []).Add(swap.Old);
            }

            if (members.Count > 0 && (members.Count < regimen.Drugs.Count || members.Any(m => !regimen.Drugs.Any(d => d.Name == m.Name))))
            {
                (stated ??= new(StringComparer.OrdinalIgnoreCase))[text[regimen.Start..regimen.End]] = members;
            }
        }

        if (stated is null && replaced is null)
        {
            return accepted;
        }

        var result = new List<DrugCandidate>(accepted.Count);
        foreach (var candidate in accepted)
        {
            if (replaced?.Contains(candidate) == true)
            {
                continue;
            }

            result.Add(candidate.Kind is DrugCandidateKind.Regimen or DrugCandidateKind.ContextRegimen
                && stated?.TryGetValue(text[candidate.Start..candidate.End], out var members) == true
                ? candidate with { Drugs = members }
                : candidate);
        }

        return result;
    }

    /// <summary>
    /// The standard drugs that a list right after the acronym names, the drugs it names when it names no standard one,
    /// or null when no such list follows.
    /// </summary>
    private static IReadOnlyList<DrugEntry>? SpelledOut(string text, List<DrugCandidate> accepted, int index)
    {
        var regimen = accepted[index];
        var next = accepted[index + 1];
        if (next.Start - regimen.End > 80)
        {
            return null;
        }

        var lead = ListLeadRegex().Match(text, regimen.End, next.Start - regimen.End);
        if (!lead.Success)
        {
            return null;
        }

        var end = Math.Min(text.Length, regimen.End + ListReach);
        if (lead.Groups["paren"].Success)
        {
            var depth = 0;
            for (var p = lead.Groups["paren"].Index; p < end; p++)
            {
                depth += text[p] == '(' ? 1 : text[p] == ')' ? -1 : 0;
                if (depth == 0)
                {
                    end = p;
                    break;
                }
            }
        }
        else if (text.AsSpan(regimen.End, end - regimen.End).IndexOfAny('.', '\n') is >= 0 and var stop)
        {
            end = regimen.End + stop;
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        var listed = new List<DrugEntry>();
        for (var k = index + 1; k < accepted.Count && accepted[k].Start < end; k++)
        {
            foreach (var drug in accepted[k].Drugs)
            {
                if (named.Add(drug.Name))
                {
                    listed.Add(drug);
                }
            }
        }

        if (named.Count < 2)
        {
            return null;
        }

        var kept = regimen.Drugs.Where(d => named.Contains(d.Name)).ToList();
        return kept.Count > 0 ? kept : listed;
    }

    /// <summary>"X replaced Y", "X instead of Y", "Y was replaced by X" right after the acronym: the old drug's candidate.</summary>
    private static (DrugCandidate Old, DrugCandidate New)? Replacement(string text, List<DrugCandidate> accepted, int index)
    {
        var regimen = accepted[index];
        for (var k = index + 1; k + 1 < accepted.Count && accepted[k + 1].Start - regimen.End <= 200; k++)
        {
            var first = accepted[k];
            var second = accepted[k + 1];
            if (first.Drugs.Count != 1 || second.Drugs.Count != 1 || second.Start - first.End > 40 || first.End > second.Start)
            {
                continue;
            }

            var between = text.AsSpan(first.End, second.Start - first.End);
            if (ReplacedByRegex().IsMatch(between))
            {
                return (first, second);
            }

            if (ReplacesRegex().IsMatch(between))
            {
                return (second, first);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?>\s*)(?:(?:regimen|chemotherapy|protocol|therapy|schedule)(?>\s*))?(?:(?<paren>\()|(?:,(?>\s*))?(?:which\s+|that\s+)?(?:consist(?:ed|ing|s)\s+of|compris(?:ed|ing|es)|including|included|:))", RegexOptions.IgnoreCase)]
    private static partial Regex ListLeadRegex();

    [GeneratedRegex(@"^\s*(?:was\s+|being\s+)?(?:replaced|substituted)\s+(?:by|with)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacedByRegex();

    [GeneratedRegex(@"^\s*(?:replaced|replacing|instead\s+of|in\s+place\s+of|substituted\s+for|substituting\s+for)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacesRegex();
}
