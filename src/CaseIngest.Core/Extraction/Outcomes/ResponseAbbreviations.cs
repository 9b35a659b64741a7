using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// Response abbreviations the document defines by their words: "partial response (PR)", "stable disease (SD)". Once
/// defined, the abbreviation names that response wherever the text uses it ("CT showed the tumour PR"), even in a
/// sentence with no other response word. The definitions are the document's own (<see cref="ExtractionContext.Abbreviations"/>);
/// this keeps those whose long form is the response the abbreviation stands for.
/// </summary>
internal static partial class ResponseAbbreviations
{
    /// <summary>Whether the text defines <paramref name="abbreviation"/> (CR, PR, SD or PD) as its response.</summary>
    public static bool Defined(ExtractionContext context, string abbreviation)
    {
        var meaning = abbreviation switch
        {
            "CR" or "PR" => ResponseRegex(),
            "SD" => StableRegex(),
            "PD" => ProgressiveRegex(),
            _ => null,
        };
        if (meaning is null)
        {
            return false;
        }

        foreach (var longForm in context.Abbreviations.LongFormsOf(abbreviation))
        {
            if (meaning.IsMatch(longForm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text defines CR as "complete remission": the disease no longer seen, a remission wherever the
    /// abbreviation stands ("complete remission (CR) was achieved", "she remained in CR").
    /// </summary>
    public static bool StandsForRemission(ExtractionContext context, string abbreviation) =>
        abbreviation == "CR" && context.Abbreviations.LongFormsOf(abbreviation).Any(longForm => RemissionRegex().IsMatch(longForm));

    [GeneratedRegex(@"^complete\s+remission$", RegexOptions.IgnoreCase)]
    private static partial Regex RemissionRegex();

    [GeneratedRegex(@"^(?:complete|partial)\s+(?:response|remission)$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseRegex();

    [GeneratedRegex(@"^stable\s+disease$", RegexOptions.IgnoreCase)]
    private static partial Regex StableRegex();

    [GeneratedRegex(@"^progressive\s+disease$", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressiveRegex();
}
