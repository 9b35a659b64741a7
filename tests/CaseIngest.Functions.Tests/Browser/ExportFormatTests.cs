using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Http.Browser;

namespace CaseIngest.Functions.Tests.Browser;

/// <summary>The CSV rows of the export.</summary>
public sealed class ExportFormatTests
{
    [Fact]
    public void CellsWithCommasQuotesOrLineBreaksAreQuotedAndFormulasAreDefused()
    {
        var record = TestRecords.Make("a.txt", drugs: ["pembrolizumab", "pembrolizumab"]) with
        {
            Article = new ArticleInfo { Title = "Sarcoma, \"rare\"\nform", Journal = "=HYPERLINK(\"x\")", Year = 2024 },
        };

        var row = ExportFormat.CsvRow(record);

        Assert.StartsWith(record.Id + ",a.txt,\"Sarcoma, \"\"rare\"\"\nform\",\"'=HYPERLINK(\"\"x\"\")\",2024,", row, StringComparison.Ordinal);
        Assert.Contains(",pembrolizumab (given),", row, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", row, StringComparison.Ordinal);
        Assert.Equal(ExportFormat.CsvHeader.Split(',').Length, CountCells(row));
    }

    private static int CountCells(string row)
    {
        var cells = 1;
        var quoted = false;
        foreach (var c in row.TrimEnd('\r', '\n'))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells++;
            }
        }

        return cells;
    }
}
