using System.Globalization;
using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Bibliographic facts stated in the header block of a journal page or a PDF's first page, whatever its shape: a DOI,
/// PMID or PMCID anywhere in it; the year from a citation line ("J Med Cases. 2024;15(3):123-9"), then "Published
/// online June 19, 2024", then "Accepted …" or "Received …", then "© 2024"; the journal from the citation line or,
/// failing that, from the DOI's stem; the authors from the by-line under the title; the keywords from a "Keywords:"
/// line. A field the parser already
/// read is kept.
/// </summary>
internal static partial class HeaderMetadata
{
    /// <summary>How far into a document its header block (title page, first-page footer) may reach.</summary>
    public const int HeaderLength = 6000;

    public static ArticleInfo Complete(ArticleInfo article, string text, int titleLineEnd = -1)
    {
        // the header is the first HeaderLength characters, searched in place (a regex given a length sees no further)
        var header = Math.Min(text.Length, HeaderLength);
        var citation = CitationRegex().Match(text, 0, header);
        var doi = article.Doi ?? Identifiers.CleanDoi(Identifiers.DoiRegex().Match(text, 0, header).Value);
        return article with
        {
            Doi = doi,
            Pmid = article.Pmid ?? Group(PmidRegex().Match(text, 0, header), "id"),
            Pmcid = article.Pmcid ?? Group(PmcidRegex().Match(text, 0, header), "id"),
            Year = article.Year ?? Year(text, header, citation),
            Journal = article.Journal ?? (citation.Success ? citation.Groups["journal"].Value.Trim() : DoiJournals.JournalOf(doi)),
            Authors = article.Authors.Count > 0 || titleLineEnd < 0 ? article.Authors : ByLine(text, titleLineEnd),
            Keywords = article.Keywords.Count > 0 ? article.Keywords : Keywords(text, header),
        };
    }

    /// <summary>
    /// The keywords of a header line "Keywords: a; b; c" ("**Keywords:**", "Key words —") in the first
    /// <paramref name="header"/> characters of <paramref name="text"/>, split on semicolons, else commas.
    /// </summary>
    private static IReadOnlyList<string> Keywords(string text, int header)
    {
        var head = text.AsSpan(0, header);
        if (!OrdinalIgnoreCase.Contains(head, "ey word") && !OrdinalIgnoreCase.Contains(head, "eywords"))
        {
            return [];
        }

        var match = KeywordsRegex().Match(text, 0, header);
        if (!match.Success)
        {
            return [];
        }

        var list = match.Groups["list"].Value.Trim().TrimEnd('.');
        var separator = list.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        return [.. list.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(k => k.Length <= 80)];
    }

    /// <summary>The names of the first by-line among the few lines under the title, before any heading.</summary>
    public static IReadOnlyList<string> ByLine(string text, int from)
    {
        var start = from;
        for (var seen = 0; seen < 3 && start < text.Length; )
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] == '#' || line.Length > 400 || Sectioner.Classify(line) is not null)
            {
                break;
            }

            seen++;
            var names = AuthorLine.Split(line.ToString().Replace("*", string.Empty, StringComparison.Ordinal));
            if (names.Count > 0)
            {
                return names;
            }
        }

        return [];
    }

    private static int? Year(string text, int header, Match citation)
    {
        if (citation.Success)
        {
            return int.Parse(citation.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        // the first of these dates that the header states, each searched only when the ones before are missing
        foreach (var regex in (Regex[])[PublishedRegex(), AcceptedRegex(), ReceivedRegex(), CopyrightRegex()])
        {
            var match = regex.Match(text, 0, header);
            if (match.Success)
            {
                return int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static string? Group(Match match, string name) => match.Success ? match.Groups[name].Value : null;

    private const string Year4 = @"(?<year>(?:19|20)\d\d)\b";

    private const string Date = @"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+|[A-Z][a-z]{2,8}\.?,?\s+|\d{1,2}[./-]\d{1,2}[./-])?";

    // "J Med Cases. 2024;15(3):123-130", "Cureus 2023;15:e39876"
    [GeneratedRegex(@"(?<![\w.])(?<journal>[A-Z][A-Za-z]*(?: (?:[A-Z][A-Za-z]*|&|\([A-Z][A-Za-z]*\))){0,8})\.? (?:" + Date + ")?" + Year4 + @"\s*;\s*\d{1,4}\s*(?:\([\w\s-]{1,12}\))?\s*:\s*e?\d", RegexOptions.Multiline)]
    private static partial Regex CitationRegex();

    [GeneratedRegex(@"\b(?:published\s+online|published\s*:|first\s+published|available\s+online|epub(?:\s+ahead\s+of\s+print)?)\s*:?\s*(?:on\s+)?" + Date + Year4, RegexOptions.IgnoreCase)]
    private static partial Regex PublishedRegex();

    [GeneratedRegex(@"\baccepted(?:\s+for\s+publication)?\s*:?\s*(?:on\s+)?" + Date + Year4, RegexOptions.IgnoreCase)]
    private static partial Regex AcceptedRegex();

    [GeneratedRegex(@"\b(?:received|submitted)\s*:?\s*(?:on\s+)?" + Date + Year4, RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedRegex();

    [GeneratedRegex(@"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?" + Year4, RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightRegex();

    // "Keywords: a; b", "**Keywords:** a; b", "Key words — a, b" as a line of its own
    [GeneratedRegex(@"^[*_\s]{0,3}key\s?words[*_]{0,2}\s*(?::|—|–|-)[*_]{0,2}\s*(?<list>\S[^\n]{1,400})$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex KeywordsRegex();

    [GeneratedRegex(@"\bPMID\s*:?\s*(?<id>\d{1,9})\b", RegexOptions.None)]
    private static partial Regex PmidRegex();

    [GeneratedRegex(@"\b(?:PMCID\s*:?\s*)?(?<id>PMC\d{4,9})\b", RegexOptions.None)]
    private static partial Regex PmcidRegex();
}
