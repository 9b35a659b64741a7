using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A follow-up scan with nothing to report ("doing well 18 months after surgery, with an unremarkable CT scan", "two years
/// after the resection his surveillance MRI is normal"): told with the time since the treatment, in the case of a tumour, it
/// says the patient is free of disease. Without a follow-up time ("on admission a CT scan was unremarkable") the same words
/// describe a test of the work-up; in a case without a tumour they say nothing of a disease course.
/// </summary>
internal static partial class QuietFollowUpScan
{
    private static readonly string[] Anchors = ["unremarkable", "normal", "clear"];

    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<int, int, OutcomeFact> fact)
    {
        // only a case whose diagnoses name a tumour has a disease a quiet scan can be free of
        if (!context.Diagnoses.Exists(d => d.Oncotree is not null || TumourNameRegex().IsMatch(d.Name)))
        {
            return;
        }

        var text = context.Text;
        foreach (var (start, end) in AnchoredSearch.Matches(text, QuietScanRegex(), StringComparison.OrdinalIgnoreCase, Anchors))
        {
            // "unremarkable" is itself a negation cue, so a denial is the verdict; a hedge or a plan is not one
            if (covered.Overlaps(start, end) || !OutcomeFilters.InCase(context, start, end)
                || context.AssertionOf(start, end) is not (Assertion.Affirmed or Assertion.Negated))
            {
                continue;
            }

            var sentence = context.SentenceAt(start);
            if (!FollowUpRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(OutcomeDurations.WithDuration(context, fact(start, end), end));
        }
    }

    // "an unremarkable CT scan", "a normal surveillance MRI", "surveillance CT is unremarkable", "restaging PET-CT remains
    // clear", "a repeat MRI was normal": a scan, then its verdict, or the verdict before the scan
    [GeneratedRegex(@"\b(?:unremarkable|normal|clear)\s+(?:(?:follow-up|surveillance|restaging|repeat|control)\s+)?(?:CT|PET(?:[/-]CT)?|MRI|scans?|imaging)\b|\b(?:CT|PET(?:[/-]CT)?|MRI|scans?|imaging)\s+(?:(?:was|were|is|are|remained|remains)\s+)(?:\w+ly\s+)?(?:unremarkable|normal|clear)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex QuietScanRegex();

    // "14 months after the initial surgical procedure", "two years after the resection", "at follow-up", "surveillance", "3
    // years post-surgery", "later": the sentence tells a time after the treatment
    [GeneratedRegex(@"\bfollow(?:ed)?[\s-]*up\b|\bsurveillance\b|\brestaging\b|\b(?:\d{1,3}|" + NumberWords.WordPattern + @")[\s-]+(?:weeks?|months?|years?)\s+(?:later|after|post|following)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpRegex();

    // "adenocarcinoma of the caecum", "chondrosarcoma", "neuroendocrine tumor", "malignant melanoma": a tumour's name
    [GeneratedRegex(@"carcino|sarcoma|tumou?r|cancer|lymphoma|leuka?emia|melanoma|myeloma|blastoma|glioma|malignan|neoplasm", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TumourNameRegex();
}
