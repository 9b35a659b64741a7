using System.Globalization;
using System.Text;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;

namespace CaseIngest.Http.Browser;

/// <summary>The export's formats: CSV (one row per record, facts joined) and JSON Lines (one full record per line).</summary>
internal static class ExportFormat
{
    public const string Csv = "csv";
    public const string JsonLines = "jsonl";

    public static readonly string CsvHeader = "id,document,title,journal,year,doi,pmid,pmcid,patients,diagnoses,drugs,markers,outcomes,adverse_events\r\n";

    public static bool IsKnown(string? format) => format is Csv or JsonLines;

    public static string ContentType(string format) => format == Csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8";

    public static string Line(string format, CaseRecord record) => format == Csv ? CsvRow(record) : CaseJson.Serialize(record) + "\n";

    public static string CsvRow(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var article = record.Article;
        string?[] cells =
        [
            record.Id, record.Document.Name, article.Title, article.Journal, article.Year?.ToString(CultureInfo.InvariantCulture), article.Doi, article.Pmid, article.Pmcid,
            Join(record.Patients.Select(p => p.Id + (p.AgeYears is null ? "" : " " + p.AgeYears.Value.ToString(CultureInfo.InvariantCulture) + "y") + (p.Sex is null ? "" : " " + p.Sex))),
            Join(record.Diagnoses.Select(d => d.Name)),
            Join(record.Drugs.Select(d => d.Name + " (" + d.Status + ")")),
            Join(record.Markers.Select(m => m.Result is null ? m.Name : m.Name + " " + m.Result)),
            Join(record.Outcomes.Select(o => o.Kind)),
            Join(record.AdverseEvents.Select(a => a.Grade is null ? a.Term : a.Term + " grade " + a.Grade.Value.ToString(CultureInfo.InvariantCulture))),
        ];
        return string.Join(",", cells.Select(Cell)) + "\r\n";
    }

    private static string Join(IEnumerable<string> values) => string.Join("; ", values.Distinct(StringComparer.Ordinal));

    /// <summary>RFC 4180 quoting; a cell that a spreadsheet would read as a formula is prefixed with an apostrophe.</summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(false);
}
