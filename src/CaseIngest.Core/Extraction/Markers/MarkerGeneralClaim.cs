using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// What a sentence says of an alteration in general rather than of the patient: a present-tense claim of what an
/// alteration is associated with, predicts or is found in ("EGFR mutations predict response to erlotinib", "BRAF V600E
/// is found in half of melanomas"), and a test advised to relatives ("testing for the BRCA1 variant was offered to her
/// sisters"). Both are judged on the clause of the mention, so that "her tumour harboured a KIT deletion, which is
/// associated with response to imatinib" keeps its marker.
/// </summary>
internal static class MarkerGeneralClaim
{
    /// <summary>Phrases of a general claim about an alteration; the cheap gate of the claim reading.</summary>
    public static readonly CueSet ClaimWords = new(
    [
        "associated with", "linked to", "predict", "confer", "occur in", "occurs in", "found in", "seen in",
        "present in", "observed in", "reported in", "common in", "common among", "frequent in", "frequent among", "most common",
        "most frequent", "typical of", "characteristic of", "prevalent in",
    ]);

    /// <summary>Phrases of a test advised to someone; the cheap gate of the relative reading.</summary>
    public static readonly CueSet AdviceWords = new(["recommended to", "recommended for", "offered to", "advised for", "advised to", "suggested to", "suggested for"]);

    /// <summary>A verb of the present tense that states a claim.</summary>
    private static readonly CueSet PresentVerbs = new(
    [
        "is", "are", "predict", "predicts", "confer", "confers", "occur", "occurs", "remain", "remains", "appear", "appears",
    ]);

    /// <summary>A past-tense verb or a word of the patient: the clause tells this patient's finding.</summary>
    private static readonly CueSet OwnWords = new(
    [
        "was", "were", "had", "has", "showed", "revealed", "demonstrated", "harboured", "harbored", "harbours", "harbors",
        "carried", "carries", "confirmed", "detected", "identified", "her", "his", "our", "patient", "patient's", "this",
        "tumour", "tumor", "specimen", "biopsy", "lesion", "mass", "cells",
    ]);

    /// <summary>Words of a relative a test is advised to.</summary>
    private static readonly CueSet RelativeWords = new(
    [
        "daughter", "daughters", "son", "sons", "sister", "sisters", "brother", "brothers", "children", "siblings",
        "relatives", "family", "family members", "mother", "father", "offspring", "kindred",
    ]);

    /// <summary>
    /// Phrases naming a kind of tumour rather than this patient's ("common in this tumour type", "frequent in these
    /// tumours"): their words of the patient ("this", "tumour") do not make the clause the patient's.
    /// </summary>
    private static readonly string[] KindPhrases =
    [
        "this tumour type", "this tumor type", "this type of tumour", "this type of tumor", "this type of cancer", "this cancer type",
        "this histotype", "this histological type", "this histologic type", "this histological subtype", "this histologic subtype",
        "this subtype", "this entity", "this tumour entity", "this tumor entity", "these tumours", "these tumors", "such tumours",
        "such tumors",
    ];

    /// <summary>Words that open a clause of its own.</summary>
    private static readonly CueSet ClauseOpeners = new([", as ", ", because ", ", since ", ", which ", ", whereas ", ", while ", ", although ", ", and ", ", but ", "; "]);

    /// <summary>The clause of <paramref name="sentence"/> around the offset <paramref name="at"/> (relative to the sentence).</summary>
    public static ReadOnlySpan<char> ClauseAround(ReadOnlySpan<char> sentence, int at)
    {
        var (from, to) = ClauseBounds(sentence, at);
        return sentence[from..to];
    }

    /// <summary>Where the clause of <see cref="ClauseAround"/> starts and ends in <paramref name="sentence"/>.</summary>
    public static (int From, int To) ClauseBounds(ReadOnlySpan<char> sentence, int at)
    {
        var from = 0;
        int found;
        while (from < at && (found = ClauseOpeners.IndexOfAny(sentence[from..at])) >= 0)
        {
            from += found + 1;
        }

        var after = ClauseOpeners.IndexOfAny(sentence[at..]);
        return (from, after >= 0 ? at + after : sentence.Length);
    }

    /// <summary>Whether the clause states in the present tense what an alteration is associated with or found in.</summary>
    public static bool IsClaim(ReadOnlySpan<char> clause) =>
        ClaimWords.ContainsAny(clause) && PresentVerbs.ContainsWord(clause) && !OwnWordsOutsideKinds(clause);

    /// <summary>Whether the clause holds a word of the patient outside the phrases that name a kind of tumour.</summary>
    private static bool OwnWordsOutsideKinds(ReadOnlySpan<char> clause)
    {
        foreach (var kind in KindPhrases)
        {
            var at = clause.IndexOf(kind, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return OwnWordsOutsideKinds(clause[..at]) || OwnWordsOutsideKinds(clause[(at + kind.Length)..]);
            }
        }

        return OwnWords.ContainsWord(clause);
    }

    /// <summary>Whether the clause advises a test to a relative.</summary>
    public static bool IsAdviceToRelative(ReadOnlySpan<char> clause)
    {
        var at = AdviceWords.IndexOfAny(clause);
        return at >= 0 && RelativeWords.ContainsWord(clause[at..]);
    }
}
