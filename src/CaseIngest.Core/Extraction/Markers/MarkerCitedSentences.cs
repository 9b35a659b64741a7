using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A sentence outside the case section that cites the literature states what is known of a disease, not the
/// patient's markers: a numeric citation in square brackets ("[3-5]", "[12]"), a bracketed list of reference numbers
/// ("(14, 15)") or a superscript reference number set after the full stop ("… in sarcomatoid carcinoma.21–23"),
/// unless the sentence names the case outright ("in our patient"). A single number in round brackets is no citation
/// (an antibody clone "(28-8)", a score "(0)"), nor is a figure or table reference, and the case section keeps every
/// sentence.
/// </summary>
internal sealed class MarkerCitedSentences(ExtractionContext context)
{
    /// <summary>The fewest lower-case letters of the word a superscript reference number follows ("cancers.3").</summary>
    private const int SuperscriptWordLetters = 4;

    private int _sentenceStart = -1;
    private bool _cited;

    /// <summary>Whether the mention at <paramref name="start"/> lies in a sentence of the body or abstract that cites the literature.</summary>
    public bool Cited(int start)
    {
        if (context.SectionAt(start)?.Kind is not (null or SectionKind.Body or SectionKind.Abstract))
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        if (sentence.Start != _sentenceStart)
        {
            var span = context.Text.AsSpan(sentence.Start, sentence.Length);
            _sentenceStart = sentence.Start;
            _cited = (ExtractionContext.CitesReferences(span, loneRoundNumber: false) || EndsOnSuperscript(span)) && !ExtractionContext.PointsAtCase(span);
        }

        return _cited;
    }

    /// <summary>
    /// Whether a sentence ends on reference numbers set after its full stop ("tumours.8,9", "carcinoma.21–23"): a run of
    /// numbers and separators after a full stop that follows a lower-case word.
    /// </summary>
    internal static bool EndsOnSuperscript(ReadOnlySpan<char> sentence)
    {
        var end = sentence.TrimEnd().Length;
        var p = end;
        while (p > 0 && (char.IsAsciiDigit(sentence[p - 1]) || sentence[p - 1] is ',' or '-' or '–'))
        {
            p--;
        }

        if (p == end || p < SuperscriptWordLetters + 1 || sentence[p - 1] != '.' || !char.IsAsciiDigit(sentence[p]))
        {
            return false;
        }

        for (var i = p - 2; i >= p - 1 - SuperscriptWordLetters; i--)
        {
            if (!char.IsAsciiLetterLower(sentence[i]))
            {
                return false;
            }
        }

        return true;
    }
}
