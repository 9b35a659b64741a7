namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A mutation test told as the subject of the verdict before the genes it tested: "germline testing was negative for
/// BRCA1/2", "genetic testing came back positive for a BRCA2 mutation". The verdict is the test's, so its negative is wild-type.
/// </summary>
internal sealed partial class MarkerListCues
{
    private static readonly string[] VerdictVerbs = ["was", "were", "is", "came back", "returned", "proved"];

    /// <summary>Whether a mutation-test noun and a verb alone stand before the verdict cue starting at <paramref name="verdictStart"/>.</summary>
    public bool MutationTestSubject(int verdictStart, int sentenceStart)
    {
        var before = _text.AsSpan(sentenceStart, verdictStart - sentenceStart).TrimEnd();
        foreach (var verb in VerdictVerbs)
        {
            if (before.Length > verb.Length && before.EndsWith(verb, StringComparison.OrdinalIgnoreCase) && before[^(verb.Length + 1)] == ' ')
            {
                var end = sentenceStart + before[..^verb.Length].TrimEnd().Length;
                return MarkerDocument.CueEndingAt(_rightCues, end, out var cue) && cue.Start >= sentenceStart && cue.Value.Kind == MarkerCue.MutationTest;
            }
        }

        return false;
    }
}
