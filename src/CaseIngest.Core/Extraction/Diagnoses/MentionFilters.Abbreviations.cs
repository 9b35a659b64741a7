using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is part of the article's abbreviation list.</summary>
internal static partial class MentionFilters
{
    /// <summary>
    /// Whether the mention is part of an entry of the article's abbreviation list ("Abbreviations: ICC: intrahepatic
    /// cholangiocarcinoma; HBOC: hereditary breast and ovarian cancer; …").
    /// </summary>
    public static bool InAbbreviationList(string text, int start)
    {
        var from = Math.Max(0, start - AbbreviationReach);
        var before = text.AsSpan(from, start - from);
        var list = before.LastIndexOf(AbbreviationsWord, StringComparison.OrdinalIgnoreCase);
        if (list < 0)
        {
            return false;
        }

        // the mention is the entry's abbreviation ("NSCLC: …") or part of its words ("ICC: intrahepatic …")
        var entry = Math.Max(list + AbbreviationsWord.Length, before.LastIndexOf(';') + 1);
        return start - (from + entry) <= MaxEntryLength
            && (AbbreviationEntryRegex().IsMatch(before[entry..]) || EntryStartRegex().IsMatch(before[entry..]));
    }

    private const string AbbreviationsWord = "abbreviation";
    private const int AbbreviationReach = 800;
    private const int MaxEntryLength = 100;

    // the words of an entry before the mention: "s: ICC: intrahepatic ", " HBOC, hereditary breast and ", " PDAC: "
    [GeneratedRegex(@"^(?:s?(?:\s+used)?\s*:)?\s*[A-Z][A-Za-z0-9/+-]{1,11}\s*[:=,]\s[^;:]*$")]
    private static partial Regex AbbreviationEntryRegex();

    // nothing of the entry before the mention: "s: " before "ICC: …", " " before "NSCLC, …"
    [GeneratedRegex(@"^(?:s?(?:\s+used)?\s*:)?\s*$")]
    private static partial Regex EntryStartRegex();
}
