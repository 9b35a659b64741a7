using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction;

/// <summary>How a sentence is judged to be about the reported case or about the literature (cached per sentence).</summary>
public sealed partial class ExtractionContext
{
    /// <summary>Phrases that tie a sentence to the reported case even when it also cites the literature.</summary>
    private static readonly CueSet StrongCasePointers = new(
    [
        "our patient", "our case", "this patient", "this case", "the present case", "present patient", "the current case",
        "the presented case", "the index case", "in our patient", "in our case",
    ]);

    /// <summary>Phrases that tie a sentence without citations to the reported case or to one patient of the series.</summary>
    private static readonly CueSet WeakCasePointers = new(
    [
        "the patient", "we report", "we reported", "we present", "we presented", "we describe", "we described", "here we", "herein",
        "our report", "our patients", "both patients", "patient 1", "patient 2", "patient 3", "patient 4", "patient 5", "case 1", "case 2",
        "case 3", "case 4", "case 5", "the first patient", "the second patient", "the third patient", "our first patient",
        "our second patient", "our third patient",
    ]);

    private const byte Judged = 1;
    private const byte PointsAtTheCase = 2;
    private const byte ReviewsTheLiterature = 4;

    private bool SentencePointsAtCase(Sentence sentence) => (SentenceFlags(sentence) & PointsAtTheCase) != 0;

    private bool SentenceReviewsLiterature(Sentence sentence) => (SentenceFlags(sentence) & ReviewsTheLiterature) != 0;

    /// <summary>What a sentence says of the case and the literature, judged once per sentence.</summary>
    private byte SentenceFlags(Sentence sentence)
    {
        var index = SentenceIndexAt(sentence.Start);
        if (index < 0)
        {
            return Judge(Text.AsSpan(sentence.Start, sentence.Length));
        }

        _sentenceFlags ??= new byte[Sentences.Count];
        if (_sentenceFlags[index] == 0)
        {
            _sentenceFlags[index] = Judge(Text.AsSpan(sentence.Start, sentence.Length));
        }

        return _sentenceFlags[index];
    }

    private static byte Judge(ReadOnlySpan<char> sentence)
    {
        var flags = Judged;
        if (PointsAtCase(sentence))
        {
            flags |= PointsAtTheCase;
        }

        if (ReviewsLiterature(sentence))
        {
            flags |= ReviewsTheLiterature;
        }

        return flags;
    }

    /// <summary>
    /// Phrases of a sentence that reports other publications ("a literature search", "previously reported cases", "in a
    /// previous report, a man received …").
    /// </summary>
    private static readonly CueSet LiteratureCues = new(
    [
        "et al", "literature", "previously reported", "reported cases", "published cases", "cases reported", "case series",
        "meta-analysis", "systematic review", "previous report", "previous reports", "prior report", "prior reports",
        "earlier report", "earlier reports", "a similar case", "previous series", "prior series", "earlier series",
    ]);

    /// <summary>
    /// Whether a sentence of the abstract or body reports other publications and does not name the case:
    /// "In a literature search we found 14 patients with thymoma, …", "Smith et al. described …".
    /// </summary>
    internal static bool ReviewsLiterature(ReadOnlySpan<char> sentence)
    {
        if (OrdinalIgnoreCase.Contains(sentence, "et al"))
        {
            return true;
        }

        return LiteratureCues.ContainsWord(sentence) && !StrongCasePointers.ContainsWord(sentence) && !WeakCasePointers.ContainsWord(sentence);
    }

    /// <summary>
    /// Whether an introduction or discussion sentence speaks of the reported case: it names the case ("our patient",
    /// "in this case", "we report"), does not name other authors ("Smith et al."), and when it cites references
    /// ("[12]", "(7, 8)") it names the case outright, not only as "the patient".
    /// </summary>
    internal static bool PointsAtCase(ReadOnlySpan<char> sentence)
    {
        if (OrdinalIgnoreCase.Contains(sentence, "et al"))
        {
            return false;
        }

        if (StrongCasePointers.ContainsWord(sentence))
        {
            return true;
        }

        return WeakCasePointers.ContainsWord(sentence) && !CitesReferences(sentence);
    }

    /// <summary>
    /// A numeric citation: "[12]", "[3, 4]", "[3–5]", and in round brackets "(17, 18)" and, unless
    /// <paramref name="loneRoundNumber"/> is false, "(27)" and "(7–16)" (false where a lone number or range in round
    /// brackets is as often an antibody clone "(28-8)" or a score "(0)").
    /// </summary>
    internal static bool CitesReferences(ReadOnlySpan<char> sentence, bool loneRoundNumber = true)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] is not ('[' or '('))
            {
                continue;
            }

            var strict = sentence[i] == '(' && !loneRoundNumber;
            var digits = 0;
            var commas = 0;
            for (var j = i + 1; j < sentence.Length; j++)
            {
                var c = sentence[j];
                if (char.IsAsciiDigit(c) && digits < 3)
                {
                    digits++;
                }
                else if (c is ']' or ')' && digits > 0)
                {
                    if (!strict || commas > 0)
                    {
                        return true;
                    }

                    break;
                }
                else if (strict ? c == ',' && digits > 0 || c == ' ' && digits == 0 && commas > 0 : c is ',' or '-' or '–' or ';' or ' ' && (digits > 0 || c == ' '))
                {
                    commas += c == ',' ? 1 : 0;
                    digits = 0;
                }
                else
                {
                    break;
                }
            }
        }

        return false;
    }
}
