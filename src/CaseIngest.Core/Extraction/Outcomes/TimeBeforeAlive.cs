using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A time from an event that opens the sentence, then the patient said to be alive: "At the last visit, 26 months after
/// diagnosis, she was alive", "Three years after the operation, he is alive and well". The time is the survival so far,
/// as in "alive 26 months after diagnosis" (<see cref="OutcomePatterns.Alive"/>). An age, a time with no event it counts
/// from or a time of follow-up ("At a 1-year follow-up, the patient is alive and under treatment"), or another subject ("his wife reported that he was no longer alive") is none; alive free of disease, the time
/// is that of the disease-free state.
/// </summary>
internal static partial class TimeBeforeAlive
{
    public static void Add(ExtractionContext context, List<OutcomeFact> found, CoveredSpans covered, Func<int, int, OutcomeFact> fact)
    {
        var text = context.Text;
        for (var at = text.IndexOf("alive", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("alive", at + 5, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + 5;
            var sentence = context.SentenceAt(at);
            if (covered.Overlaps(at, end) || at - sentence.Start > 160 || LeadingTime.Of(text, sentence.Start, at) is not { Success: true } time
                || time.ValueSpan.Contains("follow", StringComparison.OrdinalIgnoreCase)
                || !SubjectRegex().IsMatch(text.AsSpan(time.Index + time.Length, at - time.Index - time.Length))
                || !NumberWords.TryParse(time.Groups["n"].ValueSpan, out var value)
                || !OutcomeFilters.InCase(context, at, end) || context.AssertionOf(at, end) != Assertion.Affirmed
                || found.Exists(f => f.Kind == "no-evidence-of-disease" && sentence.Contains(f.Evidence.Start)))
            {
                continue;
            }

            covered.Add((at, end));
            found.Add(fact(at, end) with
            {
                Value = value,
                Unit = OutcomeDurations.UnitOf(time.Groups["u"].Value),
                Qualifier = time.Groups["q"].Success ? OutcomeDurations.QualifierOf(time.Groups["q"].ValueSpan) : null,
            });
        }
    }

    // from the end of the leading time to "alive":
    //   "she was "                -> the patient
    //   "the patient remains "    -> the patient
    //   "he is still "            -> the patient
    //   "his wife reported that he was no longer " -> not this
    [GeneratedRegex(@"^\s*(?:the\s+patient|our\s+patient|she|he)\s+(?:was|is|remains|remained|has\s+remained|had\s+remained)\s+(?:still\s+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectRegex();
}
