using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// Growth or new lesions the sentence names pseudoprogression ("the initial enlargement of the tumour was interpreted as
/// pseudoprogression", "new nodules consistent with pseudo-progression") are no progression: the tumour swelled with the
/// treatment's effect. A sentence that sets true progression against it ("true progression rather than
/// pseudoprogression") keeps its progression.
/// </summary>
internal static class Pseudoprogression
{
    private static readonly CueSet Named = new("pseudoprogress", "pseudo-progress", "pseudo progress");

    private static readonly CueSet SetAgainst = new(
        "true progression", "real progression", "true disease progression", "rather than pseudo", "not pseudo", "no pseudo",
        "instead of pseudo", "than pseudo", "ruled out pseudo", "excluded pseudo");

    /// <summary>Whether the sentence tells the growth it holds as pseudoprogression.</summary>
    public static bool Names(string text, Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        return Named.ContainsAny(span) && !SetAgainst.ContainsAny(span);
    }
}
