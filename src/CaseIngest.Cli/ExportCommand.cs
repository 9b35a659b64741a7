using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseIngest.Application;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary>
/// <c>caseingest export --format csv|jsonl</c>: every record matching the filters. JSON Lines holds one full record per
/// line; CSV holds one row per fact (diagnosis, drug, radiotherapy, marker, outcome, adverse event) with its evidence.
/// </summary>
internal static class ExportCommand
{
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "caseId", "documentName", "title", "doi", "pmid", "kind", "patient", "value", "status", "detail",
        "evidenceStart", "evidenceEnd", "evidenceText", "section",
    ];

    public static Command Create()
    {
        var filters = new QueryFilters();
        var format = new Option<string>("--format") { Description = "csv (one row per fact) or jsonl (one record per line).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var outputPath = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)." };
        var connection = CliStorage.ConnectionOption();
        var container = CliStorage.ContainerOption();
        var command = new Command("export", "Write the matching records as CSV or JSON Lines.") { format, outputPath, connection, container };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(outputPath);
            await using var writer = path is null ? null : new StreamWriter(path, append: false, new UTF8Encoding(false));
            return await RunAsync(CliStorage.Create(parse, connection, container), filters.Read(parse), parse.GetValue(format) ?? "jsonl", writer ?? Console.Out, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>
    /// Every record matching the filters (API parameter names, all values of each), read page by page through the
    /// API's query; how the values were understood goes to <paramref name="error"/> first, and a filter the API would
    /// answer 400 to stops the export before anything is written (exit code 2).
    /// </summary>
    public static async Task<int> RunAsync(CliStorage storage, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string format, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var csv = format == "csv";
        var count = 0;
        string? token = null;
        var first = true;
        do
        {
            var answer = await CliQuery.ListAsync(storage.Queries, filters, CaseQuery.MaxTop, token, cancellationToken).ConfigureAwait(false);
            if (answer.Status != QueryStatus.Ok)
            {
                return await CliQuery.WriteAsync(answer, error).ConfigureAwait(false);
            }

            var page = (CaseListResponse)answer.Value!;
            if (first)
            {
                first = false;
                await error.WriteLineAsync(CliQuery.InterpretedAs(page.InterpretedAs)).ConfigureAwait(false);
                if (csv)
                {
                    await output.WriteLineAsync(string.Join(',', CsvColumns)).ConfigureAwait(false);
                }
            }

            foreach (var summary in page.Items)
            {
                var record = await storage.Store.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false);
                if (record is null)
                {
                    continue;
                }

                count++;
                if (csv)
                {
                    foreach (var row in Rows(record))
                    {
                        await output.WriteLineAsync(string.Join(',', row.Select(Escape))).ConfigureAwait(false);
                    }
                }
                else
                {
                    await output.WriteLineAsync(CaseJson.Serialize(record)).ConfigureAwait(false);
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        await error.WriteLineAsync($"{count} record(s) exported.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>One CSV row per fact of the record, in the columns of <see cref="CsvColumns"/>.</summary>
    public static IEnumerable<string?[]> Rows(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        string?[] Row(string kind, string patient, string value, string? status, string? detail, Evidence evidence) =>
        [
            record.Id, record.Document.Name, record.Article.Title, record.Article.Doi, record.Article.Pmid, kind, patient, value, status, detail,
            evidence.Start.ToString(CultureInfo.InvariantCulture), evidence.End.ToString(CultureInfo.InvariantCulture), evidence.Text, evidence.Section,
        ];

        foreach (var d in record.Diagnoses)
        {
            yield return Row("diagnosis", d.Patient, d.Name, null, null, d.Evidence);
        }

        foreach (var d in record.Drugs)
        {
            yield return Row("drug", d.Patient, d.Name, d.Status, Detail(d.Dose, d.Route, d.Frequency, d.Cycles), d.Evidence);
        }

        foreach (var r in record.Radiotherapy)
        {
            yield return Row("radiotherapy", r.Patient, r.Technique ?? "radiotherapy", r.Status, Detail(r), r.Evidence);
        }

        foreach (var m in record.Markers)
        {
            yield return Row("marker", m.Patient, m.Name, m.Result, Detail(m), m.Evidence);
        }

        foreach (var o in record.Outcomes)
        {
            yield return Row("outcome", o.Patient, o.Kind, null, Detail(o), o.Evidence);
        }

        foreach (var a in record.AdverseEvents)
        {
            yield return Row("adverse-event", a.Patient, a.Term, null, a.Grade is { } grade ? "grade " + grade.ToString(CultureInfo.InvariantCulture) : null, a.Evidence);
        }
    }

    private static string? Detail(Dose? dose, string? route, Frequency? frequency, int? cycles) => Join(
        dose is null ? null : Number(dose.Value) + " " + dose.Unit,
        route,
        frequency is null ? null : "every " + Number(frequency.Every) + " " + frequency.Unit,
        cycles is null ? null : cycles.Value.ToString(CultureInfo.InvariantCulture) + " cycles");

    private static string? Detail(RadiotherapyFact r) => Join(
        r.TotalDoseGy is { } total ? Number(total) + " Gy" : null,
        r.Fractions is { } fractions ? fractions.ToString(CultureInfo.InvariantCulture) + " fractions" : null,
        r.Site);

    private static string? Detail(MarkerFact m) => Join(
        m.Gene,
        m.Variant,
        m.Value is { } value ? Number(value) + (m.Unit ?? "") : null,
        m.Method);

    private static string? Detail(OutcomeFact o) => Join(
        o.Value is { } value ? (o.Qualifier ?? "") + Number(value) + " " + (o.Unit ?? "") : null,
        o.Therapy.Count > 0 ? string.Join('+', o.Therapy) : null);

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToArray();
        return present.Length == 0 ? null : string.Join("; ", present);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
