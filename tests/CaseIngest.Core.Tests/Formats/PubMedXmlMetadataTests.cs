using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CaseIngest.Core.Tests.Support;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>
/// For every PubMed XML file of the corpus, the record's article metadata equals a direct reading of the XML
/// done here with LINQ to XML, kept deliberately simple and separate from the parser.
/// </summary>
public sealed partial class PubMedXmlMetadataTests(ITestOutputHelper output)
{
    [Fact]
    public void ArticleMetadataMatchesADirectReadingOfEveryPubMedXmlFile()
    {
        var files = Corpus.Files("pubmed-xml", "*.xml").ToList();
        var checkedFiles = 0;
        var failures = new List<string>();
        foreach (var file in files)
        {
            var expected = Expected(file);
            var result = Engines.Default.Process(file, File.ReadAllBytes(file));
            if (expected is null)
            {
                Assert.False(result.Succeeded, file);
                Assert.Equal("empty", result.Rejection!.Error.Code);
                continue;
            }

            Assert.True(result.Succeeded, $"{file}: {result.Rejection?.Error.Message}");
            var article = result.Record!.Article;
            var name = Path.GetFileName(file);
            Check(failures, name, "title", expected.Title, article.Title);
            Check(failures, name, "doi", expected.Doi, article.Doi);
            Check(failures, name, "pmid", expected.Pmid, article.Pmid);
            Check(failures, name, "pmcid", expected.Pmcid, article.Pmcid);
            Check(failures, name, "year", expected.Year?.ToString(), article.Year?.ToString());
            Check(failures, name, "journal", expected.Journal, article.Journal);
            Check(failures, name, "first author", expected.FirstAuthor, article.Authors.FirstOrDefault());
            Check(failures, name, "keywords", string.Join("|", expected.Keywords), string.Join("|", article.Keywords));
            Check(failures, name, "publication types", string.Join("|", expected.PublicationTypes), string.Join("|", article.PublicationTypes));
            checkedFiles++;
        }

        output.WriteLine($"{checkedFiles} PubMed XML files checked ({files.Count - checkedFiles} empty sets), {failures.Count} mismatches.");
        Assert.True(files.Count >= 170, $"only {files.Count} files found");
        Assert.Empty(failures);
    }

    [Fact]
    public void EveryPubMedXmlFileIsDetectedAsPubMedXmlWithCoveringSections()
    {
        foreach (var file in Corpus.Files("pubmed-xml", "*.xml").Where(f => !f.EndsWith("37909814.xml", StringComparison.Ordinal)))
        {
            var document = Parsed.CorpusDocument(Path.GetRelativePath(Corpus.Root, file));
            Assert.Equal("pubmed-xml", document.Format);
        }
    }

    private static void Check(List<string> failures, string file, string field, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            failures.Add($"{file} {field}: expected '{expected}', got '{actual}'");
        }
    }

    private sealed record ExpectedArticle(string? Title, string? Doi, string? Pmid, string? Pmcid, int? Year, string? Journal, string? FirstAuthor, List<string> Keywords, List<string> PublicationTypes);

    private static ExpectedArticle? Expected(string file)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(file, settings);
        var document = XDocument.Load(reader);
        var article = document.Root!.Elements().FirstOrDefault(e => e.Name == "PubmedArticle" || e.Name == "PubmedBookArticle");
        if (article is null)
        {
            return null;
        }

        var citation = article.Element("MedlineCitation") ?? article.Element("BookDocument")!;
        var body = citation.Element("Article") ?? citation;
        var journal = body.Element("Journal");
        var pubDate = journal?.Element("JournalIssue")?.Element("PubDate") ?? body.Element("Book")?.Element("PubDate");
        var year = Int(pubDate?.Element("Year")?.Value)
            ?? Int(FourDigits().Match(pubDate?.Element("MedlineDate")?.Value ?? string.Empty).Value)
            ?? Int(body.Element("ArticleDate")?.Element("Year")?.Value);
        var doi = body.Elements("ELocationID").FirstOrDefault(e => (string?)e.Attribute("EIdType") == "doi")?.Value
            ?? article.Element("PubmedData")?.Element("ArticleIdList")?.Elements("ArticleId").FirstOrDefault(e => (string?)e.Attribute("IdType") == "doi")?.Value;
        var author = body.Element("AuthorList")?.Elements("Author").FirstOrDefault();
        string? firstAuthor = null;
        if (author?.Element("LastName") is { } last)
        {
            var fore = author.Element("ForeName")?.Value ?? author.Element("Initials")?.Value;
            firstAuthor = fore is null ? Clean(last.Value) : Clean(fore + " " + last.Value);
        }
        else if (author?.Element("CollectiveName") is { } collective)
        {
            firstAuthor = Clean(collective.Value);
        }

        return new ExpectedArticle(
            Clean(body.Element("ArticleTitle")?.Value),
            Clean(doi),
            Clean(citation.Element("PMID")?.Value),
            Clean(article.Element("PubmedData")?.Element("ArticleIdList")?.Elements("ArticleId").FirstOrDefault(e => (string?)e.Attribute("IdType") == "pmc")?.Value),
            year,
            Clean(journal?.Element("Title")?.Value),
            firstAuthor,
            [.. citation.Elements("KeywordList").Elements("Keyword").Select(k => Clean(k.Value)!).Where(k => k.Length > 0)],
            [.. body.Element("PublicationTypeList")?.Elements("PublicationType").Select(t => Clean(t.Value)!) ?? []]);
    }

    private static int? Int(string? text) => int.TryParse(text, out var value) ? value : null;

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var cleaned = Spaces().Replace(text, " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Spaces();
}
