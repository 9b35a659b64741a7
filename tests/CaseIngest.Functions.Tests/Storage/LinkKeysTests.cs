using CaseIngest.Core.Model;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>Link keys and the article id a group of documents gets from them.</summary>
public sealed class LinkKeysTests
{
    [Fact]
    public void ADocumentsLinkKeysAreItsNormalisedIdentifiersAndItsContentHash()
    {
        var keys = LinkKeys.Of(new ArticleInfo { Doi = " 10.1000/ABC.1 ", Pmid = "38348031", Pmcid = "PMC10850218" }, "ab12");

        Assert.Equal(["doi:10.1000/abc.1", "pmid:38348031", "pmcid:pmc10850218", "sha256:ab12"], keys);
        Assert.Equal("ident|doi|10.1000%2Fabc.1", LinkKeys.Partition(keys[0]));
        Assert.Equal("ident|sha256|ab12", LinkKeys.Partition(keys[3]));
    }

    [Fact]
    public void AGroupIsNamedByItsSmallestDoiWhateverTheOrderOfItsKeys()
    {
        string[] keys = ["pmid:1", "doi:10.2/b", "sha256:ff", "doi:10.1/a", "pmcid:pmc9"];

        Assert.Equal(ArticleIds.ForKey("doi:10.1/a"), ArticleIds.Of(keys));
        Assert.Equal(ArticleIds.ForKey("doi:10.1/a"), ArticleIds.Of(Enumerable.Reverse(keys)));
    }

    [Theory]
    [InlineData("pmid:20|pmid:100|pmcid:pmc1|sha256:aa", "pmid:100")]
    [InlineData("sha256:bb|pmcid:pmc7|pmcid:pmc12", "pmcid:pmc12")]
    [InlineData("sha256:bb|sha256:aa", "sha256:aa")]
    public void WithoutADoiAGroupIsNamedByItsSmallestPmidThenPmcidThenContentHash(string keys, string naming)
    {
        Assert.Equal(naming, LinkKeys.Naming(keys.Split('|')));
        Assert.Equal(ArticleIds.ForKey(naming), ArticleIds.Of(keys.Split('|')));
    }

    [Fact]
    public void ADocumentLinkedToNoOtherKeepsTheArticleIdItsOwnIdentifiersGive()
    {
        var article = new ArticleInfo { Doi = "10.1000/XYZ", Pmid = "111" };

        Assert.Equal("doi:10.1000/xyz", ArticleIds.KeyOf(article, "cd"));
        Assert.Equal(ArticleIds.ForKey("doi:10.1000/xyz"), ArticleIds.Of(LinkKeys.Of(article, "cd")));
        Assert.Equal(ArticleIds.ForKey("sha256:cd"), ArticleIds.Of(LinkKeys.Of(new ArticleInfo(), "cd")));
    }
}
