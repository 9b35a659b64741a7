using CaseIngest.Core.Model;
using HtmlAgilityPack;

namespace CaseIngest.Core.Formats;

/// <summary>The &lt;meta name|property content&gt; pairs of a page, in order, names lower-cased.</summary>
internal sealed class HtmlMeta
{
    private readonly List<(string Name, string Content)> _pairs;

    private HtmlMeta(List<(string Name, string Content)> pairs) => _pairs = pairs;

    public static HtmlMeta Read(HtmlNode root)
    {
        var pairs = new List<(string, string)>();
        foreach (var meta in HtmlTree.Elements(root, "meta"))
        {
            var name = meta.GetAttributeValue("name", null) ?? meta.GetAttributeValue("property", null);
            var content = meta.GetAttributeValue("content", null);
            if (name is not null && content is not null && InlineText.NullIfEmpty(HtmlTree.Decode(content)) is { } value)
            {
                pairs.Add((name.Trim().ToLowerInvariant(), value));
            }
        }

        return new HtmlMeta(pairs);
    }

    public string? First(string name) => _pairs.FirstOrDefault(p => p.Name == name).Content;

    public IEnumerable<string> All(string name) => _pairs.Where(p => p.Name == name).Select(p => p.Content);

    /// <summary>Highwire-style citation_* tags (as PubMed and most journal sites write them).</summary>
    public ArticleInfo ToArticle()
    {
        var authors = All("citation_author").ToList();
        if (authors.Count == 0 && First("citation_authors") is { } joined)
        {
            authors = [.. joined.Split([';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        var doi = First("citation_doi") ?? First("dc.identifier");
        if (doi is not null)
        {
            doi = Identifiers.CleanDoi(doi);
        }

        return new ArticleInfo
        {
            Title = First("citation_title"),
            Journal = First("citation_journal_title"),
            Year = YearText.First(First("citation_publication_date") ?? First("citation_date") ?? First("citation_online_date")),
            Pmid = First("citation_pmid"),
            Pmcid = First("citation_pmcid") is { } pmcid ? PubMedXmlParser.NormalisePmcid(pmcid) : null,
            Doi = doi,
            Authors = authors,
            Keywords = [.. All("citation_keywords").SelectMany(k => k.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
    }
}
