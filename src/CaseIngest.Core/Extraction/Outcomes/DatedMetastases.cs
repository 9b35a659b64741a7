using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "At 29 months after the first operation, she underwent resection of liver metastases", "Three years after the
/// resection, lung metastases were found": metastases a sentence dates from the operation on the tumour are the
/// disease come back, a recurrence at that time, even where no word says "recurrence". Metastases the text denies,
/// or those of a sentence that already holds a recurrence, are not counted again.
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
            if (!time.Success || !AfterOperationRegex().IsMatch(time.ValueSpan) || covered.Overlaps(start, end)
                || !OutcomeFilters.Affirmed(context, start, end)
                || found.Exists(f => f.Kind == "recurrence" && f.Evidence.Start >= sentence.Start && f.Evidence.Start < sentence.End))
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(OutcomeDurations.WithDuration(context, fact(start, end), end));
        }
    }

    [GeneratedRegex(@"\bmetastas[ie]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex MetastasesRegex();

    // "after the first operation", "following the resection", "post hepatectomy": counted from the operation on the tumour
    [GeneratedRegex(@"\b(?:after|following|post|since)\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:operation|surgery|resection|excision|\w+ectomy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterOperationRegex();
}
