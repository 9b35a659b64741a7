using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A syndrome or a disease named after people or written with a capitalised name ("Fanconi syndrome", "Gaucher disease",
/// "Jervell and Lange-Nielsen syndrome", "Crohn's disease", "IgG4-related disease"), which no vocabulary of the engine
/// lists one by one; an initialism ("PRES syndrome") and a title's capitalised words ("Paraneoplastic Syndrome") are none. Only the capitalised words right before "syndrome" or "disease" make the name, so "acquired Fanconi
/// syndrome" is "fanconi syndrome"; a first word of the sentence may be capitalised for the sentence alone ("Kidney disease
/// was diagnosed"), so it names nothing. Whether the wording diagnoses it is for the caller.
/// </summary>
internal static partial class EponymDiagnoses
{
    /// <summary>Whether the lower-cased word may head an eponymous name.</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => word is "syndrome" or "disease";

    /// <summary>
    /// The start of the eponymous name whose head word starts at <paramref name="headStart"/> and its lower-cased name,
    /// or null where the words before the head are not capitalised or open the sentence.
    /// </summary>
    public static (int Start, string Name)? At(string text, int sentenceStart, int headStart, int headEnd)
    {
        // a capitalised head belongs to a title ("Paraneoplastic Syndrome", "Model for End Stage Liver Disease")
        var from = Math.Max(sentenceStart, headStart - Reach);
        if (headStart - from < 3 || !char.IsLower(text[headStart]))
        {
            return null;
        }

        var match = NameRegex().Match(text, from, headStart - from);
        if (!match.Success || match.Index <= sentenceStart || !char.IsWhiteSpace(text[match.Index - 1]))
        {
            return null;
        }

        // an initialism ("PRES syndrome", "ACTH syndrome") is no name of a person; its long form is the vocabularies'
        var first = text.AsSpan(match.Index, headStart - match.Index);
        var firstEnd = first.IndexOfAny(" \t\n-'\u2019\u2013");
        first = firstEnd < 0 ? first : first[..firstEnd];
        if (!first[1..].ContainsAnyInRange('a', 'z'))
        {
            return null;
        }

        var words = Spaces().Replace(text[match.Index..headEnd], " ").Replace('\u2019', '\'').Replace('\u2013', '-');
        return (match.Index, words.ToLowerInvariant());
    }

    private const int Reach = 48;

    // one to three capitalised words (a hyphen or an en dash, a possessive or a digit may join them: "Lange-Nielsen", "Crohn's",
    // "IgG4-related"), "and" between two of them, then the space before the head
    [GeneratedRegex(@"(?<![\p{L}\d'\u2019\u2013-])\p{Lu}[\p{L}\d'\u2019\u2013-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}\d'\u2019\u2013-]*){0,2}\s+$", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
