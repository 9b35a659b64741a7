using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A proliferation index stated before the marker it was measured with: "the proliferation index was less than 2% as
/// measured by immunohistochemistry for Ki-67", "a labelling index of 30% (Ki-67)", "a proliferative index of 25%,
/// measured with MIB-1". The figure is the marker's value; between figure and marker stand only a few words of method.
/// </summary>
internal static partial class MarkerIndexBefore
{
    /// <summary>The furthest the index may stand before its marker.</summary>
    private const int Window = 140;

    /// <summary>
    /// Puts the percentage stated before the marker mentioned at <paramref name="start"/> into <paramref name="reading"/>
    /// (an upper bound as a range, like "&lt;5%" after the marker) and returns where it starts; null when none.
    /// </summary>
    public static int? Read(string text, int from, int start, MarkerReading reading) =>
        MarkerPercentBefore.Read(IndexThenMarker(), Window, text, from, start, reading);

    /// <summary>
    /// "proliferation index was less than 2% as measured by immunohistochemistry for ", "labelling index of 30% (",
    /// "proliferative index of 25%, measured with ", "labelling index of 8 percent ("; the text must end right before the marker.
    /// </summary>
    [GeneratedRegex(@"\b(?:proliferati(?:on|ve)|label(?:l)?ing)\s+index\s+(?:was\s+|of\s+|is\s+|at\s+)?(?:(?:approximately|about|around)\s+)?(?<lt>(?:less\s+than|lower\s+than|below|under|<)\s*)?(?<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent)\s*(?:\(\s*|,?\s*(?:as\s+)?(?:measured|assessed|determined|evaluated|shown)\s+(?:by|with|using)\s+(?:[\w-]+\s+){0,3}?(?:(?:for|with|against|of)\s+)?(?:the\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndexThenMarker();
}
