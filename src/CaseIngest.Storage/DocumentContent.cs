namespace CaseIngest.Storage;

/// <summary>
/// The bytes of one blob and the ETag they were read at. <see cref="TooLarge"/> blobs were not downloaded:
/// <see cref="Bytes"/> is empty and <see cref="Length"/> is what the service reported.
/// </summary>
public sealed record DocumentContent(string Name, byte[] Bytes, string ETag)
{
    public long Length { get; init; } = Bytes.LongLength;

    public bool TooLarge { get; init; }
}
