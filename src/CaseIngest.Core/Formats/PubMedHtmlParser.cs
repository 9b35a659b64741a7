using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;
using HtmlAgilityPack;

namespace CaseIngest.Core.Formats;

/// <summary>
/// A PubMed article page saved as HTML: the current pubmed.ncbi.nlm.nih.gov layout (citation_* meta tags,
/// <c>h1.heading-title</c>, <c>.authors-list</c>, <c>div.abstract-content</c> with <c>strong.sub-title</c>
/// sub-headings, <c>span.identifier</c>, publication types) and the legacy www.ncbi.nlm.nih.gov/pubmed layout
/// (<c>div.rprt.abstract</c>: <c>div.cit</c>, <c>h1</c>, <c>div.auths</c>, <c>div.abstr</c>, <c>dl.rprtid</c>).
/// Only the article is kept: site chrome, "Similar articles", "Cited by" and references are dropped.
/// </summary>
public sealed class PubMedHtmlParser : IDocumentParser
{
    public string Format => "pubmed-html";

    public bool Match(string text, string name)
    {
        if (!HtmlSniffer.IsHtml(text))
        {
            return false;
        }

        return text.Contains("class=\"heading-title\"", StringComparison.Ordinal) && text.Contains("abstract-content", StringComparison.Ordinal)
            || text.Contains("id=\"full-view-heading\"", StringComparison.Ordinal)
            || text.Contains("name=\"ncbi_db\" content=\"pubmed\"", StringComparison.Ordinal) && text.Contains("class=\"rprt abstract\"", StringComparison.Ordinal);
    }

    public ParseResult Parse(string text, string name)
    {
        var document = HtmlTree.Load(text, out var error);
        if (document is null)
        {
            return new ParseResult(null, error);
        }

        var root = document.DocumentNode;
        var meta = HtmlMeta.Read(root);
        var assembler = new TextAssembler();
        var legacy = HtmlTree.All(root, "div", "rprt").FirstOrDefault(n => HtmlTree.HasClass(n, "abstract"));
        var article = legacy is not null ? ReadLegacy(legacy, assembler) : ReadCurrent(root, assembler);
        var fromMeta = meta.ToArticle();
        article = new ArticleInfo
        {
            Title = article.Title ?? fromMeta.Title,
            Journal = fromMeta.Journal ?? article.Journal,
            Year = fromMeta.Year ?? article.Year,
            Pmid = fromMeta.Pmid ?? article.Pmid ?? (meta.First("ncbi_uidlist") is { } uid && uid.All(char.IsAsciiDigit) ? uid : null),
            Pmcid = fromMeta.Pmcid ?? article.Pmcid,
            Doi = fromMeta.Doi ?? article.Doi,
            Authors = article.Authors.Count > 0 ? article.Authors : fromMeta.Authors,
            Keywords = article.Keywords.Count > 0 ? article.Keywords : fromMeta.Keywords,
            PublicationTypes = article.PublicationTypes,
        };

        var (plain, sections) = assembler.Build();
        if (plain.Length == 0)
        {
            return ParseResult.Failed(ErrorCodes.NoArticle, "The PubMed page holds neither a title nor an abstract.");
        }

        return ParseResult.Success(new ParsedDocument(Format, plain, sections, article));
    }

    private static ArticleInfo ReadCurrent(HtmlNode root, TextAssembler assembler)
    {
        var heading = HtmlTree.First(root, "div", id: "full-view-heading") ?? HtmlTree.First(root, "header", id: "heading") ?? root;
        var title = InlineText.NullIfEmpty(HtmlTree.TextOf(HtmlTree.First(heading, "h1", "heading-title") ?? HtmlTree.First(root, "h1", "heading-title")));
        assembler.Block("Title", SectionKind.Title, title ?? string.Empty);

        var journalTrigger = HtmlTree.First(heading, "button", "journal-actions-trigger");
        var journal = journalTrigger is null ? null : InlineText.NullIfEmpty(HtmlTree.Decode(journalTrigger.GetAttributeValue("title", string.Empty)));
        var citation = HtmlTree.All(heading, null, "article-source").FirstOrDefault() ?? HtmlTree.All(heading, null, "cit").FirstOrDefault();
        var citationText = HtmlTree.TextOf(citation, IsActionMenu).Replace(" . ", ". ", StringComparison.Ordinal);
        assembler.Block("Citation", SectionKind.Metadata, citationText);

        var authorsList = HtmlTree.All(heading, "div", "authors-list").FirstOrDefault() ?? HtmlTree.All(root, "div", "authors-list").FirstOrDefault();
        var authors = authorsList is null ? [] : HtmlTree.All(authorsList, "a", "full-name").Select(a => HtmlTree.TextOf(a)).Where(a => a.Length > 0).Distinct().ToList();
        assembler.Block("Authors", SectionKind.Metadata, string.Join(", ", authors));

        var abstractDiv = HtmlTree.First(root, "div", id: "abstract") ?? HtmlTree.All(root, "div", "abstract").FirstOrDefault();
        var keywords = new List<string>();
        if (abstractDiv is not null)
        {
            var content = HtmlTree.All(abstractDiv, "div", "abstract-content").FirstOrDefault(n => HtmlTree.HasClass(n, "selected"))
                ?? HtmlTree.All(abstractDiv, "div", "abstract-content").FirstOrDefault();
            if (content is not null)
            {
                AppendAbstractParagraphs(assembler, content);
            }

            foreach (var paragraph in HtmlTree.Elements(abstractDiv, "p").Where(p => content is null || !IsInside(p, content)))
            {
                var subTitle = HtmlTree.All(paragraph, "strong", "sub-title").FirstOrDefault();
                if (subTitle is not null && HtmlTree.TextOf(subTitle).StartsWith("Keywords", StringComparison.OrdinalIgnoreCase))
                {
                    var line = HtmlTree.TextOf(paragraph);
                    assembler.Block("Keywords", SectionKind.Metadata, line);
                    keywords.AddRange(SplitKeywords(HtmlTree.TextOf(paragraph, n => n == subTitle)));
                }
            }
        }

        var identifiers = Identifiers(root);
        assembler.Block("Identifiers", SectionKind.Metadata, string.Join(" ", ((string?[])[
            identifiers.Pmid is null ? null : "PMID: " + identifiers.Pmid,
            identifiers.Pmcid is null ? null : "PMCID: " + identifiers.Pmcid,
            identifiers.Doi is null ? null : "DOI: " + identifiers.Doi]).OfType<string>()));

        var conflict = HtmlTree.First(root, "div", id: "conflict-of-interest");
        if (conflict is not null)
        {
            assembler.Block("Conflict of interest statement", SectionKind.BackMatter, HtmlTree.TextOf(conflict));
        }

        var publicationTypes = new List<string>();
        if (HtmlTree.First(root, "div", id: "publication-types") is { } types)
        {
            var list = HtmlTree.First(types, "ul");
            var items = list is null ? [] : list.ChildNodes.Where(n => n.Name == "li");
            publicationTypes.AddRange(items.Select(li => HtmlTree.TextOf(li, IsActionMenu)).Where(t => t.Length > 0).Distinct());
            assembler.Block("Publication types", SectionKind.Metadata, string.Join("\n", publicationTypes));
        }

        return new ArticleInfo
        {
            Title = title,
            Journal = journal,
            Year = YearText.First(citationText),
            Pmid = identifiers.Pmid,
            Pmcid = identifiers.Pmcid,
            Doi = identifiers.Doi,
            Authors = authors,
            Keywords = keywords,
            PublicationTypes = publicationTypes,
        };
    }

    private static void AppendAbstractParagraphs(TextAssembler assembler, HtmlNode content)
    {
        var name = "Abstract";
        var kind = SectionKind.Abstract;
        var paragraphs = HtmlTree.Elements(content, "p").ToList();
        if (paragraphs.Count == 0)
        {
            assembler.Block(name, kind, HtmlTree.TextOf(content));
            return;
        }

        foreach (var paragraph in paragraphs)
        {
            var subTitle = HtmlTree.All(paragraph, "strong", "sub-title").FirstOrDefault();
            if (subTitle is not null)
            {
                var label = HtmlTree.TextOf(subTitle).TrimEnd(':').Trim();
                name = label.Length > 0 ? label : name;
                kind = Sectioner.KindOfHeading(label) == SectionKind.Case ? SectionKind.Case : SectionKind.Abstract;
            }

            assembler.Block(name, kind, HtmlTree.TextOf(paragraph));
        }
    }

    private static (string? Pmid, string? Pmcid, string? Doi) Identifiers(HtmlNode root)
    {
        string? pmid = null, pmcid = null, doi = null;
        var list = HtmlTree.First(root, "ul", id: "full-view-identifiers") ?? root;
        foreach (var identifier in HtmlTree.All(list, "span", "identifier"))
        {
            var value = HtmlTree.TextOf(HtmlTree.All(identifier, null, "current-id").FirstOrDefault() ?? HtmlTree.All(identifier, "a", "id-link").FirstOrDefault());
            if (value.Length == 0)
            {
                value = HtmlTree.TextOf(identifier, n => HtmlTree.HasClass(n, "id-label"));
            }

            if (HtmlTree.HasClass(identifier, "pubmed"))
            {
                pmid ??= value.All(char.IsAsciiDigit) && value.Length > 0 ? value : null;
            }
            else if (HtmlTree.HasClass(identifier, "pmc"))
            {
                pmcid ??= value.StartsWith("PMC", StringComparison.Ordinal) ? value : null;
            }
            else if (HtmlTree.HasClass(identifier, "doi"))
            {
                doi ??= Formats.Identifiers.CleanDoi(value);
            }
        }

        return (pmid, pmcid, doi);
    }

    private static ArticleInfo ReadLegacy(HtmlNode report, TextAssembler assembler)
    {
        var title = InlineText.NullIfEmpty(HtmlTree.TextOf(HtmlTree.First(report, "h1")));
        assembler.Block("Title", SectionKind.Title, title ?? string.Empty);

        var citation = HtmlTree.All(report, "div", "cit").FirstOrDefault();
        var citationText = HtmlTree.TextOf(citation);
        assembler.Block("Citation", SectionKind.Metadata, citationText);
        var journalLink = citation is null ? null : HtmlTree.Elements(citation, "a").FirstOrDefault();
        var journal = journalLink is null ? null : InlineText.NullIfEmpty(HtmlTree.Decode(journalLink.GetAttributeValue("title", string.Empty)).TrimEnd('.'))
            ?? InlineText.NullIfEmpty(HtmlTree.TextOf(journalLink).TrimEnd('.'));

        var authorsDiv = HtmlTree.All(report, "div", "auths").FirstOrDefault();
        var authors = authorsDiv is null ? [] : HtmlTree.Elements(authorsDiv, "a").Select(a => HtmlTree.TextOf(a)).Where(a => a.Length > 0).ToList();
        assembler.Block("Authors", SectionKind.Metadata, string.Join(", ", authors));
        if (HtmlTree.All(report, "div", "afflist").FirstOrDefault() is { } affiliations)
        {
            assembler.Block("Author information", SectionKind.Metadata, string.Join("\n", HtmlTree.Elements(affiliations, "li").Select(li => HtmlTree.TextOf(li))));
        }

        if (HtmlTree.All(report, "div", "abstr").FirstOrDefault() is { } abstractDiv)
        {
            var name = "Abstract";
            var kind = SectionKind.Abstract;
            foreach (var node in HtmlTree.Walk(abstractDiv).Where(n => n.Name is "h4" or "p"))
            {
                if (node.Name == "h4")
                {
                    name = HtmlTree.TextOf(node).TrimEnd(':', ' ');
                    kind = Sectioner.KindOfHeading(name) == SectionKind.Case ? SectionKind.Case : SectionKind.Abstract;
                    assembler.Block(name, kind, HtmlTree.TextOf(node));
                }
                else
                {
                    assembler.Line(name, kind, HtmlTree.TextOf(node));
                }
            }
        }

        var keywords = new List<string>();
        if (HtmlTree.All(report, "div", "keywords").FirstOrDefault() is { } keywordsDiv)
        {
            var line = HtmlTree.TextOf(keywordsDiv);
            assembler.Block("Keywords", SectionKind.Metadata, line);
            keywords.AddRange(SplitKeywords(HtmlTree.TextOf(keywordsDiv, n => n.Name is "h4" or "h3")));
        }

        string? pmid = null, doi = null, pmcid = null;
        foreach (var definitions in HtmlTree.All(report, "dl", "rprtid"))
        {
            string? label = null;
            foreach (var node in HtmlTree.Walk(definitions).Where(n => n.Name is "dt" or "dd"))
            {
                if (node.Name == "dt")
                {
                    label = HtmlTree.TextOf(node).TrimEnd(':');
                    continue;
                }

                var value = HtmlTree.TextOf(node);
                switch (label)
                {
                    case "PMID":
                        pmid ??= value;
                        break;
                    case "DOI":
                        doi ??= Formats.Identifiers.CleanDoi(value);
                        break;
                    case "PMCID":
                        pmcid ??= value;
                        break;
                }
            }
        }

        var publicationTypes = new List<string>();
        foreach (var heading in HtmlTree.All(report, "div", "morecit").SelectMany(d => HtmlTree.Elements(d, "h4")))
        {
            if (HtmlTree.TextOf(heading).Equals("Publication Types", StringComparison.OrdinalIgnoreCase) && Next(heading, "ul") is { } list)
            {
                publicationTypes.AddRange(HtmlTree.Elements(list, "li").Select(li => HtmlTree.TextOf(li)).Where(t => t.Length > 0));
            }
        }

        return new ArticleInfo
        {
            Title = title,
            Journal = journal,
            Year = YearText.First(citationText),
            Pmid = pmid,
            Pmcid = pmcid,
            Doi = doi ?? Formats.Identifiers.CleanDoi(citationText),
            Authors = authors,
            Keywords = keywords,
            PublicationTypes = publicationTypes,
        };
    }

    private static HtmlNode? Next(HtmlNode node, string name)
    {
        for (var sibling = node.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            if (sibling.NodeType == HtmlNodeType.Element)
            {
                return sibling.Name == name ? sibling : null;
            }
        }

        return null;
    }

    private static bool IsInside(HtmlNode node, HtmlNode container)
    {
        for (var parent = node.ParentNode; parent is not null; parent = parent.ParentNode)
        {
            if (parent == container)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsActionMenu(HtmlNode node) =>
        node.Name is "button" or "ul" && !HtmlTree.HasClass(node, "journal-actions-trigger") && !HtmlTree.HasClass(node, "keyword-actions-trigger")
        || HtmlTree.HasClass(node, "journal-actions-dropdown") || HtmlTree.HasClass(node, "keyword-actions-dropdown");

    internal static IEnumerable<string> SplitKeywords(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("Keywords", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[8..].TrimStart(':', ' ');
        }

        return trimmed.TrimEnd('.').Split([';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(k => k.Length > 0);
    }
}
