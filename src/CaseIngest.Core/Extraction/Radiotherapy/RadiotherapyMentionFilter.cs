namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>Mentions of radiation that are not courses: "radiation pneumonitis", "pain with radiation to the arm".</summary>
internal sealed class RadiotherapyMentionFilter(RadiotherapyLexicon lexicon)
{
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
