using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A brand that restates the drug just named, in parentheses with its maker ("prothrombin complex concentrate
/// (Beriplex® P/N 500 IU, CSL Behring, Germany)"), describes the product: a figure inside those parentheses with the
/// maker named after it is the strength of a vial or pack, not a dose given, while "(Advil 400 mg)" is a dose. A dose
/// after the parenthesis ("docetaxel (Taxotere) 75 mg/m2") is the drug's.
/// </summary>
internal static partial class DrugProductParenthesis
{
    /// <summary>
    /// Where the words that may state the dose of <paramref name="candidate"/> begin: after the closing parenthesis when
    /// the candidate restates <paramref name="previous"/> inside parentheses that hold a figure and its maker, otherwise
    /// at its end.
    /// </summary>
    public static int DoseStart(string text, DrugCandidate? previous, DrugCandidate candidate, int ownEnd)
    {
        if (previous is null || previous.End > candidate.Start || candidate.Start - previous.End > 4
            || !OpeningRegex().IsMatch(text.AsSpan(previous.End, candidate.Start - previous.End))
            || !previous.Drugs.Select(d => d.Name).SequenceEqual(candidate.Drugs.Select(d => d.Name)))
        {
            return candidate.End;
        }

        var close = text.AsSpan(candidate.End, ownEnd - candidate.End).IndexOf(')');
        if (close < 0)
        {
            return candidate.End;
        }

        var inside = text.AsSpan(candidate.End, close);
        return MakerRegex().IsMatch(inside) && DrugAttributeParser.After(inside).Dose is not null ? candidate.End + close + 1 : candidate.End;
    }

    /// <summary>A maker or place named after the figure ("500 IU, CSL Behring, Germany"): a product description, not a dose.</summary>
    [GeneratedRegex(@"\d[^,]*,\s*[A-Z][\w&.-]+")]
    private static partial Regex MakerRegex();

    [GeneratedRegex(@"^\s*\(\s*$")]
    private static partial Regex OpeningRegex();
}
