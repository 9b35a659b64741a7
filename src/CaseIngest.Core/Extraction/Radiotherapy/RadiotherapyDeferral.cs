using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>
/// Radiotherapy that was only talked about: a course the text names without saying it was delivered (no dose, no
/// "received", "underwent", "after radiotherapy") gives way to a later statement that the same course was deferred,
/// declined or not given ("radiation oncology was consulted …; radiotherapy was deferred"). A delivered course stays.
/// </summary>
internal static partial class RadiotherapyDeferral
{
    /// <summary>Words read on either side of a course's statement for a word of delivery.</summary>
    private const int Reach = 120;

    /// <summary>Whether the words around the course's statement [start, end) in its sentence say it was delivered.</summary>
    public static bool StatesDelivery(string text, Sentence sentence, int start, int end)
    {
        var from = Math.Max(sentence.Start, start - Reach);
        var to = Math.Min(sentence.End, end + Reach);
        return to > from && DeliveryRegex().IsMatch(text.AsSpan(from, to - from));
    }

    public static List<RadiotherapyCourse> Apply(List<RadiotherapyCourse> courses)
    {
        if (!courses.Exists(c => c.Status == TreatmentStatus.NotGiven))
        {
            return courses;
        }

        return courses.FindAll(course => !(course.Status == TreatmentStatus.Given && !course.Delivered && !course.HasDose
            && courses.Exists(later => later.Status == TreatmentStatus.NotGiven && later.Patient == course.Patient && later.LastStart > course.Start
                && RadiotherapyCourseMerger.Compatible(course.Technique, later.Technique)
                && (course.Site is null || later.Site is null || string.Equals(course.Site, later.Site, StringComparison.OrdinalIgnoreCase)))));
    }

    [GeneratedRegex(@"\b(?:received|receiving|underwent|undergone|undergoing|was treated|were treated|treated with|delivered|was given|were given|was administered|were administered|completed|was performed|were performed|irradiated|fractions?|sessions?|(?:after|following|post)\s+(?:the\s+|his\s+|her\s+)?(?:radiotherapy|radiation|irradiation|RT|XRT|SBRT|SRS)\b(?!\s+(?:simulation|planning|consult)))", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryRegex();
}
