using System.Globalization;
using Azure.Data.Tables;
using CaseIngest.Core.Model;

namespace CaseIngest.Storage.Entities;

/// <summary>
/// Cases row: PartitionKey = record id, RowKey <c>record</c>. Summary columns plus the record JSON, cut into
/// <c>Record00</c>, <c>Record01</c> … of at most <see cref="ChunkChars"/> characters each (a string property holds
/// 64 KiB); a record too large for one entity is kept as a blob and <c>RecordInBlob</c> is set.
/// </summary>
internal static class CaseEntityMapper
{
    public const string Row = "record";
    public const int ChunkChars = 30_000;
    public const int MaxChunks = 24;

    public static readonly IReadOnlyList<string> SummaryColumns =
    [
        "PartitionKey", "Name", "Title", "Journal", "Year", "Doi", "Pmid", "Format", "Sha256", "ExtractorVersion",
        "ProcessedAt", "Drugs", "Markers", "Outcomes", "Diagnoses", "FactCount",
    ];

    public static TableEntity ToEntity(CaseRecord record, string json, string recordHash, string? blobETag, IReadOnlyList<string> indexKeys, DateTimeOffset processedAt)
    {
        var entity = new TableEntity(record.Id, Row)
        {
            ["Name"] = record.Document.Name,
            ["Format"] = record.Document.Format,
            ["Sha256"] = record.Document.Sha256,
            ["ExtractorVersion"] = record.ExtractorVersion,
            ["ProcessedAt"] = processedAt,
            ["Drugs"] = Join(record.Drugs.Select(d => d.Name)),
            ["Markers"] = Join(record.Markers.Select(m => m.Name)),
            ["Outcomes"] = Join(record.Outcomes.Select(o => o.Kind)),
            ["Diagnoses"] = Join(record.Diagnoses.Select(d => d.Name)),
            ["FactCount"] = FactCount(record),
            ["IndexKeys"] = string.Join('\n', indexKeys),
            ["RecordHash"] = recordHash,
        };
        SetIfPresent(entity, "Title", Truncate(record.Article.Title));
        SetIfPresent(entity, "Journal", Truncate(record.Article.Journal));
        SetIfPresent(entity, "Doi", record.Article.Doi);
        SetIfPresent(entity, "Pmid", record.Article.Pmid);
        SetIfPresent(entity, "BlobETag", blobETag);
        if (record.Article.Year is { } year)
        {
            entity["Year"] = year;
        }

        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
        {
            entity["RecordInBlob"] = true;
            return entity;
        }

        entity["RecordChunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            var start = i * ChunkChars;
            entity[ChunkName(i)] = json.Substring(start, Math.Min(ChunkChars, json.Length - start));
        }

        return entity;
    }

    public static bool IsInBlob(TableEntity entity) => entity.GetBoolean("RecordInBlob") == true;

    public static string? ReadJson(TableEntity entity)
    {
        var chunks = entity.GetInt32("RecordChunks") ?? 0;
        if (chunks == 0)
        {
            return null;
        }

        return string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString(ChunkName(i)) ?? ""));
    }

    public static IReadOnlyList<string> IndexKeysOf(TableEntity entity) =>
        entity.GetString("IndexKeys") is { Length: > 0 } keys ? keys.Split('\n') : [];

    public static CaseSummary ToSummary(TableEntity entity) => new()
    {
        Id = entity.PartitionKey,
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

    private static string ChunkName(int index) => "Record" + index.ToString("D2", CultureInfo.InvariantCulture);

    private static int FactCount(CaseRecord record) =>
        record.Diagnoses.Count + record.Drugs.Count + record.Radiotherapy.Count + record.Markers.Count + record.Outcomes.Count + record.AdverseEvents.Count;

    private static string Join(IEnumerable<string> values) => Truncate(string.Join('\n', values.Distinct(StringComparer.Ordinal))) ?? "";

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
