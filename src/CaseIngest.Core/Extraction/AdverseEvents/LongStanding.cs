using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// An event its clause dates long before any treatment is the patient's history, not an adverse event: "a tremor
/// present since childhood", "her psoriasis, present since adolescence", "chronic back pain for ten years", "a headache
/// he had had for many years". A span of days, weeks or months ("diarrhoea for two weeks") dates nothing before the
/// treatment and is left alone. One its clause says was present before the treatment began ("ascites and jaundice,
/// present at diagnosis, did not worsen", "her fatigue, already present before treatment", "the dyspnoea, present since
/// diagnosis") is the disease's as well.
/// </summary>
internal static partial class LongStanding
{
    private const int Reach = 60;

    /// <summary>Whether the words after the event, up to a clause stop within <see cref="Reach"/> characters, date it years back.</summary>
    public static bool After(string text, Sentence sentence, int end)
    {
        var to = Math.Min(sentence.End, end + Reach);
        var after = text.AsSpan(end, Math.Max(0, to - end));
        var stop = after.IndexOfAny(';', ':', '(');
        after = stop >= 0 ? after[..stop] : after;
        return (after.Contains("since", StringComparison.OrdinalIgnoreCase) || after.Contains("year", StringComparison.OrdinalIgnoreCase)
                || after.Contains("decade", StringComparison.OrdinalIgnoreCase) || after.Contains("present", StringComparison.OrdinalIgnoreCase))
            && YearsBackRegex().IsMatch(after);
    }

    // | matches                                   | does not match                       |
    // |-------------------------------------------|--------------------------------------|
    // | present since childhood                   | since starting nivolumab             |
    // | since birth, since early adolescence      | for two weeks, for three months      |
    // | for ten years, for the past 15 years      | two years after the diagnosis        |
    // | that he had had for many years            | since the second cycle               |
    // | for over a decade, for decades            |                                      |
    // | present at diagnosis, present at baseline | present at the second visit          |
    // | already present before treatment          | present after the first cycle        |
    // | present since (the initial) diagnosis     | present since the second cycle       |
    [GeneratedRegex(@"\b(?:since\s+(?:(?:his|her|their|early|late|a)\s+)?(?:birth|childhood|infancy|adolescence|youth|puberty|teens|twenties|child|young\s+adulthood)|for\s+(?:the\s+(?:past|last)\s+)?(?:(?:more\s+than|over|about|nearly|almost|at\s+least|some|a\s+few|many|several)\s+)?(?:\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)\s+)?(?:years|decades)|for\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+)?a\s+decade|(?:already\s+)?present\s+(?:at|before|prior\s+to|since)\s+(?:the\s+)?(?:(?:time\s+of|initial|first)\s+)?(?:diagnosis|presentation|admission|baseline|treatment|therapy|the\s+start\s+of\s+(?:treatment|therapy)))\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex YearsBackRegex();
}
