using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The staining method of a stain whose own sentence names none: reports name the method once and give the stains
/// in the next sentence ("Immunohistochemistry showed … . The Ki-67 index was 18%."), so the sentence right before
/// it in the same paragraph lends its method; a blank line ends a paragraph, one line break
/// does not (some reports put each sentence on its own line). A row of a table lends the method its caption names.
/// </summary>
internal static class MarkerEarlierMethod
{
    /// <summary>"IHC" when <paramref name="entry"/> is a stain and the sentence before <paramref name="sentence"/>, in its paragraph, names it; else null.</summary>
    public static string? Of(ExtractionContext context, MarkerListCues cues, Sentence sentence, MarkerEntry entry)
    {
        if (entry.Kind != MarkerKind.Stain)
        {
            return null;
        }

        var index = context.SentenceIndexAt(sentence.Start);
        if (index <= 0)
        {
            return null;
        }

        // a row of a table reaches back over the rows before it to the caption or the sentence that introduces the table;
        // a method named in another row between pipes ("| HER2 (IHC) | 0 |") is that row's own
        var row = IsTableRow(context.Text, sentence);
        for (var k = index - 1; k >= 0 && index - k <= MaxRowsBack; k--)
        {
            var before = context.Sentences[k];
            if (StartsAParagraph(context.Text.AsSpan(before.Start, sentence.Start - before.Start)))
            {
                // a blank line starts another paragraph, often another specimen or time
                return null;
            }

            var beforeRow = IsTableRow(context.Text, before);
            var ownRow = row && beforeRow && context.Text.AsSpan(before.Start, before.End - before.Start).Contains('|');
            if (!ownRow && cues.SentenceMethod(before, entry.Kind, entry.Name) == "IHC")
            {
                return "IHC";
            }

            if (!row || !beforeRow)
            {
                return null;
            }

            sentence = before;
        }

        return null;
    }

    /// <summary>How many rows of a table a row reaches back over for the method its caption names.</summary>
    private const int MaxRowsBack = 16;

    /// <summary>A short line without a full stop: a row of a table, flattened or between pipes, or its header.</summary>
    private static bool IsTableRow(string text, Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim();
        return span.Length is > 0 and <= 80 && span[^1] != '.' && span.IndexOf('\n') < 0;
    }

    /// <summary>Whether the white space that ends <paramref name="text"/> holds a blank line.</summary>
    private static bool StartsAParagraph(ReadOnlySpan<char> text)
    {
        var lineBreaks = 0;
        for (var i = text.Length - 1; i >= 0 && char.IsWhiteSpace(text[i]); i--)
        {
            if (text[i] == '\n')
            {
                lineBreaks++;
            }
        }

        return lineBreaks >= 2;
    }
}
