using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Model;
using CaseIngest.TextAnalytics.Reading;

namespace CaseIngest.TextAnalytics.Mapping;

/// <summary>
/// A symptom or sign is an adverse event only when its sentence names a medication that was given and ties the two:
/// a grade related to the finding ("grade 2 pneumonitis"), or words of attribution between them ("pembrolizumab-induced
/// colitis", "rash after two doses of cetuximab", "hepatitis attributed to nivolumab"). A finding of the past is history.
/// </summary>
internal static partial class AdverseEvents
{
    public static AdverseEventFact? Read(ExtractionContext context, HealthcareReading reading, int index, RelationIndex relations)
    {
        var finding = reading.Entities[index];
        if (Assertions.IsPast(finding.Entity.Assertion))
        {
            return null;
        }

        var sentence = context.SentenceAt(finding.Start);
        var medication = Nearest(reading, finding, sentence.Start, sentence.End);
        if (medication is null)
        {
            return null;
        }

        var scale = relations.Related(index, "ScaleOfCondition", "ConditionScale");
        int? grade = scale is not null && GradeRegex().Match(scale.Entity.Text) is { Success: true } g ? g.Groups["n"].Value[0] - '0' : null;
        var (from, to) = medication.End <= finding.Start ? (medication.End, finding.Start) : (finding.End, medication.Start);
        var between = context.Text.AsSpan(from, Math.Max(0, to - from));
        if (grade is null && !AttributionRegex().IsMatch(between))
        {
            return null;
        }

        return new AdverseEventFact
        {
            Patient = context.PatientAt(finding.Start),
            Term = finding.Entity.Text.ToLowerInvariant(),
            Grade = grade,
            Therapy = [FactMapper.DrugName(medication)],
            Source = FactSource.TextAnalytics,
            Links = VocabularyLinks.Of(finding.Entity),
            Evidence = context.Evidence(finding.Start, finding.End),
        };
    }

    /// <summary>The given medication of the sentence nearest before the finding, else nearest after it.</summary>
    private static PlacedEntity? Nearest(HealthcareReading reading, PlacedEntity finding, int start, int end)
    {
        PlacedEntity? before = null, after = null;
        foreach (var entity in reading.Entities)
        {
            if (entity.Category != "MedicationName" || entity.Start < start || entity.End > end || Assertions.Of(entity.Entity.Assertion) != AssertionVerdict.Affirmed)
            {
                continue;
            }

            if (entity.End <= finding.Start)
            {
                before = entity;
            }
            else if (entity.Start >= finding.End)
            {
                after ??= entity;
            }
        }

        return before ?? after;
    }

    [GeneratedRegex(@"\bgrade\s*(?<n>[1-5])\b", RegexOptions.IgnoreCase)]
    private static partial Regex GradeRegex();

    [GeneratedRegex(@"-?(?:induced|related|associated)\b|\b(?:due to|secondary to|caused by|attributed to|attributable to|after|following|toxicity|side effects?|adverse)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionRegex();
}
