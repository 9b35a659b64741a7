using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// One outcome pattern with the anchor words every match holds: the regex runs only on short windows around its
/// anchors (<see cref="AnchoredSearch"/>), so the anchors and the pattern are declared together and change together.
/// <paramref name="Kind"/> names the outcome of a match; <paramref name="Comparison"/> is how the anchors are searched.
/// </summary>
internal sealed record OutcomePattern(Regex Regex, string[] Anchors, Func<string, string> Kind, StringComparison Comparison = StringComparison.OrdinalIgnoreCase)
{
    public (int Start, int End)[] Matches(string text) => AnchoredSearch.Matches(text, Regex, Comparison, Anchors);

    /// <summary>The matches by one scan of the whole text: for a short pattern whose anchors are frequent ("PD" in every "PD-L1").</summary>
    public List<(int Start, int End)> ScanMatches(string text)
    {
        var matches = new List<(int Start, int End)>();
        foreach (var match in Regex.EnumerateMatches(text))
        {
            matches.Add((match.Index, match.Index + match.Length));
        }

        return matches;
    }
}
