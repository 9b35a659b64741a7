using Azure;
using Azure.Data.Tables;

namespace CaseIngest.Storage.Entities;

/// <summary>CaseIndex row: PartitionKey <c>&lt;facet&gt;|&lt;value&gt;</c>, RowKey = record id.</summary>
internal sealed class IndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string Facet { get; set; } = "";
    public string Value { get; set; } = "";
    /// <summary>The document name of the record, so related records can be listed without reading them.</summary>
    public string Name { get; set; } = "";
}
