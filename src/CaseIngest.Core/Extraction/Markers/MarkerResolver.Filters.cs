using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>Resolved mentions that are no fact of the case: a hormone or plain word that is no stain result, and statements about patients in general.</summary>
internal sealed partial class MarkerResolver
{
    private bool IsNoFact(PhraseMatch<MarkerEntry> mention, MarkerReading reading, string? variant, MarkerResult? result, bool isExplicit)
    {
        var entry = mention.Value;
        if (_doc.Lexicon.IsHormone(entry) && !(isExplicit && result is MarkerResult.Positive or MarkerResult.Negative))
        {
            // "isolated ACTH deficiency", "GH was raised": a hormone is a marker only as a stain that is positive or negative
            return true;
        }

        if (_doc.Lexicon.IsStainWord(entry) && !(isExplicit && result is MarkerResult.Positive or MarkerResult.Negative or MarkerResult.Lost or MarkerResult.Intact))
        {
            // "insulin was started", "serum gastrin was raised": a protein named by a plain word is a marker only as a stain result
            return true;
        }

        if (InDifferential(mention.Start))
        {
            // "the differential diagnosis included CK7-positive carcinomas": a candidate's profile, not a finding
            return true;
        }

        if (entry.Kind == MarkerKind.Gene && variant is null && reading.Unit == "%" && MentionFilters.GeneralSentence(_context, mention.Start))
        {
            // "among 300 patients, KRAS (35%) and CDKN2A (20%) alterations were the most frequent": a share of patients
            return true;
        }

        // "germline BRCA mutations are found in 5% of patients": a statement about patients in general, not a result
        return !isExplicit && variant is null && reading.Value is null && !reading.Bounded && MentionFilters.GeneralSentence(_context, mention.Start);
    }

    private static readonly CueSet DifferentialBreakers = new(
    [
        ";", ":", " but ", " however", " confirmed", " revealed", " showed", " demonstrated", " excluded", " ruled out",
        " because", " since ", " whereas", " while ",
    ]);

    /// <summary>Whether the mention at <paramref name="start"/> follows "differential" in its sentence with no clause of findings between.</summary>
    private bool InDifferential(int start)
    {
        var sentence = _context.SentenceAt(start);
        var before = _text.AsSpan(sentence.Start, Math.Max(0, start - sentence.Start));
        var at = before.LastIndexOf("differential", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && !DifferentialBreakers.ContainsAny(before[at..]);
    }
}
