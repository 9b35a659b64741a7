using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class CueSetTests
{
    private static readonly string[] Cues = ["no", "without", "such as", " like ", "e.g.", "rule out", "ruled out"];

    [Theory]
    [InlineData("presented without fever, ")]
    [InlineData("There was no nausea and no ")]
    [InlineData("diagnosis of nodular ")]
    [InlineData("symptoms such as ")]
    [InlineData("looked like a ")]
    [InlineData("We ruled out a ")]
    [InlineData("e.g. ")]
    [InlineData("NO ")]
    [InlineData("No")]
    [InlineData("")]
    [InlineData("knows nothing of ")]
    public void FindsTheEndOfTheLastCueAsEveryCueSearchedFromTheEnd(string before)
    {
        Assert.Equal(LastWordEndOneByOne(before), new CueSet(Cues).LastWordEnd(before));
    }

    [Theory]
    [InlineData("in 30% of patients", true)]
    [InlineData("the PATIENTS were", true)]
    [InlineData("the patient was", false)]
    public void ContainsAnyIgnoresCase(string text, bool expected) =>
        Assert.Equal(expected, new CueSet("patients", "et al").ContainsAny(text));

    [Theory]
    [InlineData("In our patient, the rash resolved.", true)]
    [InlineData("IN OUR CASE the dose was lowered", true)]
    [InlineData("We reported it.", true)]
    [InlineData("the patients were", false)]
    [InlineData("ourcase", false)]
    [InlineData("see our case2", false)]
    [InlineData("", false)]
    public void ContainsWordFindsCuesStandingAsWholeWords(string text, bool expected) =>
        Assert.Equal(expected, new CueSet("our patient", "our case", "the patient", "we reported", "here we").ContainsWord(text));

    private static int LastWordEndOneByOne(string span)
    {
        var best = -1;
        foreach (var cue in Cues)
        {
            for (var at = span.Length - cue.Length; at >= 0; at--)
            {
                if (!span.AsSpan(at, cue.Length).Equals(cue, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var end = at + cue.Length;
                var startsWord = at == 0 || !char.IsLetterOrDigit(span[at - 1]);
                var endsWord = end >= span.Length || !char.IsLetterOrDigit(span[end]) || !char.IsLetterOrDigit(cue[^1]);
                if (startsWord && endsWord)
                {
                    best = Math.Max(best, end);
                    break;
                }
            }
        }

        return best;
    }
}
