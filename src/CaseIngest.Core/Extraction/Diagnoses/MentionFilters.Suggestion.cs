using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is a diagnosis the findings only suggested or a reading later set right.</summary>
internal static partial class MentionFilters
{
    /// <summary>
    /// Whether the mention is a diagnosis the findings only suggested ("the findings suggested the diagnosis of a
    /// sarcomatoid carcinoma", "MRI suggested a meningioma"), a mistaken reading ("was mistaken for a hepatocellular
    /// carcinoma") or one a later reading set right ("a sarcoma, which turned out to be a schwannoma"), not one the rest
    /// of the sentence confirms ("… which the biopsy confirmed"). A preoperative diagnosis stays one: the report names it
    /// as its diagnosis until the tissue names another.
    /// </summary>
    public static bool OnlySuggested(string text, Sentence sentence, int start, int end)
    {
        if (!AfterCue(text, sentence, start, SuggestionCues) && !Provisional(text, sentence, start, end))
        {
            return false;
        }

        var to = Math.Min(sentence.End, end + ListReach);
        return to <= end || !Confirmation.ContainsAny(text.AsSpan(end, to - end));
    }

    // a provisional reading: a mistaken diagnosis, an image or a tissue reading that suggested the disease, or a reading
    // a later one set right; one the sentence confirms before it ("CT confirmed the mass that the ultrasound suggested …") stands
    private static bool Provisional(string text, Sentence sentence, int start, int end)
    {
        var before = text.AsSpan(sentence.Start, start - sentence.Start);
        if (Confirmation.ContainsAny(before))
        {
            return false;
        }

        if (AfterCue(text, sentence, start, ProvisionalCues))
        {
            return true;
        }

        if (before.Contains("suggest", StringComparison.OrdinalIgnoreCase) && ImageSuggestedRegex().IsMatch(before))
        {
            return true;
        }

        var to = Math.Min(sentence.End, end + 60);
        return to > end && text.AsSpan(end, to - end).Contains(" to be ", StringComparison.OrdinalIgnoreCase)
            && SetRightAfterRegex().IsMatch(text.AsSpan(end, to - end));
    }

    private static readonly CueSet SuggestionCues = new(
    [
        "suggested the diagnosis of", "suggested the diagnoses of", "suggested a diagnosis of", "suggesting the diagnosis of",
        "suggesting a diagnosis of", "suggests the diagnosis of", "suggests a diagnosis of", "suggestive of the diagnosis of",
    ]);

    private static readonly CueSet ProvisionalCues = new(
    [
        "mistaken for", "misinterpreted as", "mistakenly diagnosed as",
    ]);

    private static readonly CueSet Confirmation = new("confirm");

    // "CT suggested a ", "magnetic resonance imaging suggested ", "the ultrasound findings suggested acute ", "a mass on
    // MRI suggesting a ", "postoperative pathology suggested the mixed ", "the frozen section suggested a ": an image or a
    // tissue reading, its verb of suggesting and at most four words up to the mention; a change it suggested in a disease
    // named after "of" or "to" ("suggesting a response of the liver metastases") leaves the disease standing
    [GeneratedRegex(@"\b(?:patholog(?:y|ic(?:al)?)|biops(?:y|ies)|histolog(?:y|ic(?:al)?)|cytolog(?:y|ic(?:al)?)|frozen\s+sections?|CT|MRI|imaging|ultraso(?:und|nography)|sonograph(?:y|ic)|scans?|PET(?:[/-]CT)?|radiographs?|radiography|X-rays?|mammogra(?:ms?|phy)|radiologic(?:al)?|endoscop(?:y|ic)|EUS|echocardiogra(?:ms?|phy)|angiogra(?:ms?|phy)|tomography|resonance)\b[^.;:]{0,80}?\bsuggest(?:ed|ing|s)\s+(?:an?\s+|the\s+)?(?:(?!(?:of|to|in|with|for|from|that)\b)[A-Za-z-]+,?\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSuggestedRegex();

    // ", which turned out to be a ", " that later proved to be an ", ", which was eventually shown to be ": the reading a
    // later one replaced; a feature the later reading adds ("which proved to be high risk") keeps it
    [GeneratedRegex(@"^(?:\s*\([^)]{1,20}\))?,?\s+(?:which|that)\s+(?:(?:later|eventually|finally|subsequently)\s+)?(?:turned\s+out|proved|was\s+(?:(?:later|eventually|finally|subsequently)\s+)?(?:found|shown|proven|proved))\s+to\s+be\s+(?:an?\s+)?(?!(?:high|low|intermediate|benign|malignant|metastatic|positive|negative|resectable|unresectable|invasive|aggressive|large|small|multiple|solitary|the\s+(?:cause|source|primary|same))\b)[A-Za-z]", RegexOptions.IgnoreCase)]
    private static partial Regex SetRightAfterRegex();
}
