using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "The foot ulcer progressed despite wound care", "his chronic kidney disease progressed to stage 4": the subject of
/// "progressed" names a condition other than the tumour, so the verb tells that condition's course, not the disease's.
/// The subject is the run of words before the verb back to its determiner or the clause's start; it is another condition
/// when it holds no word of a tumour, or when its only such word is "disease" and the words end in a non-neoplastic
/// condition the CTCAE or condition vocabulary names.
/// </summary>
internal static class ProgressedSubject
{
    private const int MaxWords = 6;

    public static bool IsSomethingElse(string text, Sentence sentence, int start, int end)
    {
        var verb = text.IndexOf("progress", start, end - start, StringComparison.OrdinalIgnoreCase);
        if (verb < 0 || !(text.AsSpan(verb).StartsWith("progressed", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(verb).StartsWith("progressing", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var words = SubjectWords(text, sentence.Start, verb);
        if (words.Count == 0 || words.Exists(IsPerson))
        {
            return false;
        }

        var tumourWords = words.Count(w => OutcomeFilters.TumourWord(w));
        if (tumourWords == 0)
        {
            return true;
        }

        if (tumourWords > 1 || !words[^1].Equals("disease", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "chronic kidney disease", "interstitial lung disease": the longest ending the vocabulary names
        for (var first = 0; first < words.Count - 1; first++)
        {
            if (DiagnosedConditions.Default.TryGet(string.Join(' ', words.Skip(first)).ToLowerInvariant(), out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words before <paramref name="verb"/>, skipping the auxiliaries and adverbs beside it, back to a determiner, a joiner or punctuation.</summary>
    private static List<string> SubjectWords(string text, int sentenceStart, int verb)
    {
        var words = new List<string>();
        var i = verb;
        while (words.Count < MaxWords)
        {
            var wordEnd = i;
            while (wordEnd > sentenceStart && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > sentenceStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                break;
            }

            var word = text.Substring(wordStart, wordEnd - wordStart);
            if (words.Count == 0 && IsAuxiliary(word))
            {
                i = wordStart;
                continue;
            }

            if (IsBoundary(word))
            {
                break;
            }

            words.Insert(0, word);
            i = wordStart;
        }

        return words;
    }

    private static bool IsAuxiliary(string word) => word.ToLowerInvariant() is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "then"
        or "subsequently" or "later" or "eventually" or "rapidly" or "further" or "slowly" or "gradually" or "also" or "to" or "continued" or "kept"
        or "quickly" or "steadily" or "again";

    private static bool IsBoundary(string word) => word.ToLowerInvariant() is "the" or "his" or "her" or "its" or "their" or "a" or "an" or "this"
        or "that" or "which" or "and" or "or" or "but" or "when" or "while" or "as" or "had" or "if" or "until" or "before" or "after";

    private static bool IsPerson(string word) => word.ToLowerInvariant() is "he" or "she" or "they" or "it" or "patient" or "patients" or "case"
        or "man" or "woman" or "boy" or "girl" or "child" or "infant" or "we";
}
