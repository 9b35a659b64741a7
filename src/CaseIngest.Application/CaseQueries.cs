using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseIngest.Core;
using CaseIngest.Core.Json;
using CaseIngest.Core.Parsing;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Application;

/// <summary>
/// The queries behind the API, free of HTTP: records matching filters, one record (with its article's other
/// records), facet values, rejections and storage health. Parameters arrive unchecked and are validated here.
/// </summary>
public sealed class CaseQueries(CaseCatalog catalog, CaseStore store, DocumentStore documents, StorageTables tables, LazyEngine engine)
{
    private const string InvalidToken = "The continuation token is not valid.";

    private readonly Lazy<DocumentReader> _reader = new(() => DocumentReader.CreateDefault(engine.Options.MaxDocumentBytes));

    public async Task<QueryAnswer> ListCasesAsync(CaseQueryInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.TryCreate(out var query, out var interpretedAs, out var errors))
        {
            return QueryAnswer.Invalid(errors);
        }

        try
        {
            var page = await catalog.QueryAsync(query, cancellationToken).ConfigureAwait(false);
            return QueryAnswer.Ok(new CaseListResponse(page.Items, page.ContinuationToken, interpretedAs));
        }
        catch (InvalidContinuationTokenException)
        {
            return QueryAnswer.Invalid("continuationToken", InvalidToken);
        }
    }

    /// <summary>The record as JSON text (<see cref="QueryAnswer.Value"/> is a string), with <c>related</c> added.</summary>
    public async Task<QueryAnswer> GetCaseAsync(string id, bool includeText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var record = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return new QueryAnswer(QueryStatus.NotFound, Title: "No such record.", Detail: $"There is no record with id '{id}'.");
        }

        var node = JsonSerializer.SerializeToNode(record, CaseJson.Options)!.AsObject();
        if (includeText)
        {
            var content = await documents.DownloadAsync(record.Document.Name, cancellationToken).ConfigureAwait(false);
            if (content is null || RecordIds.Sha256Hex(content.Bytes) != record.Document.Sha256)
            {
                return new QueryAnswer(QueryStatus.Conflict, Title: "The text is not available.", Detail: "The document was changed or deleted after this record was extracted.");
            }

            // The text is what the parser reads; the extraction steps are not run again for it.
            node["document"]!.AsObject()["text"] = _reader.Value.Read(record.Document.Name, content.Bytes).Document?.Text;
        }

        var related = await store.GetRelatedAsync(record, cancellationToken).ConfigureAwait(false);
        node["related"] = JsonSerializer.SerializeToNode(related, JsonSerializerOptions.Web);
        node["articleId"] = await store.GetArticleIdAsync(record, cancellationToken).ConfigureAwait(false);
        return QueryAnswer.Ok(node.ToJsonString(CaseJson.Options));
    }

    /// <summary>An article with the facts of all its sources merged (see <see cref="ArticleView"/>), as JSON text.</summary>
    public async Task<QueryAnswer> GetArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var sources = await store.GetSourcesAsync(id, cancellationToken).ConfigureAwait(false);
        var records = new List<Core.Model.CaseRecord>();
        foreach (var source in sources)
        {
            if (await store.GetAsync(source.Id, cancellationToken).ConfigureAwait(false) is { } record)
            {
                records.Add(record);
            }
        }

        return records.Count == 0
            ? new QueryAnswer(QueryStatus.NotFound, Title: "No such article.", Detail: $"There is no article with id '{id}'.")
            : QueryAnswer.Ok(ArticleView.Build(id, records).ToJsonString(CaseJson.Options));
    }

    public async Task<QueryAnswer> ListFacetAsync(string facet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facet);
        if (!IndexFacet.IsListable(facet))
        {
            return new QueryAnswer(QueryStatus.NotFound, Title: "No such facet.", Detail: "Facets are " + string.Join(", ", IndexFacet.Listable) + ".");
        }

        return QueryAnswer.Ok(new FacetResponse(facet, await catalog.FacetAsync(facet, cancellationToken).ConfigureAwait(false)));
    }

    public async Task<QueryAnswer> ListRejectionsAsync(string? top, string? continuationToken, CancellationToken cancellationToken = default)
    {
        if (continuationToken is { Length: > CaseQueryInput.MaxTokenLength })
        {
            return QueryAnswer.Invalid("continuationToken", InvalidToken);
        }

        var size = CaseQuery.DefaultTop;
        if (top is not null && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > CaseQuery.MaxTop))
        {
            return QueryAnswer.Invalid("top", $"top must be a whole number from 1 to {CaseQuery.MaxTop}.");
        }

        try
        {
            return QueryAnswer.Ok(await catalog.RejectionsAsync(size, continuationToken, cancellationToken).ConfigureAwait(false));
        }
        catch (InvalidContinuationTokenException)
        {
            return QueryAnswer.Invalid("continuationToken", InvalidToken);
        }
    }

    public async Task<QueryAnswer> HealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.PingAsync(cancellationToken).ConfigureAwait(false);
            await documents.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException)
        {
            return new QueryAnswer(QueryStatus.Unavailable, Title: "Storage does not answer.");
        }

        return QueryAnswer.Ok(new HealthResponse("healthy", CaseEngine.ExtractorVersion, "reachable"));
    }
}
