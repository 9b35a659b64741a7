using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>
/// Radiation doses. <see cref="Dose"/> finds "50 Gy", "3,900 cGy", "47.25 Gy"; the others read the words right
/// after it ("in 25 fractions", "/27F", "/30 fx", "per fraction", "× 5", "in a single fraction") or right before
/// it ("5 × ", "five fractions of "). Fraction counts may be words ("five").
/// </summary>
internal static partial class DosePatterns
{
    private const string Count = @"(?<fx>\d{1,2}|" + NumberWords.WordPattern + ")";

    [GeneratedRegex(@"(?:(?<=\bDT\s?)|(?<![\w.,])(?<![<≤]\s?))(?<n>\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?)\s?(?<u>[cC][gG][yY]|G[yY]|gy|[Gg]rays?|centigrays?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Dose();

    [GeneratedRegex(@"^\s?(?:(?:in|over|delivered in|given in|administered in|divided into|,)\s+" + Count + @"\s?(?:daily\s+)?(?:fractions?|fx|fr|sessions?|treatments?)\b|/\s?" + Count + @"(?![.,]\d)\s?(?:fractions?|fx|fr|F)?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FractionsAfter();

    /// <summary>"42 Gy/4.2 Gy/10f": total, dose per fraction and fractions in one.</summary>
    [GeneratedRegex(@"^\s?/\s?(?<per>\d+(?:\.\d+)?)\s?Gy\s?/\s?(?<fx>\d{1,2})\s?(?:fractions?|fx|fr|f)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PerAndFractionsAfter();

    /// <summary>Words before a dose that make it a dose-volume or organ-at-risk figure of a plan, not a course: "volume over radiation dose 20 Gy (V20)", "mean lung dose was 5 Gy".</summary>
    [GeneratedRegex(@"\b(?:volume|mean\s+(?:lung\s+|heart\s+|liver\s+)?dose|MLD|MHD|Dmax|Dmean|D\d{1,2}|V\d{1,2}|maximum\s+(?:point\s+)?dose|constraints?|limit(?:ed)?\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PlanFigureBefore();

    [GeneratedRegex(@"^\s?\(\s?[VD]\d{1,2}\s?\)", RegexOptions.CultureInvariant)]
    public static partial Regex PlanFigureAfter();

    /// <summary>A limit right before a dose, which a plan keeps for an organ at risk, not a course: "kept below 15 Gy", "less than 45 Gy", "held under 26 Gy".</summary>
    [GeneratedRegex(@"\b(?:below|under|less\s+than|lower\s+than|no\s+more\s+than|not\s+(?:to\s+)?exceed(?:ing)?|at\s+most)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex LimitBefore();

    /// <summary>A fraction count elsewhere in the statement: "to the tumor in five fractions for a total dose of 30 Gy".</summary>
    [GeneratedRegex(@"\b(?:in|over)\s+" + Count + @"\s+(?:daily\s+)?(?:fractions|sessions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FractionsInSentence();

    /// <summary>
    /// The fraction count written before a mention: "after 8 sessions of stereotactic radiotherapy", "33 times of
    /// radiotherapy", also past a word of
    /// schedule or purpose of the course ("15 fractions of daily radiotherapy", "28 sessions of adjuvant radiotherapy").
    /// </summary>
    [GeneratedRegex(Count + @"\s+(?:daily\s+)?(?:fractions|sessions|times)\s+(?:of\s+)?(?:(?:daily|palliative|adjuvant|postoperative|post-operative|salvage|definitive|consolidative|external[\s-]beam)\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FractionsBeforeMention();

    [GeneratedRegex(@"^\s?(?:per|/|each|a|every|in each)\s?(?:fraction|fx|fr|session|day)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PerFractionAfter();

    [GeneratedRegex(@"^\s?[x×*]\s?(?<fx>\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TimesAfter();

    [GeneratedRegex(@"^\s?(?:in\s+a\s+|as\s+a\s+|in\s+one\s+|x\s?1\s+)?single[\s-]fraction", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SingleAfter();

    /// <summary>The fraction count written before a dose: "5 × 5 Gy", "five fractions of 4 Gy", "25 sessions at a dose of 2 Gy", "a single fraction of 8 Gy".</summary>
    [GeneratedRegex(@"(?:" + Count + @"\s?(?:[x×*]|times|(?:daily\s+)?(?:fractions?|sessions)\s+(?:of|(?:at|with)\s+a\s+(?:daily\s+)?dose\s+of))|\b(?<fx>single)\s+fraction\s+of)\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TimesBefore();

    /// <summary>The target after a mention or dose: "to the left upper lobe", "of the mediastinum", "in the whole uterus".</summary>
    [GeneratedRegex(@"^[\s,)]*(?:(?:(?:was|were)\s+)?(?:delivered|administered|given|directed|applied)[\s,]+)?(?:to|targeting|involving|(?:of|in|at|on)(?=\s+(?:the|his|her)\b)|(?:(?:was|were)\s+(?:delivered|administered|given|completed)\s*)?[;,]\s*the\s+(?:target|site|field)\s+(?:was|being))\s+(?:the\s+|his\s+|her\s+)?(?<site>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,5})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SiteAfter();

    public static int? CountValue(string word) => word.ToLowerInvariant() switch
    {
        "single" => 1,
        var digits when int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
        var words when NumberWords.TryParse(words, out var value) && value >= 1 => (int)value,
        _ => null,
    };
}
