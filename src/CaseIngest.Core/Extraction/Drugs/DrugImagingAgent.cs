using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug name that carries a diagnostic radiotracer names an imaging test, not a drug of the case: labelled by the
/// isotope right before it ("technetium-99m octreotide", "111In-octreotide", "68Ga-DOTATATE") or named as the test right
/// after it ("octreotide scintigraphy", "an octreotide scan"). Only the words next to the name are looked at. Isotopes
/// given as treatment (lutetium-177, iodine-131) are not diagnostic labels and are left alone.
/// </summary>
internal static class DrugImagingAgent
{
    private static readonly HashSet<string> ImagingWords = new(["scintigraphy", "scintiscan", "scan", "scans", "spect", "imaging"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Elements = new(["technetium", "indium", "gallium", "fluorine"], StringComparer.OrdinalIgnoreCase);

    // element symbols of the diagnostic labels written with their mass number ("99mTc", "111In", "68Ga", "18F", "64Cu", "89Zr")
    private static readonly HashSet<string> Symbols = new(["Tc", "In", "Ga", "F", "Cu", "Zr"], StringComparer.Ordinal);

    /// <summary>Whether the drug name at [<paramref name="start"/>, <paramref name="end"/>) is the carrier of a tracer.</summary>
    public static bool Is(string text, TokenList tokens, int before, int after, int start, int end) =>
        (before >= 0 && IsLabel(text, tokens, before, start)) || (after < tokens.Length && IsTestWord(text, tokens[after], end));

    /// <summary>The token right before the name (across a space or a hyphen) is an isotope label.</summary>
    private static bool IsLabel(string text, TokenList tokens, int index, int start)
    {
        var token = tokens[index];
        if (token.End < start - 1 || !OnlySpaceOrHyphen(text, token.End, start))
        {
            return false;
        }

        var word = text.AsSpan(token.Start, token.Length);
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is < 1 or > 3)
        {
            return false;
        }

        var rest = word[digits..];
        if (rest.StartsWith("m"))
        {
            // "99m" alone is technetium's metastable isotope; "99mTc" names it
            rest = rest[1..];
            if (rest.IsEmpty)
            {
                return true;
            }
        }

        if (!rest.IsEmpty)
        {
            return Symbols.Contains(rest.ToString());
        }

        // "indium-111 octreotide": the mass number after the element's name
        return index > 0 && text[token.Start - 1] == '-' && tokens[index - 1].End == token.Start - 1
            && Elements.Contains(text.Substring(tokens[index - 1].Start, tokens[index - 1].Length));
    }

    /// <summary>The token right after the name (across spaces or a hyphen only) names an imaging test.</summary>
    private static bool IsTestWord(string text, Token token, int end) =>
        token.Start <= end + 2 && token.Start >= end && OnlySpaceOrHyphen(text, end, token.Start)
        && ImagingWords.Contains(text.Substring(token.Start, token.Length));

    private static bool OnlySpaceOrHyphen(string text, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (text[p] is not (' ' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
