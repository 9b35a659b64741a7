using Azure;
using Azure.Data.Tables;

namespace CaseIngest.Storage.Entities;

/// <summary>Facts row: PartitionKey = record id, RowKey <c>&lt;kind&gt;-&lt;nnnn&gt;</c>, one typed row per fact.</summary>
internal sealed class FactEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string Kind { get; set; } = "";
    public string Patient { get; set; } = "";
    /// <summary>The fact's main value: drug or marker name, outcome kind, diagnosis, adverse event term.</summary>
    public string Value { get; set; } = "";
    public string? Status { get; set; }
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    public string? Section { get; set; }
    /// <summary>The fact as contract JSON, evidence included.</summary>
    public string Json { get; set; } = "";
}
