using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// Whether a document describes no patient at all: a review, trial, cohort or laboratory study has no case, so
/// it yields no patients and no facts of patients. PubMed publication types decide first ("Case Reports" is a
/// case, "Review" or "Observational Study" is not, unless it says it reports a case); a record of another type with neither an age nor a sex of a
/// patient nor any wording of a case report ("we report", "a case of", "the patient") describes no case either.
/// Documents without publication types (plain text, Markdown) are always taken for cases.
/// </summary>
public static partial class CaseReportGate
{
    private static readonly string[] StudyTypes =
    [
        "Review", "Systematic Review", "Meta-Analysis", "Clinical Trial", "Clinical Trial, Phase I", "Clinical Trial, Phase II",
        "Clinical Trial, Phase III", "Clinical Trial, Phase IV", "Randomized Controlled Trial", "Controlled Clinical Trial",
        "Observational Study", "Multicenter Study", "Practice Guideline", "Guideline", "Editorial", "Evaluation Study",
        "Validation Study", "Clinical Study", "Comparative Study",
    ];

    public static bool DescribesNoCase(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = context.Document.Article.PublicationTypes;
        if (types.Count == 0)
        {
            return false;
        }

        foreach (var type in types)
        {
            if (type.Contains("Case Report", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var type in types)
        {
            if (Array.Exists(StudyTypes, study => string.Equals(study, type.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return !CaseReportRegex().IsMatch(context.Text);
            }
        }

        return context.Patients.Count == 0 && !CaseWordingRegex().IsMatch(context.Text);
    }

    // a review that also reports a case: "case report and review of the literature", "we present a case"
    [GeneratedRegex(@"\b(?:case reports?|case presentation|we (?:report|present|describe) (?:[a-z0-9-]+ ){0,3}(?:case|cases|patient|patients)|a case of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaseReportRegex();

    [GeneratedRegex(@"\b(?:case reports?|case presentation|we (?:report|present|describe)|a case of|(?:our|the|this|a) patient|year-old|years? old)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaseWordingRegex();
}
