using System.Security.Cryptography;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>The shipped CTCAE table is the one eng/lexicons/ctcae.py writes from the corpus vocabulary.</summary>
public sealed class CtcaeTableTests
{
    private static readonly string Source = Corpus.File("vocab", "ctcae", "CTCAE_v5.0_clean_copy.tsv");

    [Fact]
    public void TheTableRecordsTheSourceItWasCompiledFrom()
    {
        var header = Table().TakeWhile(line => line.StartsWith('#')).ToList();
        Assert.Contains("# source: ../shared/corpus/vocab/ctcae/CTCAE_v5.0_clean_copy.tsv", header);
        Assert.Contains(header, line => line.StartsWith("# version: CTCAE v5.0", StringComparison.Ordinal));
        var digest = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Source)));
        Assert.Contains($"# sha256: {digest}", header);
    }

    [Fact]
    public void EveryCtcaeTermIsInTheTableWithItsMeddraCode()
    {
        var expected = File.ReadLines(Source).Skip(1).Select(line => line.Split('\t')).Select(cells => (cells[2], cells[0])).ToList();
        var rows = Table().Where(line => !line.StartsWith('#')).Select(line => line.Split('\t')).Select(cells => (cells[0], cells[1])).ToList();
        Assert.Equal(837, expected.Count);
        Assert.Equal(expected, rows);
    }

    private static string[] Table()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseIngest.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return File.ReadAllLines(Path.Combine(directory.FullName, "src", "CaseIngest.Core", "Lexicons", "Data", "ctcae-terms.tsv"));
    }
}
