using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A protein change written before the gene it belongs to: "a G12D mutation in KRAS", "a p.Arg273His variant of TP53",
/// "a heterozygous missense variant, NM_000546.6:c.818G&gt;A (p.Arg273His), in the TP53 gene". The gene comes right after
/// "in", "of" or "affecting", and between the change and the gene stands a variant word or the change stands after one.
/// </summary>
internal static partial class MarkerVariantBefore
{
    /// <summary>The furthest a change may stand before its gene.</summary>
    private const int Window = 160;

    /// <summary>The protein change written before the gene mentioned at <paramref name="start"/>, and where its statement starts; null when none.</summary>
    public static (string Variant, int Start)? Find(string text, int from, int start)
    {
        from = Math.Max(from, start - Window);
        if (from >= start)
        {
            return null;
        }

        var before = text[from..start];
        var tail = Tail().Match(before);
        if (!tail.Success)
        {
            return null;
        }

        var span = before[..tail.Index];
        var words = VariantWord().Matches(span);
        if (words.Count == 0)
        {
            return null;
        }

        (string, int)? found = null;
        foreach (Match token in Token().Matches(span))
        {
            if (MarkerValues.NormaliseProteinChange(token.Groups["c"].Value) is { } change)
            {
                // the evidence holds the change and its variant word, whichever comes first
                found = (change, from + Math.Min(token.Index, words[^1].Index));
            }
        }

        return found;
    }

    /// <summary>"in the ", "of ", "affecting the " right before the gene.</summary>
    [GeneratedRegex(@"\b(?:in|of|within|affecting)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    /// <summary>"mutation", "variants", "substitution", "alteration".</summary>
    [GeneratedRegex(@"\b(?:mutation|variant|substitution|alteration)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VariantWord();

    /// <summary>A word that may be a protein change, with its "p." prefix: "G12D", "p.Arg273His", "p.Glu39X", "E746_A750del".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:p\.\s?)?(?<c>[A-Z][a-z]{0,2}\d{1,4}(?:_[A-Z][a-z]{0,2}\d{1,4})?[A-Za-z*]{0,12}(?:\*\d*)?)(?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
