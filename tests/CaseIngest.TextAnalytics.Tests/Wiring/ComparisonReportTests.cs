using CaseIngest.Core.Model;

namespace CaseIngest.TextAnalytics.Tests.Wiring;

/// <summary>The compare view says plainly when the second reader did not run or failed.</summary>
public sealed class ComparisonReportTests
{
    private static CaseRecord Record(ReaderComparison? comparison) => new()
    {
        ExtractorVersion = "1.0.0",
        Id = "x",
        Document = new DocumentInfo { Name = "a.txt", Format = "text", Sha256 = "0", Length = 0 },
        ReaderComparison = comparison,
    };

    [Fact]
    public void AFailedReaderIsReportedWithItsReasonAndNoCategories()
    {
        var output = new StringWriter();

        ComparisonReport.Write(Record(new ReaderComparison { Reader = "text-analytics", Error = "timeout: The Text Analytics job did not finish within 120 s" }), output);

        Assert.Equal("a.txt: text-analytics failed (timeout: The Text Analytics job did not finish within 120 s); the record has the rules' facts only" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void ARecordWithoutTheReaderSaysItDidNotRun()
    {
        var output = new StringWriter();

        ComparisonReport.Write(Record(null), output);

        Assert.Contains("did not run", output.ToString(), StringComparison.Ordinal);
    }
}
