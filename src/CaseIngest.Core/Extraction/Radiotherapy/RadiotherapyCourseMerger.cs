namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>Folds the statements of one course of radiotherapy together, once per document.</summary>
internal static class RadiotherapyCourseMerger
{
    /// <summary>Folds statements of the same course together; statements without a dose that refer back disappear into the course they refer to.</summary>
    public static List<RadiotherapyCourse> Merge(List<RadiotherapyCourse> courses)
    {
        var kept = new List<RadiotherapyCourse>();
        foreach (var course in courses.Where(c => c.HasDose).Concat(courses.Where(c => !c.HasDose)))
        {
            var target = kept.Find(k => k.Patient == course.Patient && k.Status == course.Status
                && Compatible(k.Technique, course.Technique) && (k.Site is null || course.Site is null || string.Equals(k.Site, course.Site, StringComparison.OrdinalIgnoreCase))
                && (!course.HasDose || (k.TotalDoseGy == course.TotalDoseGy && k.Fractions == course.Fractions && k.DosePerFractionGy == course.DosePerFractionGy)));
            if (target is null)
            {
                kept.Add(course);
                continue;
            }

            if (course.Technique is not null && (target.Technique is null || (RadiotherapyStep.GenericTechniques.Contains(target.Technique) && !RadiotherapyStep.GenericTechniques.Contains(course.Technique))))
            {
                target.Technique = course.Technique;
            }

            target.Site ??= course.Site;
            target.Delivered |= course.Delivered;
            target.LastStart = Math.Max(target.LastStart, course.LastStart);
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    public static bool Compatible(string? a, string? b) =>
        a is null || b is null || a == b || RadiotherapyStep.GenericTechniques.Contains(a) || RadiotherapyStep.GenericTechniques.Contains(b);
}
