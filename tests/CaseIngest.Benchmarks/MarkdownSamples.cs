using System.Text;

namespace CaseIngest.Benchmarks;

/// <summary>
/// Markdown input made in memory from a plain-text case report, shaped like a PDF conversion: a title heading,
/// section headings, a figure caption, page furniture and a reference list. The corpus holds no Markdown reports.
/// </summary>
public static class MarkdownSamples
{
    public static byte[] FromPlainText(byte[] text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = Encoding.UTF8.GetString(text)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var markdown = new StringBuilder();
        var title = paragraphs.Length > 0 && paragraphs[0].Length < 200 ? paragraphs[0].ReplaceLineEndings(" ") : "Case report";
        markdown.Append("# ").Append(title).Append("\n\n");
        markdown.Append("## Case presentation\n\n");
        for (var i = title == "Case report" ? 0 : 1; i < paragraphs.Length; i++)
        {
            markdown.Append(paragraphs[i]).Append("\n\n");
            if (i == paragraphs.Length / 2)
            {
                markdown.Append("**Figure 1.** Imaging at presentation.\n\n<!-- page 2 -->\n\n");
            }
        }

        markdown.Append("## References\n\n1. Smith J, Doe A. A related case. J Clin Oncol. 2020;38:100-105.\n");
        return Encoding.UTF8.GetBytes(markdown.ToString());
    }
}
