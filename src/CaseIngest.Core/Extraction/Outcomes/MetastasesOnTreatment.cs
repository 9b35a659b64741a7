using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "He developed brain metastases 6 months after starting osimertinib", "bone metastases appeared while on sunitinib",
/// "liver metastases were found despite two cycles of docetaxel": metastases a sentence dates from the start of a
/// treatment the patient received, or finds during or despite it, are the disease progressing on it, even where no word
/// says "progression"; so are those a time "later" dates from the sentence that tells such a treatment ("He was started
/// on osimertinib. Ten months later, brain metastases developed"). Metastases the text denies, those a pathology report finds, and those of a sentence that already
/// holds a progression or a recurrence are not.
/// </summary>
internal static partial class MetastasesOnTreatment
{
    private static readonly OutcomePattern Pattern = new(DatedMetastases.MetastasesRegex(), ["metasta"], static _ => "progressive-disease");

    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        foreach (var (start, end) in Pattern.Matches(text))
        {
            var sentence = context.SentenceAt(start);
            var span = text.AsSpan(sentence.Start, sentence.Length);
            if (!(OnTreatmentRegex().IsMatch(span) || LaterThanTreatment(context, sentence, start)) || DatedMetastases.PathologyRegex().IsMatch(span) || covered.Overlaps(start, end)
                || !OutcomeFilters.TreatedBefore(context, start) || !OutcomeFilters.Affirmed(context, start, end)
                || found.Exists(f => f.Kind is "progressive-disease" or "recurrence" && f.Evidence.Start >= sentence.Start && f.Evidence.Start < sentence.End))
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(fact(start, end));
        }
    }

    /// <summary>
    /// "He was started on osimertinib. Ten months later, brain metastases developed": a time counted "later" from a
    /// sentence that names a treatment the patient received dates the metastases from it.
    /// </summary>
    private static bool LaterThanTreatment(ExtractionContext context, Sentence sentence, int start)
    {
        var text = context.Text;
        var time = LeadingTime.Of(text, sentence.Start, start);
        var index = context.SentenceIndexAt(sentence.Start);
        if (!time.Success || index < 1 || !LaterRegex().IsMatch(time.ValueSpan))
        {
            return false;
        }

        var previous = context.Sentences[index - 1];
        var told = text.AsSpan(previous.Start, previous.Length);
        var patient = context.PatientAt(start);
        foreach (var drug in context.Drugs)
        {
            if (drug.Status == TreatmentStatus.Given && drug.Patient == patient && drug.Evidence.Start < previous.End
                && (told.Contains(drug.Mention, StringComparison.OrdinalIgnoreCase) || told.Contains(drug.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return context.Radiotherapy.Exists(r => r.Status == TreatmentStatus.Given && r.Patient == patient && r.Evidence.Start >= previous.Start && r.Evidence.Start < previous.End);
    }

    // "Eight months later,", "Two years thereafter,"
    [GeneratedRegex(@"\b(?:later|thereafter|afterwards)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterRegex();

    // "6 months after starting", "two years after the initiation of", "while on", "while she was receiving", "despite": a time
    // counted from the start of a treatment, or the treatment going on
    [GeneratedRegex(@"\b(?:days?|weeks?|months?|years?)\s+(?:after|following|into)\s+(?:the\s+)?(?:start(?:ing)?|initiation|initiating|beginning|commencing|commencement)\b|\bwhile\s+(?:(?:he|she|the\s+patient)\s+(?:was|is)\s+)?(?:still\s+)?(?:on|receiving|taking|being\s+treated)\b|\bdespite\s+(?:the\s+|ongoing\s+|continued\s+)?(?:treatment|therapy|\d+|one|two|three|four|five|six|[a-z]+(?:mab|nib|platin|taxel|rubicin|mustine|fosfamide|citabine|trexed|limus))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnTreatmentRegex();
}
