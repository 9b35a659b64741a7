using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "At 29 months after the first operation, she underwent resection of liver metastases", "Three years after the
/// resection, lung metastases were found": metastases a sentence dates from the operation on the tumour are the
/// disease come back, a recurrence at that time, even where no word says "recurrence"; so are those told with such a time
/// after them ("lung metastases appeared 8 months after surgery"). Metastases the text denies,
/// those of a sentence that already holds a recurrence, those a pathology report of the operation finds, and those
/// dated days or weeks after it (the staging of the same disease) are not.
/// </summary>
internal static partial class DatedMetastases
{
    private static readonly OutcomePattern Pattern = new(MetastasesRegex(), ["metasta"], static _ => "recurrence");

    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        foreach (var (start, end) in Pattern.Matches(text))
        {
            var sentence = context.SentenceAt(start);
            var time = LeadingTime.Of(text, sentence.Start, start);
            var trailing = false;
            if (!time.Success || !(AfterOperationRegex().IsMatch(time.ValueSpan) || LaterThanOperation(context, sentence.Start, time, start)))
            {
                trailing = true;
                // "lung metastases appeared 8 months after surgery": the time told after the metastases
                time = end < sentence.End ? TrailingAfterOperationRegex().Match(text, end, Math.Min(100, sentence.End - end)) : Match.Empty;
            }

            if (!time.Success || !InMonthsOrYears(time.Groups["u"].Value)
                || PathologyRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length)) || covered.Overlaps(start, end)
                || !OutcomeFilters.Affirmed(context, start, end)
                || found.Exists(f => f.Kind == "recurrence" && f.Evidence.Start >= sentence.Start && f.Evidence.Start < sentence.End))
            {
                continue;
            }

            covered.Add((start, end));
            var recurrence = OutcomeDurations.WithDuration(context, fact(start, end), end);
            if (trailing && recurrence.Value is null && NumberWords.TryParse(time.Groups["n"].ValueSpan, out var value))
            {
                // "peritoneal metastases were found at laparoscopy 14 months after the operation": the time read with them
                recurrence = recurrence with { Value = value, Unit = OutcomeDurations.UnitOf(time.Groups["u"].Value), Qualifier = time.Groups["q"].Success ? OutcomeDurations.QualifierOf(time.Groups["q"].ValueSpan) : null };
            }

            found.Add(recurrence);
        }
    }

    /// <summary>
    /// "She underwent a left hemicolectomy. Eight months later, CT revealed liver metastases": a time counted "later" from a
    /// sentence that tells the operation, with no treatment given since, dates the metastases from the operation.
    /// </summary>
    private static bool LaterThanOperation(ExtractionContext context, int sentenceStart, Match time, int start)
    {
        if (!LaterRegex().IsMatch(time.ValueSpan) || OutcomeFilters.TreatedBefore(context, start))
        {
            return false;
        }

        var index = context.SentenceIndexAt(sentenceStart);
        if (index < 1)
        {
            return false;
        }

        var previous = context.Sentences[index - 1];
        return OperationToldRegex().IsMatch(context.Text.AsSpan(previous.Start, previous.Length));
    }

    /// <summary>"metastases", "metastasis": the word both dated-metastases readers look for.</summary>
    [GeneratedRegex(@"\bmetastas[ie]s\b", RegexOptions.IgnoreCase)]
    internal static partial Regex MetastasesRegex();

    private static bool InMonthsOrYears(string unit) =>
        unit.StartsWith('m') || unit.StartsWith('M') || unit.StartsWith('y') || unit.StartsWith('Y');

    // "the pathology report", "histological examination", "the specimen": findings of a specimen, not of a scan
    [GeneratedRegex(@"patholog|histolog|specimen|microscop|frozen section", RegexOptions.IgnoreCase)]
    internal static partial Regex PathologyRegex();

    // "after the first operation", "following the resection", "post hepatectomy": counted from the operation on the tumour
    [GeneratedRegex(@"\b(?:after|following|post|since)\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:operation|surgery|resection|excision|\w+ectomy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterOperationRegex();

    // from the metastases to a time counted from the operation told after them, in the same clause:
    //   " appeared in the lung 8 months after surgery"               -> dated
    //   " were detected two years after the right hemicolectomy"     -> dated
    //   " to the liver was detected 2 years postoperatively"         -> dated
    //   " were found 10 days after the operation"                    -> a time in days (left out by the step)
    //   " at diagnosis; 3 years after surgery"                       -> not dated (another clause)
    //   " appeared 8 months after starting capecitabine"             -> not dated (a treatment, not an operation)
    [GeneratedRegex(@"\G[^;:.()]{0,60}?\b(?:(?<q>approximately|about|around|nearly|almost|over|more than|~|>)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")[\s-]*(?<u>days?|weeks?|months?|years?)\s+(?:(?:after|following|post)\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:operation|surgery|resection|excision|\w+ectomy)\b|post-?operatively\b|after\s+(?:the\s+)?operation\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAfterOperationRegex();

    // "Eight months later,", "Two years thereafter,"
    [GeneratedRegex(@"\b(?:later|thereafter|afterwards)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterRegex();

    // "underwent a left hemicolectomy", "a radical nephrectomy was performed", "was treated with surgical resection"
    [GeneratedRegex(@"\b(?:underwent|undergone|performed|treated\s+with|had)\b.*?\b(?:operation|surgery|resection|excision|\w+ectomy)\b|\b(?:operation|surgery|resection|excision|\w+ectomy)\s+(?:was|were)\s+performed\b", RegexOptions.IgnoreCase)]
    private static partial Regex OperationToldRegex();
}
