using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

public static partial class DrugAttributeParser
{
    // The words without which a pattern cannot match: each pattern asked whether a segment states anything runs only
    // where one of its words occurs (ignoring case). "k" is left out of the cue words ("wee" for "weekly"), since a
    // pattern that ignores case also reads the Kelvin sign as that letter.

    /// <summary>"every 3 weeks", "at intervals of 2 weeks", "once in 3 weeks", "per 6 hours", "at 3-week intervals".</summary>
    private static readonly CueSet EveryCues = new("every", "interval", "once", "per");

    /// <summary>"21-day cycles", "3-week intervals", "2 weeks per schedule", "in cycles of 28 days".</summary>
    private static readonly CueSet CycleLengthCues = new("cycle", "interval", "schedule");

    /// <summary>"2-weekly", "four hourly", "three-monthly".</summary>
    private static readonly CueSet CountWeeklyCues = new("wee", "hourly", "monthly");

    /// <summary>"q3w", "q 12 h", "Q.2.weeks".</summary>
    private static readonly CueSet QCues = new("q");

    /// <summary>"3 times daily", "twice weekly", "3x/day".</summary>
    private static readonly CueSet TimesPerCues = new("dai", "day", "wee");

    /// <summary>"1000 mg/3 weeks", "75 mg/m2/3w": a slash after the dose.</summary>
    private static readonly CueSet PerIntervalCues = new("/");

    /// <summary>"weeks 1, 8 and 15", "days 1 and 8".</summary>
    private static readonly CueSet ListedWeeksCues = new("wee", "day");

    /// <summary>"hepatic arterial infusion", "infused", "drip", "bolus", "tablets", "cream", "suppository", "patch", "inhaler".</summary>
    private static readonly CueSet FormRouteCues = new(
        "infus", "drip", "bolus", "tablet", "capsule", "ointment", "cream", "gel", "lotion", "suppositor", "patch", "inhaler");

    /// <summary>"intrathecal injection of", "oral", "subcutaneous": a route adjective that leads into the next drug.</summary>
    private static readonly CueSet RouteLeadCues = new(
        "intra", "oral", "subcutaneous", "topical", "inhaled", "nebuli", "transdermal", "sublingual");

    /// <summary>The patterns read only where one of their cue words occurs, with those words.</summary>
    internal static IReadOnlyList<(string Name, Regex Pattern, CueSet Cues)> GatedPatterns { get; } =
    [
        (nameof(EveryRegex), EveryRegex(), EveryCues),
        (nameof(CycleLengthRegex), CycleLengthRegex(), CycleLengthCues),
        (nameof(CountWeeklyRegex), CountWeeklyRegex(), CountWeeklyCues),
        (nameof(QRegex), QRegex(), QCues),
        (nameof(TimesPerRegex), TimesPerRegex(), TimesPerCues),
        (nameof(PerIntervalRegex), PerIntervalRegex(), PerIntervalCues),
        (nameof(ListedWeeksRegex), ListedWeeksRegex(), ListedWeeksCues),
        (nameof(FormRouteRegex), FormRouteRegex(), FormRouteCues),
        (nameof(RouteLeadRegex), RouteLeadRegex(), RouteLeadCues),
    ];

    /// <summary>Whether <paramref name="pattern"/> matches in <paramref name="segment"/>, asked only where one of its cue words occurs.</summary>
    private static bool Matches(ReadOnlySpan<char> segment, CueSet cues, Regex pattern) =>
        cues.ContainsAny(segment) && pattern.IsMatch(segment);
}
