using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A share of cells stated before the stain it counts: "approximately 70% of the tumour cells showed strong PD-L1
/// staining", "around 15% of tumour nuclei were positive for Ki-67", "less than 1% of tumour cells expressed PD-L1".
/// The percentage, in figures or words ("about sixty percent of the tumour cells"), is the marker's value; between the
/// cells and the marker stand only a verb and words of staining.
/// </summary>
internal static partial class MarkerShareBefore
{
    /// <summary>The furthest the share may stand before its marker.</summary>
    private const int Window = 120;

    /// <summary>
    /// Puts the share stated before the marker mentioned at <paramref name="start"/> into <paramref name="reading"/>
    /// (an upper bound as a range, like "&lt;1%" after the marker) and returns where it starts; null when none.
    /// </summary>
    public static int? Read(string text, int from, int start, MarkerReading reading) =>
        MarkerPercentBefore.Read(ShareThenMarker(), Window, text, from, start, reading)
        ?? (WrittenPercentBefore(text, from, start) ? MarkerPercentBefore.Read(WrittenShareThenMarker(), Window, text, from, start, reading) : null);

    /// <summary>Whether "percent" or "per cent" stands in the window before the marker: only then may a share be written in words.</summary>
    private static bool WrittenPercentBefore(string text, int from, int start)
    {
        from = Math.Max(from, start - Window);
        return from < start && text.AsSpan(from, start - from).Contains("cent ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "approximately 70% of the tumour cells showed strong membranous ", "15% of tumour nuclei were positive for ",
    /// "less than 1% of the neoplastic cells expressed ", "40% of the cells showed nuclear staining for ", "about 5 percent of
    /// the cells were "; the text must end right before the marker.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])(?:(?:approximately|about|around|nearly|roughly|almost)\s+)?(?<lt>(?:less\s+than|fewer\s+than|below|under|<)\s*)?(?<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent)\s+of\s+(?:the\s+)?(?:(?:tumou?r|neoplastic|malignant|lesional|carcinoma|lymphoma|viable|atypical)\s+)?(?:cells|nuclei)\s+(?:were|was|showed|displayed|demonstrated|exhibited|had|expressed|stained)(?:\s+(?:positive|positively|immunoreactive|strong|strongly|weak|weakly|moderate|moderately|diffuse|diffusely|focal|focally|intense|intensely|membranous|nuclear|cytoplasmic|staining|immunostaining|expression|immunoreactivity|positivity|for|with|of|a|an|the))*\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareThenMarker();

    /// <summary>"approximately sixty percent of the tumour cells expressed ", "about five per cent of the cells were positive for ".</summary>
    [GeneratedRegex(@"\b(?:(?:approximately|about|around|nearly|roughly|almost)\s+)?(?<lt>(?:less\s+than|fewer\s+than|below|under|<)\s*)?(?<n>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen)\s+per\s?cent\s+of\s+(?:the\s+)?(?:(?:tumou?r|neoplastic|malignant|lesional|carcinoma|lymphoma|viable|atypical)\s+)?(?:cells|nuclei)\s+(?:were|was|showed|displayed|demonstrated|exhibited|had|expressed|stained)(?:\s+(?:positive|positively|immunoreactive|strong|strongly|weak|weakly|moderate|moderately|diffuse|diffusely|focal|focally|intense|intensely|membranous|nuclear|cytoplasmic|staining|immunostaining|expression|immunoreactivity|positivity|for|with|of|a|an|the))*\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenShareThenMarker();
}
