using CaseIngest.Core.Tests.Golden;
using CaseIngest.Core.Tests.Support;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// <c>article.isCaseReport</c> over the PubMed XML records of the corpus, with PubMed's own publication types as the
/// labels: a record PubMed types "Case Reports" is one, and a record it does not is almost never read as one (the
/// indexers type case reports reliably, so such a record is a study, a review, a method or a commentary). Held-out
/// records are left out by name.
/// </summary>
public sealed class CaseReportGateOnPubMedRecordsTests(ITestOutputHelper output)
{
    /// <summary>Records without a case type read as case reports at most: the one read so tells of "the first cases" of its own.</summary>
    private const int MostUntypedReadAsCases = 1;

    [Fact]
    public void RecordsTypedAsCaseReportsAreCasesAndAlmostNoOthersAre()
    {
        var sealedPmids = GoldenFiles.HeldOut().Select(GoldenFiles.IdOf)
            .Where(id => id.StartsWith("pubmed-", StringComparison.Ordinal)).Select(id => id["pubmed-".Length..]).ToHashSet(StringComparer.Ordinal);
        int typedCases = 0, others = 0;
        var misread = new List<string>();
        foreach (var path in Corpus.Files("pubmed-xml", "*.xml"))
        {
            if (sealedPmids.Contains(Path.GetFileNameWithoutExtension(path)))
            {
                continue;
            }

            var record = Engines.Default.Process(Path.GetFileName(path), File.ReadAllBytes(path)).Record;
            if (record is null)
            {
                continue;
            }

            if (record.Article.PublicationTypes.Any(t => t.Contains("Case Report", StringComparison.OrdinalIgnoreCase)))
            {
                typedCases++;
                Assert.True(record.Article.IsCaseReport, $"{record.Article.Pmid} is typed as a case report");
                continue;
            }

            others++;
            if (record.Article.IsCaseReport == true)
            {
                misread.Add(record.Article.Pmid ?? Path.GetFileName(path));
            }
        }

        output.WriteLine($"{typedCases} records typed as case reports, all read as cases; {misread.Count} of {others} others read as cases: {string.Join(", ", misread)}");
        Assert.True(typedCases >= 3, "the corpus holds typed case reports");
        Assert.True(others >= 100, "the corpus holds other records");
        Assert.True(misread.Count <= MostUntypedReadAsCases, $"{misread.Count} records without a case type read as cases: {string.Join(", ", misread)}");
    }
}
