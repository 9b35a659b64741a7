using System.Xml.Linq;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Formats;

/// <summary>The article fields of a PMC JATS article (title, journal, year, identifiers, authors, keywords, publication types) read from its front matter.</summary>
internal static class JatsArticleReader
{
    /// <summary>The article fields of a JATS article from its front matter.</summary>
    public static ArticleInfo Read(XElement article, XElement meta)
    {
        var journalMeta = article.Child("front").Child("journal-meta");
        string? Id(string type) => XmlText.OrNull(meta.Children("article-id").FirstOrDefault(i => i.Attr("pub-id-type") == type));

        return new ArticleInfo
        {
            Title = XmlText.OrNull(meta.Child("title-group").Child("article-title")),
            Journal = XmlText.OrNull(journalMeta.Child("journal-title-group").Child("journal-title")) ?? XmlText.OrNull(journalMeta.Child("journal-title")),
            Year = Year(meta),
            Pmid = Id("pmid"),
            Pmcid = PubMedXmlParser.NormalisePmcid(Id("pmc") ?? Id("pmcid")),
            Doi = Id("doi"),
            Authors = Authors(meta),
            Keywords = [.. meta.Children("kwd-group")
                .Where(g => g.Attr("kwd-group-type")?.Contains("abbrev", StringComparison.OrdinalIgnoreCase) != true)
                .SelectMany(g => g.Children("kwd")).Select(XmlText.Of).Where(k => k.Length > 0)],
            PublicationTypes = PublicationTypes(article, meta),
        };
    }

    private static int? Year(XElement meta)
    {
        var dates = meta.Children("pub-date").ToList();
        foreach (var type in (string[])["epub", "ppub", "pub", "epub-ppub", "collection"])
        {
            var date = dates.FirstOrDefault(d => d.Attr("pub-type") == type || d.Attr("date-type") == type);
            if (YearText.First(XmlText.Of(date.Child("year"))) is { } year)
            {
                return year;
            }
        }

        return dates.Select(d => YearText.First(XmlText.Of(d.Child("year")))).FirstOrDefault(y => y is not null);
    }

    private static List<string> Authors(XElement meta)
    {
        var authors = new List<string>();
        foreach (var contrib in meta.Children("contrib-group").SelectMany(g => g.Children("contrib")))
        {
            if (contrib.Attr("contrib-type") is { } type && type != "author")
            {
                continue;
            }

            if (contrib.Child("name") is { } name)
            {
                var surname = XmlText.Of(name.Child("surname"));
                var given = XmlText.Of(name.Child("given-names"));
                var full = (given + " " + surname).Trim();
                if (full.Length > 0)
                {
                    authors.Add(full);
                }
            }
            else if (XmlText.OrNull(contrib.Child("collab")) is { } collab)
            {
                authors.Add(collab);
            }
        }

        return authors;
    }

    private static List<string> PublicationTypes(XElement article, XElement meta)
    {
        var types = new List<string>();
        var byArticleType = article.Attr("article-type")?.ToLowerInvariant() switch
        {
            "case-report" => "Case Reports",
            "review-article" => "Review",
            "research-article" => "Journal Article",
            "letter" => "Letter",
            "editorial" => "Editorial",
            "brief-report" => "Journal Article",
            "systematic-review" => "Systematic Review",
            "meta-analysis" => "Meta-Analysis",
            "correction" => "Published Erratum",
            "retraction" => "Retraction of Publication",
            _ => null,
        };

        if (byArticleType is not null)
        {
            types.Add(byArticleType);
        }

        var headings = meta.Child("article-categories").Children("subj-group")
            .Where(g => g.Attr("subj-group-type") == "heading")
            .SelectMany(g => g.Children("subject")).Select(XmlText.Of);
        foreach (var heading in headings)
        {
            if (heading.Contains("case report", StringComparison.OrdinalIgnoreCase) && !types.Contains("Case Reports"))
            {
                types.Add("Case Reports");
            }
        }

        return types;
    }
}
