using CaseIngest.Application;
using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http.Browser;

/// <summary>
/// The export of a selection, streamed page by page as the records are read (no limit on the number of records).
/// A selection that is not valid answers 400 before anything is written.
/// </summary>
internal sealed class ExportResult(CaseSearch search, SearchSelection selection, string format) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var cancellationToken = httpContext.RequestAborted;
        var response = httpContext.Response;
        var started = false;
        await foreach (var (records, errors, _) in search.PagesAsync(selection, cancellationToken).ConfigureAwait(false))
        {
            if (errors is not null)
            {
                await AnswerResults.ToResult(QueryAnswer.Invalid(errors)).ExecuteAsync(httpContext).ConfigureAwait(false);
                return;
            }

            if (!started)
            {
                started = true;
                response.ContentType = ExportFormat.ContentType(format);
                response.Headers.ContentDisposition = "attachment; filename=\"cases." + format + "\"";
                response.Headers.XContentTypeOptions = "nosniff";
                if (format == ExportFormat.Csv)
                {
                    await response.WriteAsync(ExportFormat.CsvHeader, ExportFormat.Encoding, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var record in records)
            {
                await response.WriteAsync(ExportFormat.Line(format, record), ExportFormat.Encoding, cancellationToken).ConfigureAwait(false);
            }

            await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
