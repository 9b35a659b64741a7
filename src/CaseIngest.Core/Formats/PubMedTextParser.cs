using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// A pubmed.ncbi.nlm.nih.gov article page copied as plain text. The text is kept as it is; lines are classified
/// into sections: site chrome (navigation, "PubMed Disclaimer", footer) is Chrome, the citation line, authors,
/// affiliations and identifiers are Metadata, the abstract (with its sub-titles) is Abstract or Case, and
/// "Similar articles", "Cited by", "References" are References. Metadata is read from the same lines.
/// </summary>
public sealed partial class PubMedTextParser : IDocumentParser
{
    private static readonly Dictionary<string, SectionKind> SectionHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Abstract"] = SectionKind.Abstract,
        ["Similar articles"] = SectionKind.References,
        ["Cited by"] = SectionKind.References,
        ["References"] = SectionKind.References,
        ["Comment in"] = SectionKind.References,
        ["Comment on"] = SectionKind.References,
        ["Erratum in"] = SectionKind.References,
        ["Update of"] = SectionKind.References,
        ["Update in"] = SectionKind.References,
        ["Publication types"] = SectionKind.Metadata,
        ["MeSH terms"] = SectionKind.Metadata,
        ["Substances"] = SectionKind.Metadata,
        ["Supplementary concepts"] = SectionKind.Metadata,
        ["Grants and funding"] = SectionKind.Metadata,
        ["Associated data"] = SectionKind.Metadata,
        ["Affiliations"] = SectionKind.Metadata,
        ["Conflict of interest statement"] = SectionKind.BackMatter,
        ["Figures"] = SectionKind.Caption,
        ["LinkOut - more resources"] = SectionKind.Chrome,
        ["Related information"] = SectionKind.Chrome,
        ["Full text links"] = SectionKind.Chrome,
        ["Full Text Sources"] = SectionKind.Chrome,
        ["Other Literature Sources"] = SectionKind.Chrome,
        ["Medical"] = SectionKind.Chrome,
        ["Research Materials"] = SectionKind.Chrome,
        ["Miscellaneous"] = SectionKind.Chrome,
        ["Cite"] = SectionKind.Chrome,
        ["Follow NCBI"] = SectionKind.Chrome,
        ["Connect with NLM"] = SectionKind.Chrome,
    };

    private static readonly HashSet<string> ChromeLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "Skip to main page content", "An official website of the United States government", "Here's how you know", "Here’s how you know",
        "Official websites use .gov", "Secure .gov websites use HTTPS", "Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation",
        "Search", "Search:", "Search: Search", "Advanced", "Advanced Clipboard", "Clipboard", "User Guide", "Save", "Email", "Send to",
        "Display options", "Display options Display options", "Format", "Format:", "Abstract PubMed PMID", "Full text links", "Cite", "Share",
        "Actions", "Collections", "Permalink", "Copy", "Page navigation", "Title & authors", "PubMed Disclaimer", "Expand", "Collapse",
        "Item in Clipboard", "Free PMC article", "Free article", "Free full text", "See all similar articles", "See all \"Cited by\" articles",
        "Show details", "Show all", "Add to Search", "Add to Collections", "Add to My Bibliography", "My Bibliography", "Collections",
        "Create a new collection", "Add to an existing collection", "Name your collection:", "Choose a collection:", "Unable to load your collection due to an error",
        "Please try again", "Add", "Cancel", "Download .nbib", "Download .nbib .nbib", "Previous", "Next", "Show all 10 pages", "Load more",
        "FOLLOW NCBI", "NLM", "NIH", "HHS", "USA.gov", "National Library of Medicine", "8600 Rockville Pike", "Bethesda, MD 20894",
        "National Library of Medicine 8600 Rockville Pike Bethesda, MD 20894", "Web Policies", "FOIA", "HHS Vulnerability Disclosure",
        "Web Policies FOIA HHS Vulnerability Disclosure", "Help", "Accessibility", "Careers", "Help Accessibility Careers",
        "NLM NIH HHS USA.gov", "Twitter", "Facebook", "Youtube", "LinkedIn", "GitHub", "Blog", "Support Center", "Log in", "Log out",
        "Account settings", "Dashboard", "Publications", "Bibliography", "Similar articles", "Cited by", "MeSH terms", "Publication types",
        "LinkOut - more resources", "Full Text Sources", "Related information", "PubMed", "Cite this article", "Copy Download .nbib",
        "Citation manager", "Citation manager:", "Select format", "Create file", "Sort by", "Per page", "Selection", "Whole page",
        "Selection:", "Email address has not been verified.", "Go to email settings", "Send email", "Share on Facebook", "Share on Twitter",
    };

    public string Format => "pubmed-text";

    public bool Match(string text, string name)
    {
        if (XmlSniffer.LooksLikeMarkup(text))
        {
            return false;
        }

        var hits = 0;
        var pmid = false;
        foreach (var line in Lines(text))
        {
            var content = text.AsSpan(line.Start, line.End - line.Start).Trim().ToString();
            if (content.Length == 0)
            {
                continue;
            }

            if (content is "Skip to main page content" or "An official website of the United States government" or "PubMed Disclaimer"
                || content.StartsWith("Access keys NCBI Homepage", StringComparison.Ordinal))
            {
                hits += 2;
            }
            else if (content is "Similar articles" or "Cited by" or "Publication types" or "MeSH terms" or "LinkOut - more resources" or "Full text links")
            {
                hits++;
            }
            else if (PmidLineRegex().IsMatch(content))
            {
                pmid = true;
            }
        }

        return hits >= 3 || (pmid && hits >= 2);
    }

    public ParseResult Parse(string text, string name)
    {
        var lines = Lines(text);
        var contents = lines.Select(l => text.AsSpan(l.Start, l.End - l.Start).Trim().ToString()).ToList();
        var kinds = new (string Name, SectionKind Kind)[lines.Count];

        var citationLine = contents.FindIndex(c => CitationRegex().IsMatch(c) && !c.StartsWith("PMID", StringComparison.Ordinal));
        var titleLine = -1;
        if (citationLine >= 0)
        {
            titleLine = NextContent(contents, citationLine + 1, skipChrome: true);
        }

        var current = ("Chrome", SectionKind.Chrome);
        var afterTitle = false;
        var inAbstract = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var content = contents[i];
            if (i == citationLine)
            {
                kinds[i] = current = ("Citation", SectionKind.Metadata);
                continue;
            }

            if (i == titleLine)
            {
                kinds[i] = ("Title", SectionKind.Title);
                current = ("Authors", SectionKind.Metadata);
                afterTitle = true;
                continue;
            }

            if (SectionHeadings.TryGetValue(content, out var headingKind) && (citationLine < 0 || i > citationLine))
            {
                current = (content, headingKind);
                inAbstract = headingKind == SectionKind.Abstract;
                kinds[i] = headingKind == SectionKind.Abstract ? ("Abstract", SectionKind.Abstract) : current;
                continue;
            }

            if (content.Length > 0 && ChromeLines.Contains(content) || IsChromePattern(content))
            {
                kinds[i] = ("Chrome", SectionKind.Chrome);
                continue;
            }

            if (inAbstract && content.StartsWith("Keywords:", StringComparison.OrdinalIgnoreCase))
            {
                kinds[i] = ("Keywords", SectionKind.Metadata);
                current = ("Keywords", SectionKind.Metadata);
                inAbstract = false;
                continue;
            }

            if (inAbstract && SubTitleRegex().Match(content) is { Success: true } subTitle)
            {
                var label = subTitle.Groups["label"].Value.Trim();
                var kind = Sectioner.KindOfHeading(label);
                if (kind is not null)
                {
                    current = (label, kind == SectionKind.Case ? SectionKind.Case : SectionKind.Abstract);
                }
            }

            if (afterTitle && !inAbstract && PmidLineRegex().IsMatch(content))
            {
                kinds[i] = ("Identifiers", SectionKind.Metadata);
                continue;
            }

            kinds[i] = current;
        }

        var builder = new SectionBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Mark(lines[i].Start, kinds[i].Name, kinds[i].Kind);
        }

        var sections = builder.Build(text.Length);
        return ParseResult.Success(new ParsedDocument(Format, text, sections, Article(contents, kinds, citationLine, titleLine)));
    }

    private static ArticleInfo Article(List<string> contents, (string Name, SectionKind Kind)[] kinds, int citationLine, int titleLine)
    {
        string? journal = null;
        int? year = null;
        string? doi = null;
        if (citationLine >= 0 && CitationRegex().Match(contents[citationLine]) is { Success: true } citation)
        {
            journal = citation.Groups["journal"].Value.Trim();
            year = YearText.First(citation.Groups["year"].Value);
            doi = Identifiers.CleanDoi(DoiInCitationRegex().Match(contents[citationLine]).Groups["doi"].Value);
        }

        string? pmid = null, pmcid = null;
        var authors = new List<string>();
        var keywords = new List<string>();
        var publicationTypes = new List<string>();
        var end = contents.Count;
        for (var i = 0; i < end; i++)
        {
            var (name, kind) = kinds[i];
            var content = contents[i];
            if (name == "Identifiers")
            {
                pmid ??= PmidRegex().Match(content) is { Success: true } m ? m.Groups["id"].Value : null;
                pmcid ??= PmcidRegex().Match(content) is { Success: true } p ? p.Groups["id"].Value : null;
                doi ??= DoiLineRegex().Match(content) is { Success: true } d ? Identifiers.CleanDoi(d.Groups["doi"].Value) : null;
            }
            else if (name == "Authors" && authors.Count == 0 && content.Length > 0 && !content.Contains("et al", StringComparison.Ordinal))
            {
                authors.AddRange(SplitAuthors(content));
            }
            else if (name == "Keywords" && content.StartsWith("Keywords:", StringComparison.OrdinalIgnoreCase))
            {
                keywords.AddRange(PubMedHtmlParser.SplitKeywords(content));
            }
            else if (name == "Publication types" && kind == SectionKind.Metadata && content.Length > 0 && !content.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                publicationTypes.Add(content);
            }
        }

        if (authors.Count == 0)
        {
            var short_ = contents.Select(c => ShortAuthorsRegex().Match(c)).FirstOrDefault(m => m.Success);
            if (short_ is not null)
            {
                authors.Add(short_.Groups["first"].Value.Trim());
            }
        }

        return new ArticleInfo
        {
            Title = titleLine >= 0 ? contents[titleLine] : null,
            Journal = journal,
            Year = year,
            Pmid = pmid,
            Pmcid = pmcid,
            Doi = doi,
            Authors = authors,
            Keywords = keywords,
            PublicationTypes = publicationTypes,
        };
    }

    /// <summary>"Jane Q Doe 1 2, John Smith 3" or "Jane Q Doe1, John Smith2": names without affiliation numbers.</summary>
    private static IEnumerable<string> SplitAuthors(string line) =>
        line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => AffiliationNumbersRegex().Replace(a, string.Empty).Trim())
            .Where(a => a.Length > 1 && !a.All(char.IsDigit));

    private static bool IsChromePattern(string content) =>
        content.StartsWith("Access keys NCBI Homepage", StringComparison.Ordinal)
        || content.StartsWith("The .gov means it", StringComparison.Ordinal)
        || content.StartsWith("Federal government websites often end in .gov", StringComparison.Ordinal)
        || content.StartsWith("A lock (", StringComparison.Ordinal)
        || content.StartsWith("The site is secure", StringComparison.Ordinal)
        || content.StartsWith("Share sensitive information only on official", StringComparison.Ordinal)
        || content.StartsWith("Item in Clipboard", StringComparison.Ordinal)
        || content.StartsWith("Copyright ©", StringComparison.Ordinal) && content.Contains("PubMed", StringComparison.Ordinal);

    private static int NextContent(List<string> contents, int from, bool skipChrome)
    {
        for (var i = from; i < contents.Count; i++)
        {
            if (contents[i].Length > 0 && !(skipChrome && ChromeLines.Contains(contents[i])))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                if (start < text.Length)
                {
                    lines.Add((start, text.Length));
                }

                break;
            }

            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    // "J Clin Oncol. 2024 Mar 1;42(7):123-9. doi: 10.1200/JCO.23.01234. Epub 2024 Jan 5." / "Cureus. 2023 Jun 2;15(6):e39876."
    [GeneratedRegex(@"^(?<journal>[A-Z][A-Za-z0-9 &(),'\-]{0,150}?)\. (?<year>(?:18|19|20)\d\d)(?: [A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?: \d{1,2})?)?(?:;|:|\.|$)", RegexOptions.NonBacktracking)]
    private static partial Regex CitationRegex();

    [GeneratedRegex(@"doi: ?(?<doi>10\.\d{4,9}/\S+)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex DoiInCitationRegex();

    [GeneratedRegex(@"^(?:PMID: ?\d+|PMCID: ?PMC\d+|DOI: ?10\.)", RegexOptions.NonBacktracking)]
    private static partial Regex PmidLineRegex();

    [GeneratedRegex(@"PMID: ?(?<id>\d{1,9})", RegexOptions.NonBacktracking)]
    private static partial Regex PmidRegex();

    [GeneratedRegex(@"PMCID: ?(?<id>PMC\d+)", RegexOptions.NonBacktracking)]
    private static partial Regex PmcidRegex();

    [GeneratedRegex(@"DOI: ?(?<doi>10\.\d{4,9}/\S+)", RegexOptions.NonBacktracking)]
    private static partial Regex DoiLineRegex();

    [GeneratedRegex(@"^(?<label>[A-Z][A-Za-z ,&/\-]{1,60}):(?: |$)", RegexOptions.NonBacktracking)]
    private static partial Regex SubTitleRegex();

    [GeneratedRegex(@"(?:\s*\d{1,3})+\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex AffiliationNumbersRegex();

    [GeneratedRegex(@"^(?<first>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]*)+),? et al\.", RegexOptions.NonBacktracking)]
    private static partial Regex ShortAuthorsRegex();
}
