using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>Mentions of radiation that are not courses: "radiation pneumonitis", "pain with radiation to the arm".</summary>
internal sealed class RadiotherapyMentionFilter(RadiotherapyLexicon lexicon)
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
