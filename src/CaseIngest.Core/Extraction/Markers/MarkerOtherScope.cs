using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A marker mention that belongs to no result of this patient: one stated of a class of tumours in the present tense
/// with a word of how usual it is ("synovial sarcoma is usually positive for TLE1", "most GISTs express KIT", "in up to
/// 95% of cases"), one in the family scope of the context rules ("her sister's tumour was positive for CD34"), or one in
/// a sentence about another reported patient ("in the case reported by Lee", "a similar case"). The general reading
/// is judged on the clause of the mention, so that a patient's own past-tense result beside a general remark ("the tumour
/// was positive for TLE1, which is usually expressed in synovial sarcoma") keeps its marker, as does a present-tense
/// account of the specimen's cells ("most tumour cells are positive for CD117"). A general claim about an alteration or
/// a test advised to relatives is read by <see cref="MarkerGeneralClaim"/>.
/// </summary>
internal sealed class MarkerOtherScope(ExtractionContext context)
{
    /// <summary>Words of how usual a finding is in a class of tumours; the cheap gate of the general reading.</summary>
    private static readonly CueSet UsualWords = new(
    [
        "usually", "typically", "generally", "commonly", "often", "frequently", "characteristically", "most", "majority",
        "in up to", "invariably",
    ]);

    /// <summary>A present-tense verb that states what a class of tumours is or shows.</summary>
    private static readonly CueSet PresentVerbs = new(
    [
        "is", "are", "express", "expresses", "stain", "stains", "show", "shows", "harbour", "harbours", "harbor", "harbors",
        "lack", "lacks", "display", "displays", "exhibit", "exhibits", "tend",
    ]);

    /// <summary>A past-tense verb that tells a finding of the patient's specimen.</summary>
    private static readonly CueSet PastVerbs = new(
    [
        "was", "were", "had", "showed", "revealed", "demonstrated", "displayed", "exhibited", "harboured", "harbored",
        "confirmed", "lacked", "disclosed",
    ]);

    /// <summary>Words of the cells of a specimen: "most tumour cells are positive" tells the patient's stain in the present tense.</summary>
    private static readonly CueSet SpecimenWords = new(["cells", "nuclei", "specimen", "biopsy", "lesion"]);

    /// <summary>Words that open a clause of its own after a comma or semicolon ("…, as synovial sarcoma is usually …").</summary>
    private static readonly CueSet ClauseOpeners = new([", as ", ", because ", ", since ", ", which ", ", whereas ", ", while ", ", although ", "; "]);

    /// <summary>Phrases of a sentence about another reported patient.</summary>
    private static readonly CueSet OtherPatientWords = new(
    [
        "previously reported case", "case reported by", "case described by", "patient reported by", "patient described by",
        "a similar case", "similar cases", "another case", "another patient", "other reported cases",
    ]);

    private int _sentenceStart = -1;
    private bool _usual;
    private bool _otherPatient;
    private bool _claim;

    /// <summary>Whether the mention at <paramref name="start"/> belongs to a class of tumours, a relative or another reported patient.</summary>
    public bool Excludes(int start)
    {
        if (context.SectionAt(start)?.Kind is SectionKind.Title)
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        if (sentence.Start != _sentenceStart)
        {
            var span = context.Text.AsSpan(sentence.Start, sentence.Length);
            _sentenceStart = sentence.Start;
            _usual = UsualWords.ContainsWord(span);
            _otherPatient = OtherPatientWords.ContainsAny(span) && !ExtractionContext.PointsAtCase(span);
            _claim = MarkerGeneralClaim.ClaimWords.ContainsAny(span) || MarkerGeneralClaim.AdviceWords.ContainsAny(span);
        }

        return _otherPatient || (_usual && General(sentence, start)) || (_claim && Claim(sentence, start)) || CaseScope.AboutRelative(context, start);
    }

    /// <summary>Whether the clause of the mention claims what an alteration is tied to in general, or advises a test to a relative.</summary>
    private bool Claim(Sentence sentence, int start)
    {
        var clause = MarkerGeneralClaim.ClauseAround(context.Text.AsSpan(sentence.Start, sentence.Length), start - sentence.Start);
        return MarkerGeneralClaim.IsClaim(clause) || MarkerGeneralClaim.IsAdviceToRelative(clause);
    }

    /// <summary>Whether the clause of the mention states what a class of tumours usually is: a usual word, a present verb, no past verb.</summary>
    private bool General(Sentence sentence, int start)
    {
        var text = context.Text;
        var from = sentence.Start;
        var to = sentence.End;
        var before = text.AsSpan(sentence.Start, start - sentence.Start);
        int at;
        while ((at = ClauseOpeners.IndexOfAny(before[(from - sentence.Start)..])) >= 0)
        {
            from += at + 1;
        }

        var after = ClauseOpeners.IndexOfAny(text.AsSpan(start, sentence.End - start));
        if (after >= 0)
        {
            to = start + after;
        }

        var clause = text.AsSpan(from, to - from);
        return UsualWords.ContainsWord(clause) && PresentVerbs.ContainsWord(clause) && !PastVerbs.ContainsWord(clause)
            && !SpecimenWords.ContainsWord(clause);
    }
}
