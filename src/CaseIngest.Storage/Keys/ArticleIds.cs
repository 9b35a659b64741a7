using System.Security.Cryptography;
using System.Text;
using CaseIngest.Core.Model;

namespace CaseIngest.Storage.Keys;

/// <summary>
/// The article a document belongs to, from the document alone (so it does not depend on which source arrived
/// first): its DOI when it has one, else its PMID, else its PMCID, else its content hash (the same bytes under any
/// name are one document). 32 hex characters, like record ids.
/// </summary>
public static class ArticleIds
{
    public static string Of(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Of(KeyOf(record.Article, record.Document.Sha256));
    }

    /// <summary>What the article id is made from: <c>doi:…</c>, <c>pmid:…</c>, <c>pmcid:…</c> or <c>sha256:…</c>.</summary>
    public static string KeyOf(ArticleInfo article, string sha256)
    {
        ArgumentNullException.ThrowIfNull(article);
        return !string.IsNullOrWhiteSpace(article.Doi) ? "doi:" + IndexKeys.Normalize(article.Doi)
            : !string.IsNullOrWhiteSpace(article.Pmid) ? "pmid:" + IndexKeys.Normalize(article.Pmid)
            : !string.IsNullOrWhiteSpace(article.Pmcid) ? "pmcid:" + IndexKeys.Normalize(article.Pmcid)
            : "sha256:" + sha256;
    }

    private static string Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
}
