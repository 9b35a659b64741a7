namespace CaseIngest.Functions.Delete;

/// <summary>A storage event read from a queue message: its kind and, for a deleted blob, its container and name.</summary>
internal sealed record BlobEvent(BlobEventKind Kind, string Container = "", string Name = "")
{
    public static BlobEvent Malformed { get; } = new(BlobEventKind.Malformed);

    public static BlobEvent OtherType { get; } = new(BlobEventKind.OtherType);
}
