using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>
/// A dose told in the sentence after the course it belongs to: "Stereotactic radiotherapy to the adrenal metastasis is
/// planned. The intended dose is 40 Gy in 5 fractions." A sentence that gives only a dose, without naming radiotherapy
/// or saying it was delivered, takes the status of a course without a dose named in the sentence right before it
/// (planned or not given), so the two statements are one course: "The proposed dose was 30 Gy" after a course the patient
/// declined was not given either. "She received 45 Gy" after a planned course stays given.
/// </summary>
internal static partial class RadiotherapyStatusCarry
{
    public static void Apply(ExtractionContext context, List<RadiotherapyCourse> courses)
    {
        for (var i = 1; i < courses.Count; i++)
        {
            var course = courses[i];
            if (course.Named || !course.HasDose || course.Status == TreatmentStatus.NotGiven)
            {
                continue;
            }

            var index = context.SentenceIndexAt(course.Start);
            if (index <= 0)
            {
                continue;
            }

            var previous = courses[i - 1];
            if (previous.HasDose || previous.Status == TreatmentStatus.Given || previous.Status == course.Status || previous.Patient != course.Patient
                || context.SentenceIndexAt(previous.Start) != index - 1)
            {
                continue;
            }

            var sentence = context.Sentences[index];
            if (!Delivery().IsMatch(context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
            {
                course.Status = previous.Status;
            }
        }
    }

    /// <summary>
    /// Words that say a dose was delivered.
    /// | text | match |
    /// |---|---|
    /// | She received 45 Gy in 25 fractions. | yes |
    /// | 50 Gy in 25 fractions had been delivered. | yes |
    /// | He completed 60 Gy. | yes |
    /// | The intended dose is 40 Gy in 5 fractions. | no |
    /// | A dose of 66 Gy in 33 fractions has been prescribed. | no |
    /// </summary>
    [GeneratedRegex(@"\b(?:received|receiving|underwent|undergone|delivered|administered|completed|completing|irradiated|was\s+given|were\s+given|was\s+treated|were\s+treated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Delivery();
}
