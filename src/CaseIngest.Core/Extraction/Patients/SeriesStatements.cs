using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// Sentences that speak of every patient of a series at once: "both patients received", "these patients were treated
/// with", "the two patients", "all three cases". Judged once per sentence.
/// </summary>
internal sealed class SeriesStatements(ExtractionContext context)
{
    private static readonly CueSet Cues = new(
        "both patients", "these patients", "the two patients", "the three patients", "all patients", "all three patients",
        "all four patients", "each patient", "both cases", "these two patients", "these three patients", "all cases",
        "both women", "both men", "the two women", "the two men", "both of them", "both of our patients", "our two patients");

    private readonly Dictionary<int, bool> _judged = [];

    /// <summary>Whether the sentence at <paramref name="offset"/> states its facts for the whole series.</summary>
    public bool ForEveryPatient(int offset)
    {
        var sentence = context.SentenceAt(offset);
        if (!_judged.TryGetValue(sentence.Start, out var every))
        {
            every = Cues.ContainsWord(context.Text.AsSpan(sentence.Start, sentence.Length));
            _judged[sentence.Start] = every;
        }

        return every;
    }
}
