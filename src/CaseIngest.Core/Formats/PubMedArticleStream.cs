using System.Xml;
using System.Xml.Linq;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Reads the articles of a PubMed XML document in one forward pass of an <see cref="XmlReader"/>, building for each
/// only the elements <see cref="PubMedXmlParser"/> looks at (<see cref="PubMedElementRoles"/>): the citation's
/// identifiers, title, abstract, journal, dates, authors, keywords and publication types. Everything else (the
/// reference list, MeSH headings, affiliations, the white space between elements) is read past without a string
/// made of it, but still read node by node, so malformed markup and excessive depth anywhere are found.
/// </summary>
internal static class PubMedArticleStream
{
    /// <summary>
    /// The article elements of the document: the root when it is an article, else its article children. Reads to the
    /// end of the document; a reader stopped by its depth guard ends the read early.
    /// </summary>
    public static List<XElement> Read(XmlReader reader)
    {
        var articles = new List<XElement>();
        while (reader.Read())
        {
            // an article root is read whole by ReadArticle, so an element at depth 1 is a child of a set
            if (reader.NodeType == XmlNodeType.Element && reader.Depth <= 1 && reader.LocalName is "PubmedArticle" or "PubmedBookArticle")
            {
                articles.Add(ReadArticle(reader));
            }
        }

        return articles;
    }

    /// <summary>
    /// The article the reader is on, as a tree of the elements that play a part (the attributes the parser reads and,
    /// inside text, every node); the reader is left on the article's end.
    /// </summary>
    private static XElement ReadArticle(XmlReader reader)
    {
        var article = NewElement(reader, attributes: false, out var empty);
        if (empty)
        {
            return article;
        }

        var depth = reader.Depth;
        var open = new List<(XElement Element, PubMedElementRoles Roles)>
        {
            (article, PubMedElementRoles.Article | PubMedElementRoles.Citation | PubMedElementRoles.Body),
        };
        while (reader.Read())
        {
            var (parent, roles) = open[^1];
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var childRoles = RolesOf(roles, reader.LocalName);
                    if (childRoles == PubMedElementRoles.None)
                    {
                        SkipElement(reader);
                        break;
                    }

                    // the parser reads attributes of text elements and author lists (a label, an identifier's type), none inside text
                    var attributes = (roles & PubMedElementRoles.Text) == 0 && (childRoles & (PubMedElementRoles.Text | PubMedElementRoles.AuthorList)) != 0;
                    var child = NewElement(reader, attributes, out var childEmpty);
                    parent.Add(child);
                    if (!childEmpty)
                    {
                        open.Add((child, childRoles));
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == depth)
                    {
                        return article;
                    }

                    open.RemoveAt(open.Count - 1);
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when (roles & PubMedElementRoles.Text) != 0:
                    // as a tree load adds text: joined to the text before it
                    parent.Add(reader.Value);
                    break;
                case XmlNodeType.CDATA when (roles & PubMedElementRoles.Text) != 0:
                    parent.Add(new XCData(reader.Value));
                    break;
            }
        }

        return article;
    }

    /// <summary>The element the reader is on, with its attributes when asked, named as a tree load names them.</summary>
    private static XElement NewElement(XmlReader reader, bool attributes, out bool empty)
    {
        empty = reader.IsEmptyElement;
        var element = new XElement(XNamespace.Get(reader.NamespaceURI).GetName(reader.LocalName));
        if (attributes && reader.MoveToFirstAttribute())
        {
            do
            {
                var ns = reader.Prefix.Length == 0 ? XNamespace.None : XNamespace.Get(reader.NamespaceURI);
                element.Add(new XAttribute(ns.GetName(reader.LocalName), reader.Value));
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return element;
    }

    /// <summary>Reads past the element the reader is on, node by node, to its end.</summary>
    private static void SkipElement(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && (reader.NodeType != XmlNodeType.EndElement || reader.Depth != depth))
        {
        }
    }

    /// <summary>The parts an element plays inside a parent playing <paramref name="parent"/>; inside read text, everything is text.</summary>
    internal static PubMedElementRoles RolesOf(PubMedElementRoles parent, string name)
    {
        if ((parent & PubMedElementRoles.Text) != 0)
        {
            return PubMedElementRoles.Text;
        }

        var roles = PubMedElementRoles.None;
        if ((parent & PubMedElementRoles.Article) != 0)
        {
            roles |= name switch
            {
                "BookDocument" or "MedlineCitation" => PubMedElementRoles.Citation | PubMedElementRoles.Body,
                "PubmedData" or "PubmedBookData" => PubMedElementRoles.Data,
                _ => PubMedElementRoles.None,
            };
        }

        if ((parent & PubMedElementRoles.Citation) != 0)
        {
            roles |= name switch
            {
                "PMID" => PubMedElementRoles.Text,
                "KeywordList" => PubMedElementRoles.KeywordList,
                "Article" => PubMedElementRoles.Body,
                _ => PubMedElementRoles.None,
            };
        }

        if ((parent & PubMedElementRoles.Body) != 0)
        {
            roles |= name switch
            {
                "ArticleTitle" or "VernacularTitle" or "ELocationID" or "PublicationType" => PubMedElementRoles.Text,
                "Book" => PubMedElementRoles.Book,
                "Journal" => PubMedElementRoles.Journal,
                "Abstract" => PubMedElementRoles.Abstract,
                "AuthorList" => PubMedElementRoles.AuthorList,
                "PublicationTypeList" => PubMedElementRoles.PublicationTypeList,
                "ArticleDate" => PubMedElementRoles.Date,
                _ => PubMedElementRoles.None,
            };
        }

        return roles | LeafRoles(parent, name);
    }

    private static PubMedElementRoles LeafRoles(PubMedElementRoles parent, string name)
    {
        var roles = PubMedElementRoles.None;
        if ((parent & PubMedElementRoles.Book) != 0)
        {
            roles |= name switch { "BookTitle" => PubMedElementRoles.Text, "PubDate" => PubMedElementRoles.Date, _ => PubMedElementRoles.None };
        }

        if ((parent & PubMedElementRoles.Journal) != 0)
        {
            roles |= name switch { "Title" or "ISOAbbreviation" => PubMedElementRoles.Text, "JournalIssue" => PubMedElementRoles.JournalIssue, _ => PubMedElementRoles.None };
        }

        roles |= (parent, name) switch
        {
            (_, "PubDate") when (parent & PubMedElementRoles.JournalIssue) != 0 => PubMedElementRoles.Date,
            (_, "Year" or "MedlineDate") when (parent & PubMedElementRoles.Date) != 0 => PubMedElementRoles.Text,
            (_, "AbstractText") when (parent & PubMedElementRoles.Abstract) != 0 => PubMedElementRoles.Text,
            (_, "Author") when (parent & PubMedElementRoles.AuthorList) != 0 => PubMedElementRoles.Author,
            (_, "LastName" or "ForeName" or "Initials" or "CollectiveName") when (parent & PubMedElementRoles.Author) != 0 => PubMedElementRoles.Text,
            (_, "Keyword") when (parent & PubMedElementRoles.KeywordList) != 0 => PubMedElementRoles.Text,
            (_, "PublicationType") when (parent & PubMedElementRoles.PublicationTypeList) != 0 => PubMedElementRoles.Text,
            (_, "ArticleIdList") when (parent & PubMedElementRoles.Data) != 0 => PubMedElementRoles.IdList,
            (_, "ArticleId") when (parent & PubMedElementRoles.IdList) != 0 => PubMedElementRoles.Text,
            _ => PubMedElementRoles.None,
        };
        return roles;
    }
}
