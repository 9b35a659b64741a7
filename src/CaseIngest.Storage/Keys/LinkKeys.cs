using CaseIngest.Core.Model;

namespace CaseIngest.Storage.Keys;

/// <summary>
/// What joins a document to the other sources of its article: its own DOI, PMID and PMCID, normalised, and its
/// content hash (the same bytes under any name), as keys <c>doi:10.1000/xyz</c>, <c>pmid:38348031</c>,
/// <c>pmcid:pmc10850218</c>, <c>sha256:…</c>. Each key has one identifier partition in the index table
/// (<c>ident|doi|10.1000%2Fxyz</c>) holding a row per document that states it.
/// </summary>
public static class LinkKeys
{
    public const string Doi = "doi";
    public const string Pmid = "pmid";
    public const string Pmcid = "pmcid";
    public const string Sha256 = "sha256";

    private const string PartitionPrefix = "ident|";

    /// <summary>The order in which kinds name an article: a DOI first, then a PMID, a PMCID, the content hash.</summary>
    private static readonly string[] Ranking = [Doi, Pmid, Pmcid, Sha256];

    public static IReadOnlyList<string> Of(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Of(record.Article, record.Document.Sha256);
    }

    public static IReadOnlyList<string> Of(ArticleInfo article, string sha256)
    {
        ArgumentNullException.ThrowIfNull(article);
        var keys = new List<string>(4);
        void Add(string kind, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                keys.Add(kind + ":" + IndexKeys.Normalize(value));
            }
        }

        Add(Doi, article.Doi);
        Add(Pmid, article.Pmid);
        Add(Pmcid, article.Pmcid);
        Add(Sha256, sha256);
        return keys;
    }

    /// <summary>The identifier partition of a key: <c>doi:10.1000/xyz</c> → <c>ident|doi|10.1000%2Fxyz</c>.</summary>
    public static string Partition(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return string.Concat(PartitionPrefix, key.AsSpan(0, colon), "|", KeyEncoding.Encode(key[(colon + 1)..]));
    }

    /// <summary>
    /// The key that names a group of documents: the smallest DOI (ordinal order of the normalised values), else the
    /// smallest PMID, else PMCID, else content hash. Null for no keys.
    /// </summary>
    public static string? Naming(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys
            .Where(k => Rank(k) < Ranking.Length)
            .OrderBy(Rank)
            .ThenBy(k => k, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Whether a key is of this kind (<c>doi</c>, <c>pmid</c>, <c>pmcid</c>, <c>sha256</c>).</summary>
    public static bool IsKind(string key, string kind) =>
        key.Length > kind.Length && key[kind.Length] == ':' && key.StartsWith(kind, StringComparison.Ordinal);

    private static int Rank(string key)
    {
        for (var i = 0; i < Ranking.Length; i++)
        {
            if (IsKind(key, Ranking[i]))
            {
                return i;
            }
        }

        return Ranking.Length;
    }
}
