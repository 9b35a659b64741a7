using System.Xml;
using System.Xml.Linq;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Reads a JATS document in one forward pass of an <see cref="XmlReader"/>, building of its article only the elements
/// <see cref="JatsXmlParser"/> and <see cref="JatsArticleReader"/> look at: the body, the back matter and the abstracts
/// whole, and of the rest of the front matter the title, journal title, identifiers, dates, authors, keywords and
/// subject headings. Only the attributes those readers ask for are kept. Everything else (affiliations, permissions,
/// history, funding, the other articles of a set, the white space between front-matter elements) is read past
/// without a string made of it, but still read node by node, so malformed markup and excessive depth anywhere are
/// found.
/// </summary>
internal static class JatsArticleStream
{
    /// <summary>The attributes the JATS readers ask for; any other attribute is left unread.</summary>
    private static readonly HashSet<string> ReadAttributes =
    [
        "article-type", "abstract-type", "sec-type", "ref-type", "pub-id-type", "pub-type", "date-type", "contrib-type",
        "kwd-group-type", "subj-group-type",
    ];

    /// <summary>The part an element plays in what the readers look at.</summary>
    private enum Role
    {
        None,
        Article,
        Front,
        JournalMeta,
        JournalTitleGroup,
        ArticleMeta,
        TitleGroup,
        ContribGroup,
        Contrib,
        Name,
        KeywordGroup,
        Categories,
        SubjectGroup,
        PubDate,

        /// <summary>Read as text: the element, its attributes the readers ask for, and every node inside it.</summary>
        Text,
    }

    /// <summary>
    /// The article of the document: the root when it is named <c>article</c>, else the first <c>article</c> child of
    /// the root (null when there is none). Reads to the end of the document; a reader stopped by its depth guard ends
    /// the read early.
    /// </summary>
    public static ArticleRead Read(XmlReader reader)
    {
        XElement? article = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth == 0 && reader.LocalName == "article")
            {
                article = XmlPartTree.Read<Role, Parts>(reader, Role.Article);
            }
            else if (reader.Depth == 1 && article is null && reader.LocalName == "article")
            {
                article = XmlPartTree.Read<Role, Parts>(reader, Role.Article);
            }
        }

        return new ArticleRead(article);
    }

    /// <summary>The parts of a JATS article (<see cref="RoleOf"/>), with the attributes the readers ask for by their local name.</summary>
    private readonly struct Parts : IXmlParts<Role>
    {
        public static bool TryPart(Role parent, string name, out Role child)
        {
            child = RoleOf(parent, name);
            return child != Role.None;
        }

        public static bool IsText(Role role) => role == Role.Text;

        // the readers ask for attributes by their local name alone, so a prefixed one is never read
        public static bool Keeps(XmlReader reader, Role parent, Role child) => reader.Prefix.Length == 0 && ReadAttributes.Contains(reader.LocalName);
    }

    /// <summary>The part an element named <paramref name="name"/> plays inside a parent playing <paramref name="parent"/>.</summary>
    private static Role RoleOf(Role parent, string name) => parent switch
    {
        Role.Text => Role.Text,
        Role.Article => name switch
        {
            "front" => Role.Front,
            "body" or "back" => Role.Text,
            _ => Role.None,
        },
        Role.Front => name switch
        {
            "journal-meta" => Role.JournalMeta,
            "article-meta" => Role.ArticleMeta,
            _ => Role.None,
        },
        Role.JournalMeta => name switch
        {
            "journal-title-group" => Role.JournalTitleGroup,
            "journal-title" => Role.Text,
            _ => Role.None,
        },
        Role.JournalTitleGroup => name == "journal-title" ? Role.Text : Role.None,
        Role.ArticleMeta => name switch
        {
            "title-group" => Role.TitleGroup,
            "abstract" or "article-id" => Role.Text,
            "pub-date" => Role.PubDate,
            "contrib-group" => Role.ContribGroup,
            "kwd-group" => Role.KeywordGroup,
            "article-categories" => Role.Categories,
            _ => Role.None,
        },
        Role.TitleGroup => name == "article-title" ? Role.Text : Role.None,
        Role.PubDate => name == "year" ? Role.Text : Role.None,
        Role.ContribGroup => name == "contrib" ? Role.Contrib : Role.None,
        Role.Contrib => name switch
        {
            "name" => Role.Name,
            "collab" => Role.Text,
            _ => Role.None,
        },
        Role.Name => name is "surname" or "given-names" ? Role.Text : Role.None,
        Role.KeywordGroup => name == "kwd" ? Role.Text : Role.None,
        Role.Categories => name == "subj-group" ? Role.SubjectGroup : Role.None,
        Role.SubjectGroup => name == "subject" ? Role.Text : Role.None,
        _ => Role.None,
    };
}

/// <summary>The article a <see cref="JatsArticleStream"/> read found (null when the document holds none).</summary>
internal sealed record ArticleRead(XElement? Article);
