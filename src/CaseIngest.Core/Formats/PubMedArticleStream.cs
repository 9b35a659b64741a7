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
            // an article root is read whole, so an element at depth 1 is a child of a set
            if (reader.NodeType == XmlNodeType.Element && reader.Depth <= 1 && reader.LocalName is "PubmedArticle" or "PubmedBookArticle")
            {
                articles.Add(XmlPartTree.Read<PubMedElementRoles, Parts>(reader, PubMedElementRoles.Article | PubMedElementRoles.Citation | PubMedElementRoles.Body));
            }
        }

        return articles;
    }

    /// <summary>
    /// The parts of a PubMed article: those <see cref="RolesOf"/> gives, read as text where they hold
    /// <see cref="PubMedElementRoles.Text"/>; the parser reads four attributes of text elements and author lists (an
    /// abstract part's label, the types of an identifier, of a location identifier and of an author list), none inside
    /// text, and only those are kept.
    /// </summary>
    private readonly struct Parts : IXmlParts<PubMedElementRoles>
    {
        public static bool TryPart(PubMedElementRoles parent, string name, out PubMedElementRoles child)
        {
            child = RolesOf(parent, name);
            return child != PubMedElementRoles.None;
        }

        public static bool IsText(PubMedElementRoles role) => (role & PubMedElementRoles.Text) != 0;

        public static bool Keeps(XmlReader reader, PubMedElementRoles parent, PubMedElementRoles child) =>
            (parent & PubMedElementRoles.Text) == 0 && (child & (PubMedElementRoles.Text | PubMedElementRoles.AuthorList)) != 0
            && reader.Prefix.Length == 0 && reader.LocalName is "Label" or "IdType" or "EIdType" or "Type";
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
