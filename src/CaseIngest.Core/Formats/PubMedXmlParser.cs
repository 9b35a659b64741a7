using System.Xml.Linq;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// PubMed / MEDLINE XML (efetch <c>PubmedArticleSet</c>, single <c>PubmedArticle</c> or <c>PubmedBookArticle</c>),
/// every DTD version. Text: per article the title, then the abstract with each labelled part as its own section.
/// Metadata comes from the first article. The document is read forward once (<see cref="PubMedArticleStream"/>),
/// building only the elements read here.
/// </summary>
public sealed class PubMedXmlParser : IUtf8DocumentParser
{
    public string Format => "pubmed-xml";

    public bool Match(string text, string name) =>
        XmlSniffer.RootIs(text, "PubmedArticleSet", "PubmedArticle", "PubmedBookArticle", "PubmedBookArticleSet");

    public ParseResult Parse(string text, string name)
    {
        var articles = SafeXml.Read(text, PubMedArticleStream.Read, out var error);
        return Parse(articles, error);
    }

    bool IUtf8DocumentParser.Match(ReadOnlySpan<byte> utf8, string? rootName, string name) =>
        rootName is "PubmedArticleSet" or "PubmedArticle" or "PubmedBookArticle" or "PubmedBookArticleSet";

    ParseResult IUtf8DocumentParser.Parse(ReadOnlySpan<byte> utf8, string name)
    {
        var articles = SafeXml.Read(utf8, PubMedArticleStream.Read, out var error);
        return Parse(articles, error);
    }

    private ParseResult Parse(List<XElement>? articles, ExtractionError? error)
    {
        if (articles is null)
        {
            return new ParseResult(null, error ?? new ExtractionError(ErrorCodes.MalformedXml, "The XML has no root element."));
        }

        if (articles.Count == 0)
        {
            return ParseResult.Failed(ErrorCodes.Empty, "The PubMed XML holds no article (an empty PubmedArticleSet, as PubMed returns for an unknown PMID).");
        }

        var assembler = new TextAssembler();
        foreach (var article in articles)
        {
            AppendArticle(assembler, article);
        }

        var (plain, sections) = assembler.Build();
        if (plain.Length == 0)
        {
            return ParseResult.Failed(ErrorCodes.NoArticle, "The PubMed XML articles hold neither a title nor an abstract.");
        }

        return ParseResult.Success(new ParsedDocument(Format, plain, sections, ReadArticle(articles[0])));
    }

    private static void AppendArticle(TextAssembler assembler, XElement article)
    {
        var (_, body) = Parts(article);
        assembler.Block("Title", SectionKind.Title, Title(body) ?? string.Empty);
        foreach (var abstractText in body.Child("Abstract").Children("AbstractText"))
        {
            var label = abstractText.Attr("Label")?.Trim();
            var content = XmlText.Build(abstractText);
            if (string.IsNullOrEmpty(label) || label.Equals("UNLABELLED", StringComparison.OrdinalIgnoreCase))
            {
                assembler.Block("Abstract", SectionKind.Abstract, content);
                continue;
            }

            var kind = Sectioner.KindOf(label.ToLowerInvariant().TrimEnd(':')) == SectionKind.Case ? SectionKind.Case : SectionKind.Abstract;
            assembler.Block(label, kind, label + ": ", content);
        }
    }

    /// <summary>The citation element (MedlineCitation/Article or BookDocument) and the element holding title and abstract.</summary>
    private static (XElement Citation, XElement Body) Parts(XElement article)
    {
        if (article.Child("BookDocument") is { } book)
        {
            return (book, book);
        }

        var citation = article.Child("MedlineCitation") ?? article;
        return (citation, citation.Child("Article") ?? citation);
    }

    private static string? Title(XElement body) =>
        XmlText.OrNull(body.Child("ArticleTitle")) ?? XmlText.OrNull(body.Child("VernacularTitle")) ?? XmlText.OrNull(body.Child("Book").Child("BookTitle"));

    internal static ArticleInfo ReadArticle(XElement article)
    {
        var (citation, body) = Parts(article);
        var isBook = article.Child("BookDocument") is not null;
        var journal = isBook ? body.Child("Book") : body.Child("Journal");
        var pubDate = isBook ? journal.Child("PubDate") : journal.Child("JournalIssue").Child("PubDate");
        var ids = (article.Child("PubmedData") ?? article.Child("PubmedBookData")).Child("ArticleIdList").Children("ArticleId").ToList();

        return new ArticleInfo
        {
            Title = Title(body),
            Journal = isBook ? XmlText.OrNull(journal.Child("BookTitle")) : XmlText.OrNull(journal.Child("Title")) ?? XmlText.OrNull(journal.Child("ISOAbbreviation")),
            Year = Year(pubDate) ?? Year(body.Child("ArticleDate")),
            Pmid = XmlText.OrNull(citation.Child("PMID")) ?? IdOf(ids, "pubmed"),
            Pmcid = NormalisePmcid(IdOf(ids, "pmc")),
            Doi = XmlText.OrNull(body.Children("ELocationID").FirstOrDefault(e => e.Attr("EIdType") == "doi")) ?? IdOf(ids, "doi"),
            Authors = Authors(body.Children("AuthorList").FirstOrDefault(l => l.Attr("Type") is null or "authors")),
            Keywords = [.. citation.Children("KeywordList").SelectMany(l => l.Children("Keyword")).Select(XmlText.Of).Where(k => k.Length > 0)],
            PublicationTypes = [.. body.Child("PublicationTypeList").Children("PublicationType").Concat(body.Children("PublicationType")).Select(XmlText.Of).Where(t => t.Length > 0)],
        };
    }

    private static string? IdOf(List<XElement> ids, string type) =>
        XmlText.OrNull(ids.FirstOrDefault(i => i.Attr("IdType") == type));

    internal static string? NormalisePmcid(string? pmcid) =>
        pmcid is null ? null : pmcid.StartsWith("PMC", StringComparison.OrdinalIgnoreCase) ? "PMC" + pmcid[3..] : "PMC" + pmcid;

    private static int? Year(XElement? date)
    {
        if (date is null)
        {
            return null;
        }

        if (YearText.First(XmlText.Of(date.Child("Year"))) is { } year)
        {
            return year;
        }

        return YearText.First(XmlText.Of(date.Child("MedlineDate")));
    }

    private static List<string> Authors(XElement? list)
    {
        var authors = new List<string>();
        foreach (var author in list.Children("Author"))
        {
            var last = XmlText.OrNull(author.Child("LastName"));
            var fore = XmlText.OrNull(author.Child("ForeName")) ?? XmlText.OrNull(author.Child("Initials"));
            if (last is not null)
            {
                authors.Add(fore is null ? last : fore + " " + last);
            }
            else if (XmlText.OrNull(author.Child("CollectiveName")) is { } collective)
            {
                authors.Add(collective);
            }
        }

        return authors;
    }
}
