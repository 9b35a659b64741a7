using Azure.Data.Tables;

namespace CaseIngest.Storage;

/// <summary>
/// What a save starts from. <see cref="Read"/>: the case row was read just before (<see cref="CaseRow"/>, null when
/// there was none), so the save does not read it again; otherwise the save reads it. <see cref="MayBeRejected"/>: a
/// rejection row may be stored for the document, which a save of a readable version deletes.
/// </summary>
internal sealed record SaveBasis(bool Read, TableEntity? CaseRow, bool MayBeRejected)
{
    /// <summary>Nothing is stored under the id (the caller has just read so): no case row, no rejection.</summary>
    public static SaveBasis Nothing { get; } = new(true, null, false);

    /// <summary>Nothing is known: the case row is read, and a rejection row is deleted if there is one.</summary>
    public static SaveBasis Unread { get; } = new(false, null, true);
}
