namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// What a drug takes from the words the drugs of its list share. A regimen acronym spelled out in a bracket right after
/// it ("CAPOX (oxaliplatin 130 mg/m2 on day 1 and capecitabine 1000 mg/m2 twice daily …) every 3 weeks") takes only the
/// route and count after the bracket: the drugs inside state their own doses and schedules, and read the schedule after
/// the bracket themselves when they state none. A route in the own words of a later drug of the list ("VRd
/// (bortezomib 1.3 mg/m2 subcutaneously, lenalidomide …") is that drug's, not the drugs' before it.
/// </summary>
internal static class DrugSharedClause
{
    /// <summary>The longest bracket read.</summary>
    private const int BracketLimit = 300;

    /// <param name="chainLastStart">Where the last drug of the list the candidate opens begins.</param>
    public static DrugAttributes Read(string text, DrugCandidate candidate, DrugCandidate? next, int chainLastStart, int sharedEnd)
    {
        if (candidate.Kind is DrugCandidateKind.Regimen or DrugCandidateKind.ContextRegimen && next is not null
            && BracketEnd(text, candidate.End, next.Start) is >= 0 and var after)
        {
            return after < sharedEnd ? DrugAttributeParser.Shared(text.AsSpan(after, sharedEnd - after)) with { Dose = null, Frequency = null } : DrugAttributes.None;
        }

        var clause = DrugAttributeParser.Shared(text.AsSpan(candidate.End, sharedEnd - candidate.End)) with { Dose = null };
        return clause.Route is not null && chainLastStart > candidate.End
            ? clause with { Route = DrugAttributeParser.Shared(text.AsSpan(chainLastStart, Math.Max(0, sharedEnd - chainLastStart))).Route }
            : clause;
    }

    /// <summary>Where the bracket that opens right after <paramref name="end"/> and holds <paramref name="nextStart"/> closes (past its ')'), or -1.</summary>
    private static int BracketEnd(string text, int end, int nextStart)
    {
        var open = end;
        while (open < text.Length && text[open] == ' ')
        {
            open++;
        }

        if (open >= text.Length || text[open] != '(' || nextStart <= open)
        {
            return -1;
        }

        var close = text.IndexOfAny(['(', ')'], open + 1, Math.Min(BracketLimit, text.Length - open - 1));
        return close > nextStart && text[close] == ')' ? close + 1 : -1;
    }
}
