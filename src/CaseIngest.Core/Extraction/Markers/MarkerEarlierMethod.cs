using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The staining method of a stain whose own sentence names none: reports name the method once and give the stains
/// in the next sentence ("Immunohistochemistry showed … . The Ki-67 index was 18%."), so the sentence right before
/// it in the same paragraph lends its method; a blank line ends a paragraph, one line break
/// does not (some reports put each sentence on its own line).
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

        var before = context.Sentences[index - 1];
        if (StartsAParagraph(context.Text.AsSpan(before.Start, sentence.Start - before.Start)))
        {
            // a blank line starts another paragraph, often another specimen or time
            return null;
        }

        return cues.SentenceMethod(before, entry.Kind, entry.Name) == "IHC" ? "IHC" : null;
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
