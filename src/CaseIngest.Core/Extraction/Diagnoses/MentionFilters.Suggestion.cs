using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is a diagnosis the findings only suggested.</summary>
internal static partial class MentionFilters
{
    /// <summary>
    /// Whether the mention is a diagnosis the findings only suggested ("the findings suggested the diagnosis of a
    /// sarcomatoid carcinoma"), not one the rest of the sentence confirms ("… which the biopsy confirmed").
    /// </summary>
    public static bool OnlySuggested(string text, Sentence sentence, int start, int end)
    {
        if (!AfterCue(text, sentence, start, SuggestionCues))
        {
            return false;
        }

        var to = Math.Min(sentence.End, end + ListReach);
        return to <= end || !Confirmation.ContainsAny(text.AsSpan(end, to - end));
    }

    private static readonly CueSet SuggestionCues = new(
    [
        "suggested the diagnosis of", "suggested the diagnoses of", "suggested a diagnosis of", "suggesting the diagnosis of",
        "suggesting a diagnosis of", "suggests the diagnosis of", "suggests a diagnosis of", "suggestive of the diagnosis of",
    ]);

    private static readonly CueSet Confirmation = new("confirm");
}
