using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>Mentions of radiation that are not courses: "radiation pneumonitis", "pain with radiation to the arm".</summary>
internal sealed partial class RadiotherapyMentionFilter(RadiotherapyLexicon lexicon)
{
    /// <summary>
    /// Whether the mention is an abbreviation the document defines with another meaning: "percutaneous coronary
    /// intervention (PCI)" makes every "PCI" of that text no prophylactic cranial irradiation.
    /// </summary>
    public bool AbbreviationDefinedOtherwise(ExtractionContext context, int start, int end)
    {
        var mention = context.Text.AsSpan(start, end - start);
        if (mention.Length > 10 || mention.ContainsAnyInRange('a', 'z') || mention.Contains(' '))
        {
            return false;
        }

        return context.Abbreviations.DefinesOtherwise(mention.ToString(), NamesRadiotherapy);
    }

    /// <summary>Whether a long form speaks of radiation: a word of the radiation family or a spelled-out phrase of the lexicon.</summary>
    private bool NamesRadiotherapy(string longForm)
    {
        var words = Tokenizer.Words(longForm);
        if (Array.Exists(words, w => w.Contains("radi", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var joined = " " + string.Join(' ', words).ToLowerInvariant() + " ";
        return lexicon.SpelledPhrases.Exists(p => joined.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    public bool SpreadOfASymptom(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        if (!text.AsSpan(start, end - start).Equals("radiation", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        var symptoms = lexicon.SymptomWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var p = sentence.Start;
        while (p < start)
        {
            if (!char.IsLetter(text[p]))
            {
                p++;
                continue;
            }

            var wordEnd = RadiotherapySiteReader.WordEnd(text, p);
            if (symptoms.Contains(text.AsSpan(p, wordEnd - p)))
            {
                return true;
            }

            p = wordEnd;
        }

        return false;
    }

    /// <summary>
    /// Whether the mention's sentence states what radiotherapy does or is for in general ("radiotherapy remains the
    /// mainstay of local control", "adjuvant radiotherapy can improve local control"): a verb of the general present and no
    /// word of the case's own course (the patient, a pronoun, a past or a future verb).
    /// </summary>
    public static bool GeneralStatement(ExtractionContext context, int start)
    {
        var sentence = context.SentenceAt(start);
        var span = context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        return GeneralVerbRegex().IsMatch(span) && !CourseWordsRegex().IsMatch(span);
    }

    // "is", "remains", "can improve", "has been used", "plays a role", "emerges as"
    [GeneratedRegex(@"\b(?:is|are|remains?|emerges|plays|can|may|might|should|has\s+been|have\s+been|improves|offers|involves|includes|provides)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GeneralVerbRegex();

    // the case's own course: the patient or a pronoun for the patient, a verb of the past or of what is to come, a dose
    [GeneratedRegex(@"\b(?:she|he|her|his|him|patient|our|we|was|were|had|did|underwent|undergoing|received|receiving|completed|started|began|will|planned|scheduled|ongoing|currently|Gy|cGy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CourseWordsRegex();

    /// <summary>
    /// Whether the mention names a plan drawn up in planning ("her IMRT and proton plans were compared", "a VMAT plan"):
    /// "plan" or "plans" within the next three words. A plan is no course; the course given is told on its own.
    /// </summary>
    public static bool NamesAPlan(string text, int end)
    {
        var p = end;
        for (var words = 0; words < 3; words++)
        {
            while (p < text.Length && text[p] is ' ' or '-')
            {
                p++;
            }

            var wordEnd = RadiotherapySiteReader.WordEnd(text, p);
            if (wordEnd == p)
            {
                return false;
            }

            var word = text.AsSpan(p, wordEnd - p);
            if (word.Equals("plan", StringComparison.OrdinalIgnoreCase) || word.Equals("plans", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            p = wordEnd;
        }

        return false;
    }

    public bool Excluded(string text, int end)
    {
        var p = end;
        while (p < text.Length && text[p] is ' ' or '-' or '\u2010' or '\u2011')
        {
            p++;
        }

        var wordEnd = RadiotherapySiteReader.WordEnd(text, p);
        return wordEnd > p && lexicon.Exclusions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(p, wordEnd - p));
    }
}
