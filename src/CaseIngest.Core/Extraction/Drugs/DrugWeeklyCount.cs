using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A weekly drug given for a stated number of weeks ("weekly paclitaxel for 12 weeks") had that many doses, which the
/// record counts as cycles; a drug with another schedule given for some weeks has a duration, not a count.
/// </summary>
internal static partial class DrugWeeklyCount
{
    private static readonly Frequency Weekly = new(1, "week");

    /// <summary>The count of weekly doses that <paramref name="own"/> (the words right after the drug) states, or null.</summary>
    public static int? Of(Frequency? frequency, ReadOnlySpan<char> own) =>
        frequency == Weekly && ForWeeksRegex().Match(own.ToString()) is { Success: true } m ? DrugAttributeParser.ParseCount(m.Groups["n"].Value) : null;

    /// <summary>"for 12 weeks", "(80 mg/m2) for twelve consecutive weeks": the stretch of weeks the drug was given over.</summary>
    [GeneratedRegex(@"^[^.;]{0,60}?\bfor\s+(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty-four)\s+(?:consecutive\s+)?weeks\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForWeeksRegex();
}
