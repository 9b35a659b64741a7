using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug named as the patient's allergy or intolerance ("allergic to penicillin", "a known allergy to diclofenac",
/// "Allergies: vancomycin, clindamycin", "intolerant of metformin", "a sulfa allergy") was not given and was not
/// considered for the case: it is no drug mention. An allergy that arose on a drug ("developed an allergy to
/// carboplatin") names a drug that was given and is left alone.
/// </summary>
internal static partial class DrugAllergy
{
    private const int CueReach = 60;

    /// <summary>Removes from <paramref name="candidates"/> (in document order) the drugs named as allergies.</summary>
    public static void Remove(ExtractionContext context, List<DrugCandidate> candidates)
    {
        var text = context.Text;
        var listEnd = -1;
        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var allergen = (listEnd >= 0 && listEnd <= candidate.Start && candidate.Start - listEnd <= CueReach
                    && ListGapRegex().IsMatch(text.AsSpan(listEnd, candidate.Start - listEnd)))
                || CueBefore(context, candidate) || CueAfter(text, candidate);
            if (allergen)
            {
                listEnd = candidate.End;
                continue;
            }

            listEnd = -1;
            candidates[kept++] = candidate;
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private static bool CueBefore(ExtractionContext context, DrugCandidate candidate)
    {
        var text = context.Text;
        var start = Math.Max(context.SentenceAt(candidate.Start).Start, candidate.Start - CueReach);
        var window = text.AsSpan(start, candidate.Start - start);
        if (!window.Contains("allerg", StringComparison.OrdinalIgnoreCase) && !window.Contains("intoleran", StringComparison.OrdinalIgnoreCase)
            && !window.Contains("hypersensitiv", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CueBeforeRegex().IsMatch(window);
    }

    private static bool CueAfter(string text, DrugCandidate candidate)
    {
        var length = Math.Min(24, text.Length - candidate.End);
        return length > 0 && text.AsSpan(candidate.End, length).Contains("allerg", StringComparison.OrdinalIgnoreCase)
            && CueAfterRegex().IsMatch(text.AsSpan(candidate.End, length))
            && !ArisenBeforeRegex().IsMatch(text.AsSpan(Math.Max(0, candidate.Start - 40), Math.Min(40, candidate.Start)));
    }

    // the words between an allergy cue (or an allergen) and the next allergen of the list: "penicillin, codeine",
    // "aspirin and naproxen", "amoxicillin (rash) and codeine", "to both aspirin"
    [GeneratedRegex(@"\A(?:\s|,|/|\b(?:and|or|both|the|an?|to|of|as\s+well\s+as)\b|\([^()]{0,40}\))*\z", RegexOptions.IgnoreCase)]
    private static partial Regex ListGapRegex();

    // "allergic to", "an allergy to", "allergies: ", "drug allergies included", "a known hypersensitivity to",
    // "intolerant of", "reported intolerance to"; not an allergy that arose on the drug ("developed an allergy to")
    [GeneratedRegex(@"(?<!\b(?:developed|developing|experienced|showed|became|becoming)\s+(?:an?\s+)?(?:\w+\s+)?)\b(?:allergic\s+to|allerg(?:y|ies)\s+(?:to|against)|allergies\s*(?::|-|include[sd]?|were|are)|(?:known|documented|reported|history\s+of|prior|previous)\s+(?:\w+\s+)?(?:hypersensitivity|intolerance)\s+(?:to|of)|intolerant\s+(?:to|of))(?:\s|,|/|\b(?:and|or|both|the|an?|as\s+well\s+as)\b|\([^()]{0,40}\))*\z", RegexOptions.IgnoreCase)]
    private static partial Regex CueBeforeRegex();

    // "penicillin allergy", "a sulfa allergy", "penicillin-allergic"
    [GeneratedRegex(@"\A(?:-allergic\b|\s+allerg(?:y|ies)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CueAfterRegex();

    // "developed a carboplatin allergy": the allergy arose on the drug, which was given
    [GeneratedRegex(@"\b(?:developed|developing|experienced|became|becoming)\s+(?:an?\s+)?(?:\w+\s+)?\z", RegexOptions.IgnoreCase)]
    private static partial Regex ArisenBeforeRegex();
}
