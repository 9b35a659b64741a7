using System.Security.Cryptography;
using System.Text;
using CaseIngest.Core.Model;

namespace CaseIngest.Storage.Keys;

/// <summary>
/// Article ids: 32 hex characters (like record ids) made from the key that names the article's documents
/// (<see cref="LinkKeys.Naming"/>): the smallest DOI among them, else the smallest PMID, else PMCID, else content
/// hash. The same documents give the same id whichever arrived first.
/// </summary>
public static class ArticleIds
{
    /// <summary>The article id of a document linked to no other: from its own DOI, else PMID, else PMCID, else content hash.</summary>
    public static string Of(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Of(LinkKeys.Of(record));
    }

    /// <summary>The article id of the documents whose link keys these are.</summary>
    public static string Of(IEnumerable<string> linkKeys) =>
        ForKey(LinkKeys.Naming(linkKeys) ?? throw new ArgumentException("An article needs at least one link key.", nameof(linkKeys)));

    /// <summary>What a lone document's article id is made from: <c>doi:…</c>, <c>pmid:…</c>, <c>pmcid:…</c> or <c>sha256:…</c>.</summary>
    public static string KeyOf(ArticleInfo article, string sha256) =>
        LinkKeys.Naming(LinkKeys.Of(article, sha256)) ?? "sha256:" + sha256;

    /// <summary>The article id one link key names.</summary>
    public static string ForKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
}
