namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A denial of spread alone ("no FDG-avid metastatic disease", "no evidence of distant disease") told before any drug or
/// radiotherapy, without a time after a treatment and without an "after" or "post", stages the tumour at diagnosis: the
/// primary tumour is still there, so the words are no outcome. After a treatment the same words say the patient is free of disease.
/// </summary>
internal static class SpreadDeniedAtStaging
{
    public static bool Is(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        var words = text.AsSpan(start, end - start);
        if (!words.Contains("metastatic", StringComparison.OrdinalIgnoreCase) && !words.Contains("distant", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        var span = text.AsSpan(sentence.Start, sentence.Length);
        return !span.Contains("after", StringComparison.OrdinalIgnoreCase) && !span.Contains("post", StringComparison.OrdinalIgnoreCase)
            && !span.Contains("later", StringComparison.OrdinalIgnoreCase) && !span.Contains("follow", StringComparison.OrdinalIgnoreCase)
            && !OutcomeFilters.FollowUpTime(text, sentence) && !OutcomeFilters.TreatedBefore(context, start);
    }
}
