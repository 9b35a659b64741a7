using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// The words right after a drug's mention that tell the drug held, withheld, paused, interrupted or suspended ("was
/// withheld", "were temporarily held", "(240 mg) had been interrupted", "was put on hold"). Read for the drug's course
/// (<see cref="DrugHeldCourse"/>) and for the events a held drug stays tied to.
/// </summary>
internal static partial class DrugHeldWording
{
    /// <summary>How far after the mention the hold is looked for.</summary>
    public const int Reach = 60;

    /// <summary>Whether the words after a drug's mention ending at <paramref name="end"/> tell it held or paused.</summary>
    public static bool After(string text, int end) =>
        end < text.Length && HeldAfterRegex().IsMatch(text.AsSpan(end, Math.Min(text.Length, end + Reach) - end));

    // right after a drug's mention, the drug held or paused:
    //   " was held"                             -> held
    //   " was temporarily withheld"             -> held
    //   " were interrupted"                     -> held
    //   " (240 mg) had been interrupted"        -> held
    //   ", was put on hold"                     -> held
    //   " is on hold"                           -> held
    //   " was not held", " was never paused"    -> not held (denied)
    //   " was started", " dosing was reduced"   -> not held
    [GeneratedRegex(@"\A\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:was|were|had\s+been|has\s+been|is|are)\s+(?:(?!not\b|never\b)\w+\s+)?(?:held|withheld|paused|interrupted|suspended|put\s+on\s+hold|placed\s+on\s+hold|on\s+hold)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldAfterRegex();
}
