using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A stain told only of cells that are not the tumour's says nothing of the tumour: the vessels, the germinal centres,
/// background lymphocytes, a basal or myoepithelial layer. Four shapes:
/// <list type="table">
/// <item><term>bracket</term><description>"CD34 (vascular +)", "BCL2 (germinal centre +)", "CD31 (+ in vessels)"</description></item>
/// <item><term>highlighted</term><description>"CD34 staining highlighted a delicate vascular network", "p63 highlighted only the basal cells"</description></item>
/// <item><term>subject</term><description>"the small vessels were positive for CD31 and CD34", "background lymphocytes were highlighted by CD3"</description></item>
/// <item><term>place</term><description>"CD34 was positive only in the vessels", "CD3 stained in the reactive lymphocytes"</description></item>
/// </list>
/// A result given to the tumour first keeps it ("CD31 (-, vascular +)" reads negative), and the tumour's cells named
/// beside the place keep the stain ("CD34 was positive in the tumour cells and the vessels").
/// </summary>
internal static partial class MarkerCompartment
{
    /// <summary>The most characters read after a mention for a highlighted or stained place.</summary>
    private const int MaxAfter = 90;

    /// <summary>The most characters read back from a mention for a place that is the subject of its verdict.</summary>
    private const int MaxBefore = 160;

    /// <summary>Whether a bracket's words from <paramref name="from"/> to <paramref name="to"/> give the result of another place only.</summary>
    public static bool InBracket(string text, int from, int to) => BracketOfPlace().IsMatch(text.AsSpan(from, to - from));

    /// <summary>Whether the sentence tells the stain of the mention from <paramref name="start"/> to <paramref name="end"/> of another place only.</summary>
    public static bool InSentence(string text, int sentenceStart, int sentenceEnd, int start, int end)
    {
        var afterLength = Math.Min(MaxAfter, sentenceEnd - end);
        if (afterLength > 0)
        {
            var after = text.AsSpan(end, afterLength);
            if (HighlightedPlace().IsMatch(after) || VerdictInPlace().IsMatch(after))
            {
                return true;
            }
        }

        var from = Math.Max(sentenceStart, start - MaxBefore);
        return PlaceAsSubject().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// A bracket that holds only another place and a positive sign: "(vascular +)", "(vessels +)", "(non-germinal centre +)",
    /// "(endothelium positive)", "(+ in vessels)", "(positive only in background lymphocytes)".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:non-?\s?)?(?:vascular|vessels?|endotheli(?:um|al)(?:\s+cells)?|germinal\s+cent(?:er|re)s?|background(?:\s+lymphocytes)?|(?:reactive\s+)?lymphocytes)\s*(?:\+{1,3}|positive)|(?:\+{1,3}|positive)\s*,?\s*(?:only\s+)?(?:in|of|within)\s+(?:the\s+)?(?:vessels?|vasculature|endotheli(?:um|al\s+cells)|germinal\s+cent(?:er|re)s?|(?:background|reactive)\s+lymphocytes)(?:\s+only)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketOfPlace();

    /// <summary>
    /// The stain after the mention highlights another place: " staining highlighted a rich vascular network", " highlighted only
    /// the basal cells", " immunostain decorated the small vessels", " outlined the germinal centres".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:immuno)?stain(?:ing|s)?\s+|expression\s+|immunohistochemistry\s+)?(?:only\s+)?(?:highlighted|decorated|outlined|labell?ed|marked|stained)\s+(?:only\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:rich|dense|delicate|prominent|abundant|numerous|scattered|small|thin-walled|branching|intervening|residual|entrapped|surrounding|background|reactive|admixed|peripheral|intact|blood)\s+)*(?:vessels|vasculature|vascular\s+network|capillar(?:ies|y\s+network)|germinal\s+cent(?:er|re)s|basal\s+(?:cells|layer)|myoepithelial\s+(?:cells|layer)|(?:background|reactive|scattered|admixed|residual|surrounding)\s+lymphocytes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HighlightedPlace();

    /// <summary>
    /// A verdict after the mention placed in another place, with no tumour cell before it: " was positive only in the vessels",
    /// " stained in the reactive lymphocytes", " positivity was limited to the basal cells", " positivity in the vasculature".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:immuno)?stain(?:ing|s)?\s+|expression\s+|positivity\s+)?(?:(?:was|were)\s+)?(?:(?:also|only|focally|weakly|strongly)\s+)?(?:positive|positivity|expressed|expression|immunoreactive|immunoreactivity|stained|staining|seen|present|\+|limited|confined|restricted)\s+(?:only\s+)?(?:in|within|to)\s+(?:the\s+)?(?:(?:small|blood|intervening|surrounding|background|reactive|scattered|admixed|residual|entrapped|peripheral|intact)\s+)*(?:vessels|vasculature|vascular\s+(?:network|endothelium)|capillaries|endothelium|germinal\s+cent(?:er|re)s|basal\s+(?:cells|layer)|myoepithelial\s+(?:cells|layer)|(?:background|reactive|scattered|admixed|residual|surrounding)\s+lymphocytes)\b(?!\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:tumou?r|neoplastic|lesional|malignant|atypical))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictInPlace();

    /// <summary>
    /// Another place as the subject of the verdict before the mention and the list items before it: "the small vessels were
    /// positive for ", "capillary-sized vessels were highlighted by CD31 and ", "background lymphocytes were stained for ". Basal
    /// cells named as the subject are a finding of their own ("basal cells were positive for CK5"), not another place.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.;:,(]\s*|\b(?:while|whereas|but|and|only)\s+)(?:(?:the|only\s+the|only)\s+)?(?:(?:small|blood|capillary(?:-sized)?|intra-?tumou?ral|intervening|surrounding|background|reactive|scattered|admixed|residual|entrapped|peripheral|non-neoplastic|normal)\s+)*(?:vessels|vasculature|capillaries|germinal\s+cent(?:er|re)s|(?:background|reactive|scattered|admixed|residual|surrounding)\s+lymphocytes)\s+(?:were|was)\s+(?:also\s+|only\s+)?(?:positive|immunoreactive|stained|highlighted|labell?ed|decorated)\s+(?:for|with|by)\s+(?:[\w./-]+(?:\s+\([^()]{0,30}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAsSubject();
}
