using Azure;
using Azure.Data.Tables;

namespace CaseIngest.Storage.Entities;

/// <summary>Rejections row: PartitionKey = record id of the document name, RowKey <c>rejection</c>.</summary>
internal sealed class RejectionEntity : ITableEntity
{
    public const string Row = "rejection";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string? BlobETag { get; set; }
    public string? Container { get; set; }
    public string ExtractorVersion { get; set; } = "";
    public DateTimeOffset RejectedAt { get; set; }
}
