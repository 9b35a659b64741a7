using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A percentage stated before the marker it belongs to, found by a pattern that must end right before the mention and
/// names the figure <c>n</c> and, for an upper bound ("less than 2%"), <c>lt</c>: the reading shared by a share of cells
/// (<see cref="MarkerShareBefore"/>) and a proliferation index (<see cref="MarkerIndexBefore"/>).
/// </summary>
internal static class MarkerPercentBefore
{
    /// <summary>
    /// Puts the percentage that <paramref name="pattern"/> finds within <paramref name="window"/> characters before the
    /// marker mentioned at <paramref name="start"/> (not before <paramref name="from"/>) into <paramref name="reading"/>,
    /// an upper bound as a range, and returns where it starts; null when none.
    /// </summary>
    public static int? Read(Regex pattern, int window, string text, int from, int start, MarkerReading reading)
    {
        from = Math.Max(from, start - window);
        if (from >= start)
        {
            return null;
        }

        var match = pattern.Match(text, from, start - from);
        if (!match.Success || !(double.TryParse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || NumberWords.TryParse(match.Groups["n"].ValueSpan, out value)))
        {
            return null;
        }

        reading.SetPercentage(value, match.Groups["lt"].Success);
        return match.Index;
    }
}
