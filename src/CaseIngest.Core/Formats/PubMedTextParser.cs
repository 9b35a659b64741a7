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
    public string Format => "pubmed-text";

    public bool Match(string text, string name)
    {
        if (XmlSniffer.StartsWithElement(text) || HtmlSniffer.IsHtml(text))
        {
            return false;
        }

        var lines = PubMedPageLines.Default;
        var hits = 0;
        var pmid = false;
        // Line by line over spans: this runs on every text document, most of which are not PubMed pages.
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var content = text.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (content.Length == 0)
            {
                continue;
            }

            hits += lines.Weight(content);
            pmid |= PmidLineRegex().IsMatch(content);
            if (hits >= 3)
            {
                return true;
            }
        }

        return hits >= 3 || (pmid && hits >= 2);
    }

    public ParseResult Parse(string text, string name)
    {
        var known = PubMedPageLines.Default;
        var lines = Lines(text);
        var contents = lines.Select(l => text.AsSpan(l.Start, l.End - l.Start).Trim().ToString()).ToList();
        var kinds = new (string Name, SectionKind Kind)[lines.Count];

        var citationLine = contents.FindIndex(c => CitationRegex().IsMatch(c) && !c.StartsWith("PMID", StringComparison.Ordinal));
        if (citationLine < 0)
        {
            // the citation line without its journal link text: ". 2024 Jan 29:15:1357601."
            citationLine = contents.FindIndex(c => LostJournalCitationRegex().IsMatch(c));
        }

        var titleLine = -1;
        if (citationLine >= 0)
        {
            titleLine = NextContent(contents, citationLine + 1, known);
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

            if (known.HeadingKind(content) is { } headingKind && (citationLine < 0 || i > citationLine))
            {
                current = (content, headingKind);
                inAbstract = headingKind == SectionKind.Abstract;
                kinds[i] = headingKind == SectionKind.Abstract ? ("Abstract", SectionKind.Abstract) : current;
                continue;
            }

            if (content.Length > 0 && known.LineKind(content) is { } lineKind)
            {
                kinds[i] = (lineKind == SectionKind.Chrome ? "Chrome" : content, lineKind);
                continue;
            }

            if (afterTitle && content.StartsWith("Keywords:", StringComparison.OrdinalIgnoreCase))
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
                    current = (label, AbstractPartKind(label, kind.Value));
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

    /// <summary>
    /// The kind of one labelled part of a structured abstract: the case part is the case; the background part speaks
    /// of the field ("Despite progress in radiotherapy, …"), so it reads as an introduction, where only sentences that
    /// point at the case state its facts; every other part is abstract.
    /// </summary>
    private static SectionKind AbstractPartKind(string label, SectionKind kind) =>
        kind == SectionKind.Case ? SectionKind.Case
        : label.StartsWith("background", StringComparison.OrdinalIgnoreCase) || label.StartsWith("introduction", StringComparison.OrdinalIgnoreCase) ? SectionKind.Introduction
        : SectionKind.Abstract;

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
        else if (citationLine >= 0 && LostJournalCitationRegex().Match(contents[citationLine]) is { Success: true } lost)
        {
            year = YearText.First(lost.Groups["year"].Value);
        }

        // the citation's continuation lines before the title: "doi: 10.3389/fimmu.2024.1357601. eCollection 2024."
        for (var i = citationLine + 1; citationLine >= 0 && doi is null && i < contents.Count && (titleLine < 0 || i < titleLine); i++)
        {
            doi = Identifiers.CleanDoi(DoiInCitationRegex().Match(contents[i]).Groups["doi"].Value);
        }

        string? pmid = null, pmcid = null;
        var abstractLine = Array.FindIndex(kinds, k => k.Kind is SectionKind.Abstract or SectionKind.Case);
        abstractLine = abstractLine < 0 ? contents.Count : abstractLine;
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
                authors.AddRange(AuthorLine.Split(content));
            }
            else if (name == "Keywords" && content.StartsWith("Keywords:", StringComparison.OrdinalIgnoreCase))
            {
                keywords.AddRange(PubMedHtmlParser.SplitKeywords(content));
            }
            else if (name == "Publication types" && kind == SectionKind.Metadata && content.Length > 0 && !content.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                publicationTypes.Add(content);
            }
            else if (kind is SectionKind.Chrome or SectionKind.Metadata && i < abstractLine && i != titleLine && PublicationTypeNames.IsName(content)
                && !publicationTypes.Contains(content, StringComparer.OrdinalIgnoreCase))
            {
                // the type the page shows over the citation or the title ("Case Reports")
                publicationTypes.Add(content);
            }
        }

        // "Yuan Bian et al. Front Immunol." under the title: the first author, and the journal when the citation lost it
        var headerShort = contents.Take(abstractLine).Select(c => ShortAuthorsRegex().Match(c)).FirstOrDefault(m => m.Success);
        var short_ = headerShort ?? contents.Select(c => ShortAuthorsRegex().Match(c)).FirstOrDefault(m => m.Success);
        if (short_ is not null && authors.Count == 0)
        {
            authors.Add(short_.Groups["first"].Value.Trim());
        }

        if (string.IsNullOrEmpty(journal) && headerShort is { } byline && byline.Groups["journal"].Success)
        {
            journal = byline.Groups["journal"].Value.Trim();
        }

        journal = string.IsNullOrEmpty(journal) ? DoiJournals.JournalOf(doi) : journal;

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
            PublicationTypes = publicationTypes.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }

    private static int NextContent(List<string> contents, int from, PubMedPageLines known)
    {
        for (var i = from; i < contents.Count; i++)
        {
            if (contents[i].Length > 0 && known.LineKind(contents[i]) is null && !ContinuationRegex().IsMatch(contents[i]))
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
    [GeneratedRegex(@"^(?<journal>[A-Z][A-Za-z0-9 &(),'\-]{0,150}?)\. (?<year>(?:18|19|20)\d\d)(?: [A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?: \d{1,2})?)?(?:;|:|\.|$)")]
    private static partial Regex CitationRegex();

    [GeneratedRegex(@"doi: ?(?<doi>10\.\d{4,9}/\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex DoiInCitationRegex();

    [GeneratedRegex(@"^(?:PMID: ?\d+|PMCID: ?PMC\d+|DOI: ?10\.)")]
    private static partial Regex PmidLineRegex();

    [GeneratedRegex(@"PMID: ?(?<id>\d{1,9})")]
    private static partial Regex PmidRegex();

    [GeneratedRegex(@"PMCID: ?(?<id>PMC\d+)")]
    private static partial Regex PmcidRegex();

    [GeneratedRegex(@"DOI: ?(?<doi>10\.\d{4,9}/\S+)")]
    private static partial Regex DoiLineRegex();

    [GeneratedRegex(@"^(?<label>[A-Z][A-Za-z ,&/\-]{1,60}):(?: |$)")]
    private static partial Regex SubTitleRegex();

    // "Yuan Bian et al. Front Immunol. ." (the space before "et al" may be a no-break space)
    [GeneratedRegex(@"^(?<first>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]*)+),?\s+et al\.(?:\s+(?<journal>[A-Z][A-Za-z&()' \-]{1,100}?)\.(?:\s|$))?", RegexOptions.None)]
    private static partial Regex ShortAuthorsRegex();

    // ". 2024 Jan 29:15:1357601." or ". 2023 Mar;11(3):e006012.": a citation line whose journal link text was lost
    [GeneratedRegex(@"^\.\s*(?<year>(?:18|19|20)\d\d)(?: [A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?: \d{1,2})?)?(?:;|:|\.|$)", RegexOptions.None)]
    private static partial Regex LostJournalCitationRegex();

    // the citation line's continuation: "doi: 10.…", "eCollection 2024.", "Epub 2024 Jan 5."
    [GeneratedRegex(@"^(?:doi:|eCollection\b|Epub\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuationRegex();
}
