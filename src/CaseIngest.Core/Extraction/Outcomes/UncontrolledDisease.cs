using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "The disease was not controlled", "her metastatic disease could no longer be controlled", "uncontrolled disease",
/// "the regimen failed to control the tumour", "loss of disease control": a disease that treatment did not hold back is
/// progressing, once the patient has received a treatment. The "not" is the outcome, as the "no" of "no evidence of
/// disease" is; the subject must be the disease or the tumour itself ("the disease", "his cancer"), so a named condition
/// ("his Crohn disease was not controlled"), pain or blood pressure are not.
/// </summary>
internal static partial class UncontrolledDisease
{
    private static readonly OutcomePattern Pattern = new(UncontrolledRegex(), ["control"], static _ => "progressive-disease");

    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        foreach (var (start, end) in Pattern.Matches(text))
        {
            // the match's own "not" is the outcome: the words before it are judged
            var subjectEnd = SubjectEnd(text, start, end);
            if (covered.Overlaps(start, end) || !OutcomeFilters.InCase(context, start, end)
                || context.AssertionOf(start, subjectEnd) != Assertion.Affirmed || !OutcomeFilters.TreatedBefore(context, start))
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(fact(start, end));
        }
    }

    // "the disease was not controlled": the end of "the disease"; a match without a verb is judged whole
    private static int SubjectEnd(string text, int start, int end)
    {
        var match = SubjectRegex().Match(text, start, end - start);
        return match.Success ? match.Index + match.Length : end;
    }

    // "the disease", "her metastatic disease", "the tumours" before the verb
    [GeneratedRegex(@"\G(?:the|his|her|their|this|its)\s+(?:[a-z-]+\s+)?(?:disease|tumou?rs?|cancer|malignancy|metastases|lesions)(?=\s+(?:was|were|had|has|could|remained))", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectRegex();

    [GeneratedRegex(
        @"\b(?:the|his|her|their|this|its)\s+(?:(?:metastatic|residual|systemic|local|locoregional|intracranial|peritoneal|hepatic|nodal|pelvic|primary)\s+)?(?:disease|tumou?rs?|cancer|malignancy|metastases|lesions)"
        + @"\s+(?:was|were|had|has|could|remained)\s+(?:(?:still|then|also)\s+)?(?:not|no\s+longer|never)\s+(?:been\s+|be\s+)?(?:(?:adequately|fully|well|sufficiently)\s+)?(?:controlled|under\s+control)\b"
        + @"|\buncontrolled\s+(?:(?:metastatic|local|locoregional|systemic|intracranial)\s+)?(?:disease|cancer|malignancy|tumou?r\s+growth)\b"
        + @"|\bfailed\s+to\s+control\s+(?:the|his|her)\s+(?:(?:metastatic|local|systemic)\s+)?(?:disease|tumou?rs?|cancer)\b"
        + @"|\bloss\s+of\s+(?:disease|tumou?r)\s+control\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex UncontrolledRegex();
}
