using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>
/// A course recommended or planned without a dose ("Concurrent chemoradiotherapy was recommended") that a later statement
/// of the same patient shows given ("He received 60 Gy in 30 fractions") was carried out: the plan gives way to the given
/// course, when their techniques agree and one site holds the other ("the breast", "the left breast"). A plan stated after the given course (a second course) stays.
/// </summary>
internal static class RadiotherapyExecutedPlan
{
    public static List<RadiotherapyCourse> Apply(List<RadiotherapyCourse> courses)
    {
        if (!courses.Exists(c => c.Status == TreatmentStatus.Planned && !c.HasDose) || !courses.Exists(c => c.Status == TreatmentStatus.Given))
        {
            return courses;
        }

        return courses.FindAll(plan => !(plan.Status == TreatmentStatus.Planned && !plan.HasDose && courses.Exists(given =>
            given.Status == TreatmentStatus.Given && given.Patient == plan.Patient && given.Start > plan.End
            && RadiotherapyCourseMerger.Compatible(given.Technique, plan.Technique)
            && (given.Site is null || plan.Site is null || given.Site.Contains(plan.Site, StringComparison.OrdinalIgnoreCase)
                || plan.Site.Contains(given.Site, StringComparison.OrdinalIgnoreCase)))));
    }
}
