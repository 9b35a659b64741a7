namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// The clause each in-sentence patient mention holds. A mention that leads its clause ("and patient 2 maintained
/// remission") holds the text from it to the next mention or the end of the sentence; one that closes its clause
/// ("a PFS of 12 months in patient 1, and 24 months in patient 2") holds the text from the previous clause to it; one
/// that compares ("unlike patient 1, she …") holds nothing.
/// </summary>
internal static class PatientClauses
{
    private static readonly string[] ClosingPrepositions = ["in", "for", "of", "to"];

    private static readonly string[] ClauseEnds = ["and", "but", "while", "whereas", "although", "whilst"];

    /// <summary>The clauses of the mentions, in text order; mentions must already be sorted by start.</summary>
    public static List<(int Start, int End, int Number)> Of(ExtractionContext context, List<PatientMention> mentions)
    {
        var clauses = new List<(int, int, int)>();
        var text = context.Text;
        var i = 0;
        while (i < mentions.Count)
        {
            var sentence = context.SentenceAt(mentions[i].Start);
            var j = i;
            while (j < mentions.Count && mentions[j].Start < sentence.End)
            {
                j++;
            }

            var boundary = sentence.Start;
            for (var k = i; k < j; k++)
            {
                var mention = mentions[k];
                if (Compares(text, mention))
                {
                    continue;
                }

                if (Closes(text, mention))
                {
                    clauses.Add((boundary, mention.End, mention.Number));
                    boundary = mention.End;
                }
                else
                {
                    var end = k + 1 < j ? mentions[k + 1].Start : sentence.End;
                    clauses.Add((mention.Start, end, mention.Number));
                    boundary = end;
                }
            }

            i = j;
        }

        return clauses;
    }

    /// <summary>
    /// "… occurred in patient 1", "… was given to case 2": a preposition before the mention that does not itself open a
    /// clause ("…, and in patient 2 the tumour regressed" opens one).
    /// </summary>
    private static bool Closes(string text, PatientMention mention)
    {
        var (word, wordStart) = WordBefore(text, mention.Start);
        var preposition = false;
        foreach (var p in ClosingPrepositions)
        {
            preposition |= word.Equals(p, StringComparison.OrdinalIgnoreCase);
        }

        if (!preposition)
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, wordStart - 3), Math.Min(3, wordStart)).TrimEnd();
        if (before.IsEmpty || before[^1] is ',' or ';' or ':' or '.' or '(' or '\n')
        {
            return false;
        }

        var (previous, _) = WordBefore(text, wordStart);
        foreach (var end in ClauseEnds)
        {
            if (previous.Equals(end, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"like patient 1", "unlike case 1", "similar to patient 2", "than patient 1": a comparison, which holds no clause.</summary>
    public static bool Compares(string text, PatientMention mention)
    {
        var (word, wordStart) = WordBefore(text, mention.Start);
        if (word.Equals("like", StringComparison.OrdinalIgnoreCase) || word.Equals("unlike", StringComparison.OrdinalIgnoreCase)
            || word.Equals("than", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (previous, _) = WordBefore(text, wordStart);
        return (word.Equals("to", StringComparison.OrdinalIgnoreCase) && (previous.Equals("similar", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("compared", StringComparison.OrdinalIgnoreCase)))
            || ((word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("with", StringComparison.OrdinalIgnoreCase))
                && previous.Equals("as", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The word just before <paramref name="position"/> (letters only) and where it starts.</summary>
    private static (string Word, int Start) WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && !char.IsLetter(text[end - 1]) && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (text[start..end], start);
    }
}
