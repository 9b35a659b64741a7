using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>
/// A course put forward in one sentence and turned down in the next: "She was advised to undergo adjuvant radiotherapy.
/// However, she declined it." A course the text does not tell as delivered (no dose, no "received") is not given when
/// the next sentence opens with the patient declining it, or declining treatment in general; "He refused a second
/// operation" names another treatment and leaves the course as it was.
/// </summary>
internal static partial class RadiotherapyRefusal
{
    public static void Apply(ExtractionContext context, List<RadiotherapyCourse> courses)
    {
        foreach (var course in courses)
        {
            if (course.Status == TreatmentStatus.NotGiven || course.Delivered || course.HasDose)
            {
                continue;
            }

            var index = context.SentenceIndexAt(course.Start);
            if (index < 0 || index + 1 >= context.Sentences.Count)
            {
                continue;
            }

            var next = context.Sentences[index + 1];
            if (context.PatientAt(next.Start) == course.Patient
                && RefusalRegex().IsMatch(context.Text.AsSpan(next.Start, Math.Min(next.End - next.Start, 160))))
            {
                course.Status = TreatmentStatus.NotGiven;
            }
        }
    }

    // the opening of the next sentence: who declines ("she", "the patient", "the family"), the verb, and what: nothing,
    // the course as a pronoun, or treatment in general, up to the end of the clause
    [GeneratedRegex(
        @"^\W*(?:however|but|unfortunately|ultimately|eventually|nevertheless)?[\s,]*(?:the\s+patient|she|he|they|the\s+family|the\s+patient's\s+family)"
        + @"\s+(?:(?:then|subsequently|ultimately|eventually|firmly|also|however|again|repeatedly)\s+)?"
        + @"(?:declined|refused|rejected|did\s+not\s+(?:accept|agree\s+to|consent\s+to|wish\s+to\s+undergo|want))"
        + @"(?:\s+(?:it|this|these|them|both|that|all|the\s+(?:treatment|therapy|recommendation|proposal|offer|procedure)s?|(?:any\s+)?(?:further|adjuvant|additional|postoperative|post-operative|such)\s+(?:treatment|therapy)|(?:any\s+)?treatment))?"
        + @"(?:\s*[,.;]|\s*$|\s+(?:and|as|because|owing|due|in\s+favou?r|preferring|opting|choosing|for\s+personal))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefusalRegex();
}
