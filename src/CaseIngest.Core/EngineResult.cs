using CaseIngest.Core.Model;

namespace CaseIngest.Core;

/// <summary>A document becomes either a record or a rejection with a stable error code.</summary>
public readonly record struct EngineResult(CaseRecord? Record, RejectedDocument? Rejection)
{
    public bool Succeeded => Record is not null;
}
