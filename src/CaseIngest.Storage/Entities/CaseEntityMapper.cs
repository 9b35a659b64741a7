using System.Globalization;
using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// Cases row: PartitionKey = record id, RowKey <c>record</c>. Summary columns plus the record JSON, cut into
/// <c>Record00</c>, <c>Record01</c> … of at most <see cref="ChunkChars"/> characters each (a string property holds
/// 64 KiB of UTF-16); a record too large for one entity (1 MiB in all) is kept as a blob and <c>RecordInBlob</c> is set.
/// </summary>
internal static class CaseEntityMapper
{
    public const string Row = "record";
    public const int ChunkChars = 30_000;
    /// <summary>Characters of record JSON and index keys kept in the entity; beyond it the JSON goes to a blob.</summary>
    public const int MaxEntityChars = 420_000;
    public const int MaxIndexChunks = 16;
    private const int SummaryListChars = 4_000;

    public static readonly IReadOnlyList<string> IndexColumns =
        ["RecordHash", "IndexKeyChunks", .. Enumerable.Range(0, MaxIndexChunks).Select(i => ChunkName("IndexKeys", i))];

    public static readonly IReadOnlyList<string> SummaryColumns =
    [
        "PartitionKey", "Name", "Title", "Journal", "Year", "Doi", "Pmid", "Format", "Sha256", "ExtractorVersion",
        "ProcessedAt", "Drugs", "Markers", "Outcomes", "Diagnoses", "FactCount", "ArticleId",
    ];

    /// <summary>
    /// The summary columns and the record id as CaseIndex rows carry them, so a filtered list is answered from the
    /// index rows alone (no read of each record's case row).
    /// </summary>
    public static readonly IReadOnlyList<string> IndexSummaryColumns = ["RowKey", .. SummaryColumns.Skip(1), "RecordId", "Sources", "Documents"];

    public static TableEntity ToEntity(CaseRecord record, string json, string recordHash, string? blobETag, IReadOnlyList<string> indexKeys, DateTimeOffset processedAt, string articleId)
    {
        var entity = new TableEntity(record.Id, Row) { ["RecordHash"] = recordHash, ["ArticleId"] = articleId };
        entity[LinkRows.Column] = string.Join('\n', LinkKeys.Of(record));
        WriteSummary(entity, record, processedAt);
        SetIfPresent(entity, "BlobETag", blobETag);
        var indexText = string.Join('\n', indexKeys);
        entity["IndexKeyChunks"] = WriteChunks(entity, "IndexKeys", indexText);
        if (json.Length + indexText.Length > MaxEntityChars)
        {
            entity["RecordInBlob"] = true;
            return entity;
        }

        entity["RecordChunks"] = WriteChunks(entity, "Record", json);
        return entity;
    }

    /// <summary>Sets the summary columns of <paramref name="record"/> on a case row or an index row.</summary>
    public static void WriteSummary(TableEntity entity, CaseRecord record, DateTimeOffset processedAt)
    {
        entity["Name"] = record.Document.Name;
        entity["Format"] = record.Document.Format;
        entity["Sha256"] = record.Document.Sha256;
        entity["ExtractorVersion"] = record.ExtractorVersion;
        entity["ProcessedAt"] = processedAt;
        entity["Drugs"] = Join(record.Drugs.Select(d => d.Name));
        entity["Markers"] = Join(record.Markers.Select(m => m.Name));
        entity["Outcomes"] = Join(record.Outcomes.Select(o => o.Kind));
        entity["Diagnoses"] = Join(record.Diagnoses.Select(d => d.Name));
        entity["FactCount"] = FactCount(record);
        SetIfPresent(entity, "Title", Truncate(record.Article.Title));
        SetIfPresent(entity, "Journal", Truncate(record.Article.Journal));
        SetIfPresent(entity, "Doi", record.Article.Doi);
        SetIfPresent(entity, "Pmid", record.Article.Pmid);
        if (record.Article.Year is { } year)
        {
            entity["Year"] = year;
        }
    }

    /// <summary>Whether a row carries the summary columns (index rows written before they did, do not).</summary>
    public static bool HasSummary(TableEntity entity) => entity.ContainsKey("Sha256");

    public static bool IsInBlob(TableEntity entity) => entity.GetBoolean("RecordInBlob") == true;

    public static string? ReadJson(TableEntity entity)
    {
        var chunks = entity.GetInt32("RecordChunks") ?? 0;
        return chunks == 0 ? null : ReadChunks(entity, "Record", chunks);
    }

    public static IReadOnlyList<string> IndexKeysOf(TableEntity entity) =>
        ReadChunks(entity, "IndexKeys", entity.GetInt32("IndexKeyChunks") ?? 0) is { Length: > 0 } keys ? keys.Split('\n') : [];

    public static CaseSummary ToSummary(TableEntity entity) => ToSummary(entity, entity.PartitionKey);

    /// <summary>
    /// A summary from a case row (<paramref name="id"/> = record id) or an article's index row (<paramref name="id"/> =
    /// article id; the row names the record that stands for the article).
    /// </summary>
    public static CaseSummary ToSummary(TableEntity entity, string id) => new()
    {
        Id = entity.GetString("RecordId") ?? id,
        ArticleId = entity.ContainsKey("RecordId") ? id : entity.GetString("ArticleId"),
        Sources = entity.GetInt32("Sources") ?? 1,
        Documents = entity.GetInt32("Documents") ?? 1,
        Name = entity.GetString("Name") ?? "",
        Title = entity.GetString("Title"),
        Journal = entity.GetString("Journal"),
        Year = entity.GetInt32("Year"),
        Doi = entity.GetString("Doi"),
        Pmid = entity.GetString("Pmid"),
        Format = entity.GetString("Format") ?? "",
        Sha256 = entity.GetString("Sha256") ?? "",
        ExtractorVersion = entity.GetString("ExtractorVersion") ?? "",
        ProcessedAt = entity.GetDateTimeOffset("ProcessedAt") ?? default,
        Drugs = Split(entity.GetString("Drugs")),
        Markers = Split(entity.GetString("Markers")),
        Outcomes = Split(entity.GetString("Outcomes")),
        Diagnoses = Split(entity.GetString("Diagnoses")),
        FactCount = entity.GetInt32("FactCount") ?? 0,
    };

    private static string ChunkName(string prefix, int index) => prefix + index.ToString("D2", CultureInfo.InvariantCulture);

    public static int WriteChunks(TableEntity entity, string prefix, string text)
    {
        var chunks = (text.Length + ChunkChars - 1) / ChunkChars;
        for (var i = 0; i < chunks; i++)
        {
            var start = i * ChunkChars;
            entity[ChunkName(prefix, i)] = text.Substring(start, Math.Min(ChunkChars, text.Length - start));
        }

        return chunks;
    }

    public static string ReadChunks(TableEntity entity, string prefix, int chunks) =>
        string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString(ChunkName(prefix, i)) ?? ""));

    private static int FactCount(CaseRecord record) =>
        record.Diagnoses.Count + record.Drugs.Count + record.Radiotherapy.Count + record.Markers.Count + record.Outcomes.Count + record.AdverseEvents.Count;

    private static string Join(IEnumerable<string> values)
    {
        var text = string.Join('\n', values.Distinct(StringComparer.Ordinal));
        if (text.Length <= SummaryListChars)
        {
            return text;
        }

        var cut = text.LastIndexOf('\n', SummaryListChars);
        return text[..(cut > 0 ? cut : SummaryListChars)];
    }

    private static IReadOnlyList<string> Split(string? value) => string.IsNullOrEmpty(value) ? [] : value.Split('\n');

    private static string? Truncate(string? value) => value is { Length: > ChunkChars } ? value[..ChunkChars] : value;

    private static void SetIfPresent(TableEntity entity, string key, string? value)
    {
        if (value is not null)
        {
            entity[key] = value;
        }
    }
}
